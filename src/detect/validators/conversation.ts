import { expandTwoDigitYear, isRealDate, monthNumber } from '../checksums/calendar.js';
import type { ValidatorTable } from './types.js';

/**
 * Validators of patterns/conversation.json: the numbers callers give to verify
 * themselves, found by their cue ("last four of my social is …", "date of birth is …").
 */

/** Last four of an SSN: any serial but 0000, which is never issued. */
export function ssnSerial(value: string): boolean {
  return /^\d{4}$/.test(value) && value !== '0000';
}

const ORDINAL_WORDS: Readonly<Record<string, number>> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17,
  eighteenth: 18, nineteenth: 19, twentieth: 20, thirtieth: 30,
};

/** Earliest and latest birth years accepted (a four-digit year outside is not a date of birth). */
const MIN_YEAR = 1900;
const MAX_YEAR = 2030;

function yearOk(y: number | undefined): boolean {
  return y === undefined || (y >= MIN_YEAR && y <= MAX_YEAR);
}

function fullYear(digits: string): number {
  return digits.length === 2 ? expandTwoDigitYear(Number(digits)) : Number(digits);
}

/** Day number of a day token: `14`, `14th`, `fourteenth`, `twenty-first`; 0 when none. */
function dayOf(tokens: readonly string[]): { day: number; used: number } {
  const t0 = tokens[0] ?? '';
  const m = /^(\d{1,2})(?:st|nd|rd|th)?$/.exec(t0);
  if (m) return { day: Number(m[1]), used: 1 };
  if (t0 === 'twenty' || t0 === 'thirty') {
    const unit = ORDINAL_WORDS[tokens[1] ?? ''];
    if (unit !== undefined && unit < 10) return { day: (t0 === 'twenty' ? 20 : 30) + unit, used: 2 };
    return { day: 0, used: 0 };
  }
  const o = ORDINAL_WORDS[t0];
  return o === undefined ? { day: 0, used: 0 } : { day: o, used: 1 };
}

/** `0314` + `85`/`1985` and the unseparated forms speech gives ("oh three fourteen eighty five" → 031485). */
function compactDate(d: string): boolean {
  for (const ml of [1, 2]) {
    for (const yl of [2, 4]) {
      if (ml + 2 + yl !== d.length) continue;
      const month = Number(d.slice(0, ml));
      const day = Number(d.slice(ml, ml + 2));
      const year = fullYear(d.slice(ml + 2));
      if (ml === 2 && d[0] !== '0' && d[0] !== '1') continue;
      if (month >= 1 && month <= 12 && yearOk(year) && isRealDate(year, month, day)) return true;
    }
  }
  return false;
}

/**
 * A date of birth as matched after a birth cue: numeric (03/14/1985, 14.03.85: either month or day first),
 * compact (031485, 31485), a month name with a day and optional year, or a bare year. True when it names
 * a real calendar day (year 1900-2030), false otherwise.
 */
export function dateOfBirth(value: string): boolean {
  const v = value.toLowerCase().trim();
  if (/^\d{4}$/.test(v)) return yearOk(Number(v));
  const numeric = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})$/.exec(v);
  if (numeric) {
    const a = Number(numeric[1]);
    const b = Number(numeric[2]);
    const y = fullYear(numeric[3]!);
    if (!yearOk(y)) return false;
    return (a <= 12 && isRealDate(y, a, b)) || (b <= 12 && isRealDate(y, b, a));
  }
  if (/^\d{5,8}$/.test(v)) return compactDate(v);
  const tokens = v.split(/[\s,.-]+/).filter((t) => t.length > 0 && t !== 'the' && t !== 'of');
  let month = 0;
  let day = 0;
  let year: number | undefined;
  let i = 0;
  const mFirst = monthNumber(tokens[0] ?? '');
  if (mFirst > 0) {
    month = mFirst;
    i = 1;
    const glued = /^(3[01]|[12]\d|[1-9])((?:19|20)\d{2})$/.exec(tokens[1] ?? '');
    if (glued && tokens.length === 2) {
      day = Number(glued[1]);
      year = Number(glued[2]);
      i = 2;
    } else {
      const d = dayOf(tokens.slice(1));
      day = d.day;
      i = 1 + d.used;
    }
  } else {
    const d = dayOf(tokens);
    day = d.day;
    i = d.used;
    month = monthNumber(tokens[i] ?? '');
    i++;
  }
  if (month === 0 || day === 0) return false;
  if (year === undefined && i < tokens.length) {
    const y = tokens[i]!;
    if (!/^\d{4}$/.test(y)) return false;
    year = Number(y);
    i++;
  }
  if (i !== tokens.length || !yearOk(year)) return false;
  return isRealDate(year, month, day);
}

/** Validators used by patterns/conversation.json. */
export const conversationValidators: ValidatorTable = {
  conv_ssn_serial: ssnSerial,
  conv_date_of_birth: dateOfBirth,
};
