import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Run } from '../src/detect/phone/candidates.js';
import { plainRuns } from './support/phone-runs.js';
import { allSameOrCounting, spanShapeBad, tokenize, tokenShapeBad } from '../src/detect/phone/shape.js';

interface Token {
  g0: number;
  g1: number;
  digits: number;
  bad: boolean;
}

/*
 * The shape checks as first written, on separators sliced out of the text and trimmed. The
 * faster ones read the separators' characters in place; they must decide the same on every run.
 */
function separator(text: string, run: Run, k: number): string {
  return text.slice(run.bounds[2 * k + 1]!, run.bounds[2 * k + 2]!);
}

function groupLen(run: Run, k: number): number {
  return run.bounds[2 * k + 1]! - run.bounds[2 * k]!;
}

function groupValue(text: string, run: Run, k: number): number {
  let v = 0;
  for (let i = run.bounds[2 * k]!; i < run.bounds[2 * k + 1]!; i++) v = v * 10 + text.charCodeAt(i) - 48;
  return v;
}

function isBlank(sep: string): boolean {
  for (let i = 0; i < sep.length; i++) {
    const c = sep.charCodeAt(i);
    if (c !== 32 && c !== 0xa0 && c !== 0x202f && c !== 0x2009) return false;
  }
  return true;
}

