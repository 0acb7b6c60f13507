import { expandTwoDigitYear, isRealDate, monthNumber } from '../../detect/checksums/calendar.js';
import { normalizeSpoken } from '../../detect/spoken/normalize.js';

/** How a word is capitalised. */
export type WordCase = 'lower' | 'upper' | 'title';

/** One field of a date as written; the text between fields is kept as literal strings. */
export type Field =
  | { readonly kind: 'year'; readonly width: 2 | 4; readonly spoken: boolean }
  | { readonly kind: 'month'; readonly style: 'number'; readonly pad: boolean; readonly spoken: boolean }
  | { readonly kind: 'month'; readonly style: 'name' | 'abbr'; readonly case: WordCase; readonly sept: boolean }
  | { readonly kind: 'day'; readonly index: number; readonly pad: boolean; readonly suffix: WordCase | undefined; readonly spoken: boolean }
  | { readonly kind: 'weekday'; readonly style: 'name' | 'abbr'; readonly case: WordCase };

export type Part = string | Field;

/** A parsed date: its layout and the calendar values it names (any of year, month, days may be absent). */
export interface ParsedDate {
  readonly parts: readonly Part[];
  readonly year: number | undefined;
  readonly month: number | undefined;
  /** Day numbers in order ("May 27-29" has two). */
  readonly days: readonly number[];
  /** 0 = Sunday … 6 = Saturday, when a weekday is written. */
  readonly weekday: number | undefined;
}

/** How to read an ambiguous value. */
export interface ParseOptions {
  /** Region (ISO 3166 alpha-2): month-first numeric dates (5/6/2021 = May 6) in US, CA, PH and US territories. */
  readonly region?: string;
  /** `expiry`: two numbers are month and year (card expiry 05/27). */
  readonly hint?: 'expiry';
}

const MONTH_FIRST = new Set(['US', 'CA', 'PH', 'PR', 'GU', 'VI', 'AS', 'MP', 'UM', 'FM', 'MH', 'PW']);

const WEEKDAYS: Readonly<Record<string, number>> = {
  sunday: 0, sun: 0, monday: 1, mon: 1, tuesday: 2, tue: 2, tues: 2, wednesday: 3, wed: 3, weds: 3,
  thursday: 4, thu: 4, thur: 4, thurs: 4, friday: 5, fri: 5, saturday: 6, sat: 6,
};

/** Words that may stand between the fields of a written date. */
const FILLER = new Set(['the', 'of', 'and', 'to', 'through', 'thru', 'until', 'till', 'on', 'in', 'day', 'year', 'this', 'month', 'or', 'from']);

/** A time of day ending a date (kept as written): T14:30:00.123Z, " 14:30", ", 10:30 am", " at 09:15 UTC". */
const TIME_TAIL = /(?:T|[ \t]{1,4}|,[ \t]{0,4}|[ \t]{1,4}at[ \t]{1,4})(?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:[.,]\d{1,9})?)?(?:[ \t]?[ap]\.?m\.?)?(?:Z|[ \t]?(?:UTC|GMT)|[+-](?:[01]\d|2[0-3])(?::?[0-5]\d)?)?$/i;

interface Tok {
  readonly kind: 'num' | 'word' | 'other';
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly spoken: boolean;
}

function tokenize(text: string, spoken: Uint8Array | undefined): Tok[] {
  const out: Tok[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    let j = i + 1;
    let kind: Tok['kind'];
    if (c >= '0' && c <= '9') {
      while (j < text.length && text[j]! >= '0' && text[j]! <= '9') j++;
      kind = 'num';
    } else if (/\p{L}/u.test(c)) {
      while (j < text.length && /\p{L}/u.test(text[j]!)) j++;
      kind = 'word';
    } else kind = 'other';
    let sp = false;
    if (spoken) for (let k = i; k < j; k++) if (spoken[k]) sp = true;
    out.push({ kind, text: text.slice(i, j), start: i, end: j, spoken: sp });
    i = j;
  }
  return out;
}

export function wordCase(w: string): WordCase {
  if (w === w.toLowerCase()) return 'lower';
  if (w.length > 1 && w === w.toUpperCase()) return 'upper';
  return 'title';
}

const FULL_MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** The role given to a token while parsing. */
type Role = { readonly tok: number; readonly field: Field; readonly value: number; readonly consumes?: number };

/**
 * Parses a date as written or spoken ("03/14/1985", "14.03.1985", "1985-03-14T10:00Z",
 * "March 14, 1985", "14th of March", "Tue, Mar 3rd", "the fourteenth of march nineteen eighty
 * five", "March 2020", "1985", "the 4th"). Undefined when the text is not a real date or holds
 * anything this parser cannot place (so nothing is ever copied through unread).
 */
