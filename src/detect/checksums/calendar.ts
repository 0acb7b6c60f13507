/**
 * Calendar facts for date validation: leap years, days per month, two-digit
 * years, English month names. Pure functions over the proleptic Gregorian calendar.
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

/** English month names, lower case, January first. */
const FULL_MONTHS = [
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
] as const;

/** Month number (1-12) of an English month name or abbreviation ("March", "mar.", "Sept"), else 0. */
export function monthNumber(word: string): number {
  let w = word.toLowerCase();
  if (w.charCodeAt(w.length - 1) === 46) w = w.slice(0, -1);
  if (w.length < 3) return 0;
  for (let i = 0; i < 12; i++) {
    const full = FULL_MONTHS[i]!;
    if (full.charCodeAt(0) !== w.charCodeAt(0) || !full.startsWith(w.slice(0, 3))) continue;
    return w.length === 3 || full.startsWith(w) || (i === 8 && w === 'sept') ? i + 1 : 0;
  }
  return 0;
}
