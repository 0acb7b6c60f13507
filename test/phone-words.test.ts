import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NEGATIVE_WORDS, NUMBER_WORDS, STRONG_WORDS, wordsNear, type Near } from '../src/detect/phone/words.js';

/**
 * wordsNear as first written: NUL bounds found by two scans, each word sliced, lower-cased and
 * looked up. The faster one (one scan, ASCII words looked up in place) must agree on every text.
 */
const KIND = new Map<string, number>();
for (const w of STRONG_WORDS) KIND.set(w, (KIND.get(w) ?? 0) | 1);
for (const w of NUMBER_WORDS) KIND.set(w, (KIND.get(w) ?? 0) | 2);
for (const w of NEGATIVE_WORDS) KIND.set(w, (KIND.get(w) ?? 0) | 4);
const LONGEST = Math.max(...[...KIND.keys()].map((w) => w.length));

function isWordChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c > 127;
}

function reference(text: string, start: number, end: number, before: number, after: number, negativeBefore: number): Near {
  let from = Math.max(0, start - before);
  let to = Math.min(text.length, end + after);
  for (let k = start - 1; k >= from; k--) {
    if (text.charCodeAt(k) === 0) {
      from = k + 1;
      break;
    }
  }
  for (let k = end; k < to; k++) {
    if (text.charCodeAt(k) === 0) {
      to = k;
      break;
    }
  }
  const negFrom = start - negativeBefore;
  let kinds = 0;
  let lastStrongBefore = -1;
  let lastNegative = -1;
  let i = from;
  if (i > 0 && isWordChar(text.charCodeAt(i - 1))) while (i < to && isWordChar(text.charCodeAt(i))) i++;
  while (i < to) {
    if (!isWordChar(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const s = i;
    while (i < text.length && isWordChar(text.charCodeAt(i))) i++;
    if (i > to) break;
    if (i - s > LONGEST) continue;
    const k = KIND.get(text.slice(s, i).toLowerCase());
    if (k === undefined) continue;
    kinds |= k;
    if (k & 1 && i <= start) lastStrongBefore = s;
    if (k & 4 && s >= negFrom && i <= start) lastNegative = s;
  }
  return { strong: (kinds & 1) !== 0, phone: (kinds & 3) !== 0, negative: lastNegative > lastStrongBefore };
}

const check = (text: string, start: number, end: number, before = 48, after = 24, negativeBefore = 20): void => {
  expect(wordsNear(text, start, end, before, after, negativeBefore)).toEqual(reference(text, start, end, before, after, negativeBefore));
};

describe('wordsNear', () => {
  it.each([
    // the candidate is "415-555-0132" in each
    ['call 415-555-0132', true],
    ['CALL 415-555-0132', true],
    ['Phone_ 415-555-0132', false], // "phone_" is another word
    ['caller 415-555-0132', false],
    ['call\u0000 415-555-0132', false], // a NUL between texts: "call" belongs to the text before
    ['order\u0000call 415-555-0132', true],
    ['call 415-555-0132 \u0000 fax', true],
    ['pay 415-555-0132 \u0000 fax', false],
    ['téléphone 415-555-0132', false],
    ['ca\u212Cl 415-555-0132', false],
  ])('%j', (text, strong) => {
    const start = text.indexOf('415');
    const end = start + 12;
    expect(wordsNear(text, start, end, 48, 24, 20).strong).toBe(strong);
    check(text, start, end);
  });

  it('reads a word with a Kelvin sign as its lower case does ("tic\\u212Aet" is "ticket")', () => {
    const text = 'tic\u212Aet 4155550132';
    const start = text.indexOf('415');
    expect(wordsNear(text, start, start + 10, 48, 24, 20).negative).toBe(true);
    check(text, start, start + 10);
  });

  it('agrees with the slicing reference on random text', () => {
    const words = [...KIND.keys()];
    const piece = fc.oneof(
      fc.constantFrom(...words),
      fc.constantFrom(...words).map((w) => w.toUpperCase()),
      fc.constantFrom(...words).map((w) => w[0]!.toUpperCase() + w.slice(1)),
      fc.constantFrom(' ', '  ', ', ', '.', '-', '\u0000', '\n', '_', '\u212A', '\u0130', 'é', 'Ω', 'k', 's', '415', '555-0132', 'x', 'abcdefghijklmn'),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), fc.nat(), fc.nat(), fc.nat(60), fc.nat(40), fc.nat(30), (parts, a, b, before, after, neg) => {
        const text = parts.join('');
        const start = text.length === 0 ? 0 : a % (text.length + 1);
        const end = start + (text.length === start ? 0 : b % (text.length - start + 1));
        check(text, start, end, before, after, neg);
      }),
      { numRuns: 5000 },
    );
  });
});