export function parseDate(value: string, opts: ParseOptions = {}): ParsedDate | undefined {
  const n = /\p{L}/u.test(value) ? normalizeSpoken(value) : undefined;
  const full = n ? n.text : value;
  const tm = TIME_TAIL.exec(full);
  const time = tm ? tm[0] : '';
  const text = full.slice(0, full.length - time.length);
  const toks = tokenize(text, n?.spoken);
  const roles = new Map<number, Role>();
  const suffixOf = new Map<number, number>(); // num token → its ordinal-suffix token
  let month: { tok: number; value: number } | undefined;
  let weekday: { tok: number; value: number } | undefined;

  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if (t.kind !== 'word') continue;
    const w = t.text.toLowerCase();
    const prev = toks[i - 1];
    if (/^(?:st|nd|rd|th)$/.test(w) && prev?.kind === 'num') {
      suffixOf.set(i - 1, i);
      continue;
    }
    const m = t.text.length >= 3 ? monthNumber(t.text) : 0;
    if (m > 0) {
      if (month && month.value !== m) return undefined; // a range across months
      month = { tok: i, value: m };
      // "May" is both the name and its abbreviation: abbreviated in upper case or between dashes (5-MAY-2021)
      const dashed = toks[i - 1]?.text === '-' || toks[i + 1]?.text === '-';
      const full = w === FULL_MONTHS[m - 1] && !(w === 'may' && (t.text === 'MAY' || dashed));
      roles.set(i, { tok: i, value: m, field: { kind: 'month', style: full ? 'name' : 'abbr', case: wordCase(t.text), sept: w === 'sept' } });
      continue;
    }
    if (WEEKDAYS[w] !== undefined) {
      if (weekday) return undefined;
      weekday = { tok: i, value: WEEKDAYS[w]! };
      roles.set(i, { tok: i, value: WEEKDAYS[w]!, field: { kind: 'weekday', style: w.length > 4 ? 'name' : 'abbr', case: wordCase(t.text) } });
      continue;
    }
    if (!FILLER.has(w)) return undefined;
  }

  const nums = toks.map((_t, i) => i).filter((i) => toks[i]!.kind === 'num');
  let year: number | undefined;
  let mon = month?.value;
  const days: number[] = [];

  const setYear = (i: number, width: 2 | 4) => {
    const v = Number(toks[i]!.text);
    year = width === 4 ? v : expandTwoDigitYear(v);
    roles.set(i, { tok: i, value: year, field: { kind: 'year', width, spoken: toks[i]!.spoken } });
  };
  const setDay = (i: number, pad: boolean) => {
    const s = suffixOf.get(i);
    const suffix = s === undefined ? undefined : wordCase(toks[s]!.text);
    roles.set(i, { tok: i, value: Number(toks[i]!.text), field: { kind: 'day', index: days.length, pad, suffix, spoken: toks[i]!.spoken }, consumes: s });
    days.push(Number(toks[i]!.text));
  };
  const setMonthNum = (i: number, pad: boolean) => {
    mon = Number(toks[i]!.text);
    roles.set(i, { tok: i, value: mon, field: { kind: 'month', style: 'number', pad, spoken: toks[i]!.spoken } });
  };

  if (month) {
    for (const i of nums) {
      const t = toks[i]!;
      const apostrophe = /['’]$/.test(toks[i - 1]?.text ?? '') && toks[i - 1]!.kind === 'other';
      if (t.text.length === 4 && !suffixOf.has(i)) {
        if (year !== undefined) return undefined;
        setYear(i, 4);
      } else if (t.text.length === 2 && apostrophe && !suffixOf.has(i)) {
        if (year !== undefined) return undefined;
        setYear(i, 2);
      } else if (t.text.length <= 2) setDay(i, t.text.length === 2 && t.text.startsWith('0'));
      else return undefined;
    }
  } else {
    const plain = nums.filter((i) => !suffixOf.has(i));
    const ordinals = nums.filter((i) => suffixOf.has(i));
    if (ordinals.length > 0) {
      // "the 4th", "11th of this month": ordinal days alone
      if (plain.length > 0) return undefined;
      for (const i of ordinals) {
        if (toks[i]!.text.length > 2) return undefined;
        setDay(i, false);
      }
    } else if (!parseNumeric(toks, nums, opts, { setYear, setDay, setMonthNum })) return undefined;
  }
  if (nums.some((i) => !roles.has(i))) return undefined;
  if (year === undefined && mon === undefined && days.length === 0) return undefined;
  if (!valid(year, mon, days)) return undefined;

  const parts: Part[] = [];
  let lit = '';
  const consumed = new Set<number>();
  for (const r of roles.values()) if (r.consumes !== undefined) consumed.add(r.consumes);
  toks.forEach((t, i) => {
    if (consumed.has(i)) return;
    const r = roles.get(i);
    if (!r) {
      lit += t.text;
      return;
    }
    if (lit) parts.push(lit);
    lit = '';
    parts.push(r.field);
  });
  lit += time;
  if (lit) parts.push(lit);
  return { parts, year, month: mon, days, weekday: weekday?.value };
}

