import { isRealDate, monthNumber } from '../checksums/calendar.js';
import type { ValidatorTable } from './types.js';

/** A run of digits: its value and how many digits it has. */
interface DigitRun {
  value: number;
  length: number;
}

/** The digit runs of a text, in order (a hand-written scan: validators run once per candidate). */
function digitRuns(text: string): DigitRun[] {
  const out: DigitRun[] = [];
  let value = 0;
  let length = 0;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) - 48 : -1;
    if (c >= 0 && c <= 9) {
      value = value * 10 + c;
      length++;
    } else if (length > 0) {
      out.push({ value, length });
      value = 0;
      length = 0;
    }
  }
  return out;
}

/** Year first (2021-05-21, 2021/5/21, with or without a time): a real date. */
export function validYmd(text: string): boolean {
  const runs = digitRuns(text);
  if (runs.length < 3 || runs[0]!.length !== 4) return false;
  return isRealDate(runs[0]!.value, runs[1]!.value, runs[2]!.value);
}

/** Day and month in either order, then a two- or four-digit year: a real date read either way. */
export function validDayMonthYear(text: string): boolean {
  const runs = digitRuns(text);
  if (runs.length !== 3) return false;
  const [a, b, y] = runs as [DigitRun, DigitRun, DigitRun];
  if (a.length > 2 || b.length > 2 || (y.length !== 2 && y.length !== 4)) return false;
  // A two-digit year fits either century: 29 February needs a leap year in one of them.
  const years = y.length === 4 ? [y.value] : [2000 + y.value, 1900 + y.value];
  return years.some((yr) => isRealDate(yr, a.value, b.value) || isRealDate(yr, b.value, a.value));
}

/** Fractions that read as dates (1/2 as 2 January): rejected. */
const COMMON_FRACTIONS = new Set(['1/2', '1/3', '2/3', '1/4', '3/4', '1/8', '3/8', '5/8', '7/8', '1/10']);

/** Month and day in either order without a year (5/21, 21/5): a real day, not a common fraction. */
export function validDayMonth(text: string): boolean {
  const runs = digitRuns(text);
  if (runs.length !== 2) return false;
  const [a, b] = [runs[0]!.value, runs[1]!.value];
  if (COMMON_FRACTIONS.has(`${a}/${b}`)) return false;
  return isRealDate(undefined, a, b) || isRealDate(undefined, b, a);
}

/**
 * Any numeric date of patterns/dates.json `date_numeric`: `true` for a real date with its year
 * (2021-05-21, 5/20/2021, 05/21/77, 21.05.2021), `null` for a real but weak shape that needs
 * context (21.5.21 and 05-21-21 are also version and part numbers, 5/21 a fraction, 05/2021 an
 * expiry date), `false` for anything that is no date (13/13/2021, 2/30, 1/2).
 */
export function checkNumericDate(text: string): boolean | null {
  const runs = digitRuns(text);
  if (runs.length < 2) return false;
  if (runs[0]!.length === 4) return validYmd(text);
  if (runs.length === 3) {
    if (!validDayMonthYear(text)) return false;
    return text.includes('/') || runs[2]!.length === 4 ? true : null;
  }
  if (runs.length === 2 && runs[1]!.length === 4) return runs[0]!.value >= 1 && runs[0]!.value <= 12 ? null : false;
  return validDayMonth(text) ? null : false;
}

/** The month (1-12) named by the first month word of a text ("Tuesday, March 3rd" → 3), else 0. */
function firstMonth(text: string): number {
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) | 32 : 0;
    const letter = c >= 97 && c <= 122;
    if (letter && start < 0) start = i;
    else if (!letter && start >= 0) {
      if (i - start >= 3) {
        const m = monthNumber(text.slice(start, i));
        if (m) return m;
      }
      start = -1;
    }
  }
  return 0;
}

/**
 * A written date ("March 6th", "6 March 2020", "15 and 16 March 1998", "May-21", "March 6, '20"):
 * every day number (one or two digits) must exist in the named month, of the year when one is
 * given. "11th of this month" names no month: its ordinal must fit (1st-31st).
 */
export function validWrittenDate(text: string): boolean {
  const month = firstMonth(text);
  if (!month) return /\bmonth$/i.test(text) && validOrdinalDay(text);
  const runs = digitRuns(text);
  let year: number | undefined;
  for (const r of runs) if (r.length === 4) year = r.value;
  const days = runs.filter((r) => r.length <= 2);
  if (/['’]\d\d$/.test(text)) days.pop(); // "March 6, '20": the last two digits are the year
  return days.every((d) => isRealDate(year, month, d.value));
}

/** An English ordinal suffix that fits its number: 1st, 2nd, 3rd, 4th, 11th, 12th, 13th, 21st, 22nd, 23rd, 31st. */
export function ordinalSuffixFits(n: number, suffix: string): boolean {
  const s = suffix.toLowerCase();
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return s === 'th';
  const last = n % 10;
  return s === (last === 1 ? 'st' : last === 2 ? 'nd' : last === 3 ? 'rd' : 'th');
}

/** An ordinal day ("the 4th", "11th of this month"): 1-31 with a fitting suffix. */
export function validOrdinalDay(text: string): boolean {
  const m = /(\d{1,2})(st|nd|rd|th)/i.exec(text);
  if (!m) return false;
  const n = Number(m[1]);
  return n >= 1 && n <= 31 && ordinalSuffixFits(n, m[2]!);
}

/** Validators used by patterns/dates.json. */
export const datesValidators: ValidatorTable = {
  date_numeric: checkNumericDate,
  date_written: validWrittenDate,
  date_ordinal: validOrdinalDay,
};