/** Splits a run into tokens at whitespace-only separators and marks the bad ones. */
function refTokenize(text: string, run: Run): Token[] {
  const count = run.bounds.length / 2;
  const tokens: Token[] = [];
  let g0 = 0;
  for (let k = 0; k < count; k++) {
    // a blank separator ends a token, and so does a space before "(": "123 (415) 555-0132" is "123" then a number
    const sep = k === count - 1 ? '' : separator(text, run, k);
    if (k === count - 1 || isBlank(sep) || /\s\($/.test(sep)) {
      let digits = 0;
      for (let g = g0; g <= k; g++) digits += groupLen(run, g);
      tokens.push({ g0, g1: k + 1, digits, bad: refTokenShapeBad(text, run, g0, k + 1) });
      g0 = k + 1;
    }
  }
  if (run.badStart) tokens[0]!.bad = true;
  if (run.badEnd) tokens[tokens.length - 1]!.bad = true;
  return tokens;
}

function plausibleDate(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= 31 && (year < 100 || (year >= 1800 && year <= 2199));
}

/** A single token shaped like a date, an IP address, a ZIP+4, an SSN or a year range. */
function refTokenShapeBad(text: string, run: Run, g0: number, g1: number): boolean {
  const n = g1 - g0;
  if (n === 2) {
    const sep = separator(text, run, g0).trim();
    const a = groupLen(run, g0);
    const b = groupLen(run, g0 + 1);
    if (a === 5 && b === 4 && sep === '-') return true; // ZIP+4
    // a score, range or fraction (15-8, 6-196, 1/2), unless it opens a "+27-11 …" number
    if (a + b <= 4 && (sep === '-' || sep === '/' || sep === '\u2013') && !(g0 === 0 && run.plus)) return true;
    if (sep === '.' && b <= 2 && !(g0 === 0 && run.plus)) return true; // a decimal: 639.55
    if (a === 4 && b === 4 && sep.length === 1 && sep !== '/' && sep !== '.') {
      const y1 = groupValue(text, run, g0);
      const y2 = groupValue(text, run, g0 + 1);
      if (y1 >= 1800 && y1 <= 2199 && y2 >= 1800 && y2 <= 2199) return true; // 1990-2000
    }
    return false;
  }
  if (n === 3) {
    const s1 = separator(text, run, g0).trim();
    const s2 = separator(text, run, g0 + 1).trim();
    const a = groupLen(run, g0);
    const b = groupLen(run, g0 + 1);
    const c = groupLen(run, g0 + 2);
    if (s1 === s2 && s1.length === 1 && (s1 === '-' || s1 === '/' || s1 === '.')) {
      const va = groupValue(text, run, g0);
      const vb = groupValue(text, run, g0 + 1);
      const vc = groupValue(text, run, g0 + 2);
      if (a === 4 && b <= 2 && c <= 2 && plausibleDate(va, vb, vc)) return true; // 2020-03-05
      if (a <= 2 && b <= 2 && (c === 4 || c === 2) && (plausibleDate(vc, va, vb) || plausibleDate(vc, vb, va))) {
        return true; // 03/05/2020, 5.3.20
      }
    }
    if (a === 3 && b === 2 && c === 4 && s1 === '-' && s2 === '-') return true; // SSN 123-45-6789
    return false;
  }
  if (n === 4) {
    // IPv4: four dotted groups of at most three digits, each at most 255
    for (let g = g0; g < g1; g++) if (groupLen(run, g) > 3 || groupValue(text, run, g) > 255) return false;
    for (let g = g0; g < g1 - 1; g++) if (separator(text, run, g) !== '.') return false;
    return true;
  }
  return false;
}

/** Digit group lengths of groups [g0, g1). */
function lengths(run: Run, g0: number, g1: number): number[] {
  const out: number[] = [];
  for (let g = g0; g < g1; g++) out.push(groupLen(run, g));
  return out;
}

/**
 * A span of groups whose shape is not a phone number's whatever the separators:
 * several single-digit groups, card-like 4-4-4(-4) / 4-6-5 / 4-6-4 grouping, SSN 3-2-4, dot-separated
 * thousands (1.200.000), or digits all equal / counting up (1234567890).
 */
function refSpanShapeBad(text: string, run: Run, g0: number, g1: number, digits: string): boolean {
  const L = lengths(run, g0, g1);
  const n = L.length;
  // "3 0 0 3 1 14 0" (a table row): more than one single-digit group after the first ("(0)" aside)
  let single = 0;
  for (let k = 1; k < n; k++) {
    const g = g0 + k;
    if (L[k] === 1 && !(separator(text, run, g - 1).endsWith('(') && g + 1 < g1 && separator(text, run, g).startsWith(')'))) single++;
  }
  if (single > 1) return true;
  if (n >= 3 && L.every((l) => l === 4)) return true;
  if (n === 3 && L[0] === 4 && L[1] === 6 && (L[2] === 5 || L[2] === 4)) return true;
  if (n === 3 && L[0] === 3 && L[1] === 2 && L[2] === 4) return true;
  if (n >= 3 && L[0]! <= 3 && text.charCodeAt(run.bounds[2 * g0]!) !== 48) {
    let thousands = true;
    for (let g = g0; g < g1 - 1 && thousands; g++) thousands = separator(text, run, g) === '.' && groupLen(run, g + 1) === 3;
    if (thousands) return true;
  }
  return allSameOrCounting(digits);
}



function digitsOf(text: string, run: Run, g0: number, g1: number): string {
  let d = '';
  for (let g = g0; g < g1; g++) d += text.slice(run.bounds[2 * g]!, run.bounds[2 * g + 1]!);
  return d;
}

function compare(text: string): void {
  for (const run of plainRuns(text)) {
    const t = tokenize(text, run);
    const tokens: Token[] = [];
    for (let k = 0; k < t.count; k++) tokens.push({ g0: t.g0[k]!, g1: t.g1[k]!, digits: t.digits[k]!, bad: t.bad[k] === 1 });
    expect(tokens).toEqual(refTokenize(text, run));
    const n = run.bounds.length / 2;
    for (let g0 = 0; g0 < n; g0++) {
      for (let g1 = g0 + 1; g1 <= n; g1++) {
        expect([g0, g1, tokenShapeBad(text, run, g0, g1)]).toEqual([g0, g1, refTokenShapeBad(text, run, g0, g1)]);
        const d = digitsOf(text, run, g0, g1);
        expect([g0, g1, spanShapeBad(text, run, g0, g1, d)]).toEqual([g0, g1, refSpanShapeBad(text, run, g0, g1, d)]);
      }
    }
  }
}

describe('shape checks read separators in place as the sliced, trimmed ones did', () => {
  it.each([
    '1990 - 2000', '1990 \u2013 2000', '2020 - 03 - 05', '03 / 05 / 2020', '5 . 3 . 20', '123 - 45 - 6789', '12345 - 6789',
    '15 -8', '6- 196', '1 / 2', '639 .55', '192 .168.1 .1', '192.168.1.1', '1.200.000', '1 .200 .000',
    '+41 (0)85 123 45 67', '+41 ( 0 ) 85 123', '(0)85 1 2', '415 (555) 0132', '123 (415) 555-0132', '1 2 (3) 4',
    '4111 1111 1111 1111', '4111-111111-11111', '415\u00a0-\u00a0555', '415\u202f/\u20090132',
  ])('%j', (text) => compare(text));

  it('on random digit groups and separators', () => {
    const piece = fc.oneof(
      fc.stringMatching(/^[0-9]{1,6}$/),
      fc.constantFrom('1990', '2020', '03', '12', '255', '0', '(0)', '+', '+41 '),
      fc.constantFrom(' ', '  ', '-', ' - ', '- ', ' -', '.', ' .', '. ', '/', ' / ', '\u2013', ' \u2013 ', '(', ')', ' (', ') ', '( ', ' )',
        '\u00a0', '\u202f', '\u2009', '\u00a0-\u00a0', '\u2010', '\u2212', 'x', ' ext ', ', ', 'a', ':'),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 24 }), (parts) => compare(parts.join(''))),
      { numRuns: 3000 },
    );
  });
});