function valid(year: number | undefined, month: number | undefined, days: readonly number[]): boolean {
  if (year !== undefined && (year < 1000 || year > 2999)) return false;
  if (month !== undefined && (month < 1 || month > 12)) return false;
  for (const d of days) {
    if (month === undefined ? d < 1 || d > 31 : !isRealDate(year, month, d)) return false;
  }
  return true;
}

interface Setters {
  setYear(i: number, width: 2 | 4): void;
  setDay(i: number, pad: boolean): void;
  setMonthNum(i: number, pad: boolean): void;
}

/** Numeric dates: Y-M-D, D/M/Y or M/D/Y, M/Y, Y-M, D/M or M/D, a year alone. False when none fits. */
function parseNumeric(toks: readonly Tok[], nums: readonly number[], opts: ParseOptions, set: Setters): boolean {
  const len = (i: number) => toks[i]!.text.length;
  const val = (i: number) => Number(toks[i]!.text);
  const sepBetween = (x: number, y: number) => toks.slice(x + 1, y).map((t) => t.text).join('');
  const dayMonth = (x: number, y: number, sep: string): boolean => {
    const monthFirst = dayMonthOrder(val(x), val(y), sep, opts.region);
    if (monthFirst === undefined) return false;
    const pad = padStyle(toks[x]!.text, toks[y]!.text);
    if (monthFirst) {
      set.setMonthNum(x, pad);
      set.setDay(y, pad);
    } else {
      set.setDay(x, pad);
      set.setMonthNum(y, pad);
    }
    return true;
  };
  if (nums.length === 3) {
    const [a, b, c] = nums as [number, number, number];
    const sep = sepBetween(a, b);
    if (sep !== sepBetween(b, c) || !/^[/.\- ]$/.test(sep)) return false;
    if (len(a) === 4 && len(b) <= 2 && len(c) <= 2) {
      const pad = padStyle(toks[b]!.text, toks[c]!.text);
      set.setYear(a, 4);
      set.setMonthNum(b, pad);
      set.setDay(c, pad);
      return true;
    }
    if (len(a) <= 2 && len(b) <= 2 && (len(c) === 4 || len(c) === 2)) {
      if (!dayMonth(a, b, sep)) return false;
      set.setYear(c, len(c) as 2 | 4);
      return true;
    }
    return false;
  }
  if (nums.length === 2) {
    const [a, b] = nums as [number, number];
    const sep = sepBetween(a, b);
    if (!/^[/.\-]$/.test(sep)) return false;
    if (len(a) <= 2 && len(b) === 4) {
      set.setMonthNum(a, len(a) === 2);
      set.setYear(b, 4);
      return true;
    }
    if (len(a) === 4 && len(b) <= 2) {
      set.setYear(a, 4);
      set.setMonthNum(b, len(b) === 2);
      return true;
    }
    if (len(a) > 2 || len(b) > 2) return false;
    if (opts.hint === 'expiry') {
      set.setMonthNum(a, len(a) === 2);
      set.setYear(b, 2);
      return true;
    }
    return dayMonth(a, b, sep);
  }
  if (nums.length === 1 && len(nums[0]!) === 4) {
    set.setYear(nums[0]!, 4);
    return true;
  }
  return false;
}

/** True when the first of two day/month numbers is the month; undefined when neither reading is possible. */
function dayMonthOrder(a: number, b: number, sep: string, region: string | undefined): boolean | undefined {
  if (a > 12 && b > 12) return undefined;
  if (a > 12) return false;
  if (b > 12) return true;
  if (sep === '.') return false;
  return MONTH_FIRST.has((region ?? 'US').toUpperCase());
}

/** Whether day and month are zero-padded: shown by a leading zero, or by a one-digit partner (3/14 → not padded). */
function padStyle(x: string, y: string): boolean {
  if ((x.length === 2 && x.startsWith('0')) || (y.length === 2 && y.startsWith('0'))) return true;
  if (x.length === 1 || y.length === 1) return false;
  return true;
}
