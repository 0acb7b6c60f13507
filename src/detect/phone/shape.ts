/**
 * Cheap shape checks on a run of digit groups, before any phone metadata is
 * consulted: tokens (groups joined without whitespace) that are dates, IP
 * addresses, ZIP+4 codes, SSNs or year ranges; digit sequences shaped like
 * payment cards, SSNs or thousands-separated amounts.
 */
import type { Run } from './candidates.js';

/**
 * The tokens of a run, groups joined by non-space separators (`415-555-0132`, `(415)555-0132`,
 * `0132`): token t is groups [g0[t], g1[t]) with digits[t] digits, and bad[t] is 1 when it is never
 * part of a phone number (glued to a word, or shaped like a date, IP, …). Arrays rather than an
 * object per token: the recognizer refills one Tokens for every run.
 */
export interface Tokens {
  count: number;
  g0: Int32Array;
  g1: Int32Array;
  digits: Int32Array;
  bad: Uint8Array;
}

export function newTokens(capacity: number): Tokens {
  return { count: 0, g0: new Int32Array(capacity), g1: new Int32Array(capacity), digits: new Int32Array(capacity), bad: new Uint8Array(capacity) };
}

function groupLen(run: Run, k: number): number {
  return run.bounds[2 * k + 1]! - run.bounds[2 * k]!;
}

function groupValue(text: string, run: Run, k: number): number {
  let v = 0;
  for (let i = run.bounds[2 * k]!; i < run.bounds[2 * k + 1]!; i++) v = v * 10 + text.charCodeAt(i) - 48;
  return v;
}

/** The spaces a separator may hold (readSeparator's); its other characters are never whitespace. */
function isSpace(c: number): boolean {
  return c === 32 || c === 0xa0 || c === 0x202f || c === 0x2009;
}

/** Separator k is only spaces. */
function blank(text: string, run: Run, k: number): boolean {
  for (let i = run.bounds[2 * k + 1]!; i < run.bounds[2 * k + 2]!; i++) if (!isSpace(text.charCodeAt(i))) return false;
  return true;
}

/** Separator k ends with a space and "(" (`/\s\($/`: whitespace in a separator is one of its spaces). */
function spaceParen(text: string, run: Run, k: number): boolean {
  const e = run.bounds[2 * k + 2]!;
  return e - 2 >= run.bounds[2 * k + 1]! && text.charCodeAt(e - 1) === 40 && isSpace(text.charCodeAt(e - 2));
}

/**
 * The character separator k is once trimmed (`separator(…).trim()`, whose whitespace can only be
 * the separator's spaces), or -1 when that is empty or longer than one character.
 */
function sepChar(text: string, run: Run, k: number): number {
  let a = run.bounds[2 * k + 1]!;
  let b = run.bounds[2 * k + 2]!;
  while (a < b && isSpace(text.charCodeAt(a))) a++;
  while (b > a && isSpace(text.charCodeAt(b - 1))) b--;
  return b - a === 1 ? text.charCodeAt(a) : -1;
}

/** Separator k is exactly one `.`. */
function isDot(text: string, run: Run, k: number): boolean {
  const a = run.bounds[2 * k + 1]!;
  return run.bounds[2 * k + 2]! - a === 1 && text.charCodeAt(a) === 46;
}

/** Splits a run into tokens at whitespace-only separators and marks the bad ones, into `into` (or new Tokens when it is too small). */
export function tokenize(text: string, run: Run, into?: Tokens): Tokens {
  const count = run.bounds.length / 2;
  const tokens = into !== undefined && into.g0.length >= count ? into : newTokens(count);
  let n = 0;
  let g0 = 0;
  for (let k = 0; k < count; k++) {
    // a blank separator ends a token, and so does a space before "(": "123 (415) 555-0132" is "123" then a number
    if (k === count - 1 || blank(text, run, k) || spaceParen(text, run, k)) {
      let digits = 0;
      for (let g = g0; g <= k; g++) digits += groupLen(run, g);
      tokens.g0[n] = g0;
      tokens.g1[n] = k + 1;
      tokens.digits[n] = digits;
      tokens.bad[n] = tokenShapeBad(text, run, g0, k + 1) ? 1 : 0;
      n++;
      g0 = k + 1;
    }
  }
  tokens.count = n;
  if (run.badStart) tokens.bad[0] = 1;
  if (run.badEnd) tokens.bad[n - 1] = 1;
  return tokens;
}

function plausibleDate(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= 31 && (year < 100 || (year >= 1800 && year <= 2199));
}

