/**
 * Calendar facts for date validation: leap years, days per month, month and
 * weekday names. Pure functions over the proleptic Gregorian calendar.
 */

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

/** Gregorian leap year: divisible by 4, except centuries not divisible by 400. */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Days in `month` (1-12) of `year`; without a year February has 29 (a date without a year may be 29 February). */
export function daysInMonth(month: number, year?: number): number {
  if (!Number.isInteger(month) || month < 1 || month > 12) return 0;
  if (month === 2) return year === undefined || isLeapYear(year) ? 29 : 28;
  return DAYS_IN_MONTH[month - 1]!;
}

/** True when day/month(/year) name a real calendar day. */
export function isRealDate(year: number | undefined, month: number, day: number): boolean {
  if (!Number.isInteger(day) || day < 1) return false;
  if (year !== undefined && !Number.isInteger(year)) return false;
  return day <= daysInMonth(month, year);
}

/** A two-digit year read as the nearest century: 00-49 → 2000s, 50-99 → 1900s. */
export function expandTwoDigitYear(yy: number): number {
  return yy < 50 ? 2000 + yy : 1900 + yy;
}

/** Three-letter prefixes of the English month names, January first. */
const MONTH_PREFIXES = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'] as const;

/** Month number (1-12) of an English month name or abbreviation ("March", "mar.", "Sept"), else 0. */
export function monthNumber(word: string): number {
  const w = word.toLowerCase().replace(/\.$/, '');
  if (w.length < 3) return 0;
  const i = MONTH_PREFIXES.indexOf(w.slice(0, 3) as (typeof MONTH_PREFIXES)[number]);
  if (i < 0) return 0;
  const full = FULL_MONTHS[i]!;
  if (w === full || w.length === 3) return i + 1;
  return full.startsWith(w) || (i === 8 && w === 'sept') ? i + 1 : 0;
}

const FULL_MONTHS = [
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
] as const;
