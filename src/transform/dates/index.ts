import { addDays, weekday, type Ymd } from './calendar.js';
import { formatDate, monthName, type DateValues } from './format.js';
import { parseDate, type ParseOptions, type ParsedDate } from './parse.js';

export { parseDate, type ParsedDate, type ParseOptions } from './parse.js';
export { formatDate, type DateValues } from './format.js';

/** Reference year for dates written without one: a leap year, so 29 February exists. */
const REF_YEAR = 2000;

/**
 * The calendar values of a parsed date moved by `offset` days. Fields that are not written
 * are anchored for the arithmetic (no year: 2000; no day: the 15th; a year alone: 2 July;
 * a day alone: January) and left unwritten. A weekday is recomputed when the full date is
 * known, else moved by the offset. Undefined when a day range would split across months.
 */
export function shiftValues(p: ParsedDate, offset: number): DateValues | undefined {
  const year = p.year ?? REF_YEAR;
  let anchors: Ymd[];
  if (p.days.length > 0) anchors = p.days.map((d) => ({ year, month: p.month ?? 1, day: d }));
  else if (p.month !== undefined) anchors = [{ year, month: p.month, day: 15 }];
  else anchors = [{ year, month: 7, day: 2 }];
  const moved = anchors.map((a) => addDays(a, offset));
  const first = moved[0]!;
  if (moved.some((m) => m.year !== first.year || m.month !== first.month)) return undefined;
  let wd: number | undefined;
  if (p.weekday !== undefined) {
    wd = p.year !== undefined && p.month !== undefined && p.days.length > 0 ? weekday(first) : (((p.weekday + offset) % 7) + 7) % 7;
  }
  return {
    year: p.year === undefined ? undefined : first.year,
    month: p.month === undefined ? undefined : first.month,
    days: p.days.length > 0 ? moved.map((m) => m.day) : [],
    weekday: wd,
  };
}

/** A date text moved by `offset` days in its own format; undefined when it cannot be read as a date. */
export function shiftDateText(value: string, offset: number, opts: ParseOptions = {}): string | undefined {
  const p = parseDate(value, opts);
  if (!p) return undefined;
  const v = shiftValues(p, offset);
  return v ? formatDate(p, v) : undefined;
}

/**
 * A date reduced to its year ("1985") or its month and year (`month`: "03/1985", "1985-03",
 * "March 1985", in the input's order, separator and month style; written digits even for a
 * spoken date). A date without a year generalises to nothing for `year`, to its month for
 * `month`. Undefined when the text is not a date.
 */
export function generalizeDateText(value: string, to: 'year' | 'month', opts: ParseOptions = {}): string | undefined {
  const p = parseDate(value, opts);
  if (!p) return undefined;
  if (to === 'year') return p.year === undefined ? undefined : String(p.year);
  if (p.month === undefined) return p.year === undefined ? undefined : String(p.year);
  const mf = p.parts.find((x) => typeof x !== 'string' && x.kind === 'month');
  if (!mf || typeof mf === 'string' || mf.kind !== 'month') return undefined;
  if (mf.style !== 'number') {
    const name = monthName(p.month, mf.style, mf.case, mf.sept);
    return p.year === undefined ? name : `${name} ${p.year}`;
  }
  if (p.year === undefined) return monthName(p.month, 'name', 'title');
  const mm = mf.pad ? String(p.month).padStart(2, '0') : String(p.month);
  const fields = p.parts.filter((x) => typeof x !== 'string');
  const yearFirst = fields.findIndex((x) => typeof x !== 'string' && x.kind === 'year') < fields.indexOf(mf);
  const sepPart = p.parts.find((x) => typeof x === 'string' && /^[/.\- ]$/.test(x));
  const sep = typeof sepPart === 'string' ? sepPart : '/';
  return yearFirst ? `${p.year}${sep}${mm}` : `${mm}${sep}${p.year}`;
}
