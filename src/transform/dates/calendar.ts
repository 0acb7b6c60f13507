/** Day arithmetic on the proleptic Gregorian calendar (UTC, no time zones). */

const MS_PER_DAY = 86_400_000;

/** A calendar day. */
export interface Ymd {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/** `days` after (or before, when negative) a calendar day. */
export function addDays(d: Ymd, days: number): Ymd {
  const t = new Date(0);
  t.setUTCFullYear(d.year, d.month - 1, d.day + days);
  return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() };
}

/** Day of the week, 0 = Sunday … 6 = Saturday. */
export function weekday(d: Ymd): number {
  const t = new Date(0);
  t.setUTCFullYear(d.year, d.month - 1, d.day);
  return t.getUTCDay();
}

/** Whole days from `a` to `b`. */
export function daysBetween(a: Ymd, b: Ymd): number {
  const ta = new Date(0);
  ta.setUTCFullYear(a.year, a.month - 1, a.day);
  const tb = new Date(0);
  tb.setUTCFullYear(b.year, b.month - 1, b.day);
  return Math.round((tb.getTime() - ta.getTime()) / MS_PER_DAY);
}