/** A single token shaped like a date, an IP address, a ZIP+4, an SSN or a year range. */
export function tokenShapeBad(text: string, run: Run, g0: number, g1: number): boolean {
  const n = g1 - g0;
  if (n === 2) {
    const sep = sepChar(text, run, g0);
    const a = groupLen(run, g0);
    const b = groupLen(run, g0 + 1);
    if (a === 5 && b === 4 && sep === 45) return true; // ZIP+4 (-)
    // a score, range or fraction (15-8, 6-196, 1/2), unless it opens a "+27-11 …" number
    if (a + b <= 4 && (sep === 45 || sep === 47 || sep === 0x2013) && !(g0 === 0 && run.plus)) return true;
    if (sep === 46 && b <= 2 && !(g0 === 0 && run.plus)) return true; // a decimal: 639.55
    if (a === 4 && b === 4 && sep >= 0 && sep !== 47 && sep !== 46) {
      const y1 = groupValue(text, run, g0);
      const y2 = groupValue(text, run, g0 + 1);
      if (y1 >= 1800 && y1 <= 2199 && y2 >= 1800 && y2 <= 2199) return true; // 1990-2000
    }
    return false;
  }
  if (n === 3) {
    const s1 = sepChar(text, run, g0);
    const s2 = sepChar(text, run, g0 + 1);
    const a = groupLen(run, g0);
    const b = groupLen(run, g0 + 1);
    const c = groupLen(run, g0 + 2);
    if (s1 === s2 && (s1 === 45 || s1 === 47 || s1 === 46)) { // the same one of - / .
      const va = groupValue(text, run, g0);
      const vb = groupValue(text, run, g0 + 1);
      const vc = groupValue(text, run, g0 + 2);
      if (a === 4 && b <= 2 && c <= 2 && plausibleDate(va, vb, vc)) return true; // 2020-03-05
      if (a <= 2 && b <= 2 && (c === 4 || c === 2) && (plausibleDate(vc, va, vb) || plausibleDate(vc, vb, va))) {
        return true; // 03/05/2020, 5.3.20
      }
    }
    if (a === 3 && b === 2 && c === 4 && s1 === 45 && s2 === 45) return true; // SSN 123-45-6789
    return false;
  }
  if (n === 4) {
    // IPv4: four dotted groups of at most three digits, each at most 255
    for (let g = g0; g < g1; g++) if (groupLen(run, g) > 3 || groupValue(text, run, g) > 255) return false;
    for (let g = g0; g < g1 - 1; g++) if (!isDot(text, run, g)) return false;
    return true;
  }
  return false;
}

/**
 * A span of groups whose shape is not a phone number's whatever the separators:
 * several single-digit groups, card-like 4-4-4(-4) / 4-6-5 / 4-6-4 grouping, SSN 3-2-4, dot-separated
 * thousands (1.200.000), or digits all equal / counting up (1234567890).
 */
export function spanShapeBad(text: string, run: Run, g0: number, g1: number, digits: string): boolean {
  const b = run.bounds;
  const n = g1 - g0;
  // "3 0 0 3 1 14 0" (a table row): more than one single-digit group after the first ("(0)" aside:
  // its separator before ends with "(", the one after starts with ")")
  let single = 0;
  let allFour = groupLen(run, g0) === 4;
  for (let g = g0 + 1; g < g1; g++) {
    const len = groupLen(run, g);
    if (len !== 4) allFour = false;
    if (len === 1 && !(text.charCodeAt(b[2 * g]! - 1) === 40 && g + 1 < g1 && text.charCodeAt(b[2 * g + 1]!) === 41)) single++;
  }
  if (single > 1) return true;
  if (n >= 3 && allFour) return true;
  if (n === 3) {
    const l0 = groupLen(run, g0);
    const l1 = groupLen(run, g0 + 1);
    const l2 = groupLen(run, g0 + 2);
    if (l0 === 4 && l1 === 6 && (l2 === 5 || l2 === 4)) return true;
    if (l0 === 3 && l1 === 2 && l2 === 4) return true;
  }
  if (n >= 3 && groupLen(run, g0) <= 3 && text.charCodeAt(b[2 * g0]!) !== 48) {
    let thousands = true;
    for (let g = g0; g < g1 - 1 && thousands; g++) thousands = isDot(text, run, g) && groupLen(run, g + 1) === 3;
    if (thousands) return true;
  }
  return allSameOrCounting(digits);
}

/** 0000000, 7777777777, 1234567890, 9876543210. */
export function allSameOrCounting(d: string): boolean {
  let same = true;
  let up = true;
  let down = true;
  for (let i = 1; i < d.length; i++) {
    const a = d.charCodeAt(i - 1);
    const b = d.charCodeAt(i);
    if (a !== b) same = false;
    if ((a - 48 + 1) % 10 !== b - 48) up = false;
    if ((b - 48 + 1) % 10 !== a - 48) down = false;
  }
  return same || up || down;
}
