import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeSpoken, toNormalized, toOriginal } from '../src/detect/spoken/normalize.js';

describe('normalizeSpoken: written form of spoken numbers and symbols', () => {
  it.each([
    ['four one one one', '4111'],
    ['my zip is nine four one oh seven', 'my zip is 94107'],
    ['double five triple seven', '55777'],
    ['five hundred', '500'],
    ['five hundred and twelve', '512'],
    ['nineteen eighty five', '1985'],
    ['two thousand and twelve', '2012'],
    ['oh nine twenty seven', '0927'],
    ['twenty-one', '21'],
    ['five five five dash one two one two', '555-1212'],
    ['four one five, five five five, oh one three two', '4155550132'],
    ['nine uh four one oh seven', '94107'],
    ["it's 4111 one one one one", "it's 41111111"],
    ['the last four digits are 4 2 4 2', 'the last four digits are 4242'],
    ['the fourteenth of march nineteen eighty five', 'the 14th of march 1985'],
    ['twenty-first of may', '21st of may'],
    ['john dot smith at gmail dot com', 'john.smith@gmail.com'],
    ['j s m i t h at outlook dot com', 'jsmith@outlook.com'],
    ['mary underscore lee at example dot co dot uk', 'mary_lee@example.co.uk'],
    ['Four One One One', '4111'],
    ['5362 7254 four one nine two 5891', '5362725441925891'],
    ['my social is 536 22 one four seven nine', 'my social is 536221479'],
    ['oh oh seven one two', '00712'],
    ["it's j s m i t h at outlook dot com", "it's jsmith@outlook.com"],
  ])('%j → %j', (input, expected) => {
    expect(normalizeSpoken(input).text).toBe(expected);
  });

  it.each([
    'one moment please',
    'I have two kids',
    'look at this',
    'oh okay',
    'at the end of the day',
    'no one at all',
    '4111 1111 1111 1111',
  ])('leaves ordinary speech alone: %j', (input) => {
    expect(normalizeSpoken(input).text).toBe(input);
  });

  it('maps each converted character back to its word', () => {
    const src = 'zip nine four one oh seven ok';
    const n = normalizeSpoken(src);
    const at = n.text.indexOf('94107');
    expect(toOriginal(n, at, at + 5)).toEqual([4, 26]);
    expect(src.slice(...toOriginal(n, at, at + 1))).toBe('nine');
    expect(src.slice(...toOriginal(n, at + 4, at + 5))).toBe('seven');
    expect(n.spoken[at]).toBe(1);
    expect(n.spoken[0]).toBe(0);
  });

  it('normalises a window of a longer text, with offsets into the whole text', () => {
    const src = 'hello there my card is four one one one thanks';
    const from = src.indexOf('my');
    const n = normalizeSpoken(src, from, src.length);
    expect(n.text).toBe('my card is 4111 thanks');
    const at = n.text.indexOf('4111');
    expect(src.slice(...toOriginal(n, at, at + 4))).toBe('four one one one');
  });
});

const WORDS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'oh', 'zero', 'double', 'triple',
  'twenty', 'nineteen', 'hundred', 'thousand', 'and', 'dot', 'at', 'dash', 'underscore', 'uh', 'j', 's', 'm', 'i',
  'my', 'card', 'is', 'gmail', 'com', 'first', 'fourteenth', 'of', 'march', '4', '7', '4111', ',', '-', '.'];

const speech = fc.array(fc.constantFrom(...WORDS), { minLength: 0, maxLength: 40 }).chain((ws) =>
  fc.array(fc.constantFrom(' ', ' ', ' ', '  ', ', '), { minLength: ws.length, maxLength: ws.length }).map((gaps) =>
    ws.map((w, i) => w + gaps[i]).join('')));

describe('offset map properties', () => {
  it('every normalised character maps into the original, in order', () => {
    fc.assert(fc.property(speech, (src) => {
      const n = normalizeSpoken(src);
      expect(n.start.length).toBe(n.text.length);
      for (let i = 0; i < n.text.length; i++) {
        expect(n.start[i]).toBeGreaterThanOrEqual(0);
        expect(n.end[i]).toBeLessThanOrEqual(src.length);
        expect(n.start[i]).toBeLessThan(n.end[i]!);
        if (i > 0) expect(n.start[i]).toBeGreaterThanOrEqual(n.start[i - 1]!);
        if (!n.spoken[i]) expect(src[n.start[i]!]).toBe(n.text[i]);
      }
    }), { numRuns: 500 });
  });

  it('mapping a normalised span back and forth lands on the same original characters', () => {
    fc.assert(fc.property(speech, fc.nat(), fc.nat(), (src, x, y) => {
      const n = normalizeSpoken(src);
      if (n.text.length === 0) return;
      const a = x % n.text.length;
      const b = a + 1 + (y % (n.text.length - a));
      const [s, e] = toOriginal(n, a, b);
      const [a2, b2] = toNormalized(n, s, e);
      expect(toOriginal(n, a2, b2)).toEqual([s, e]);
      expect(a2).toBeLessThanOrEqual(a);
      expect(b2).toBeGreaterThanOrEqual(b);
    }), { numRuns: 500 });
  });

  it('text without spoken forms is unchanged and maps to itself', () => {
    fc.assert(fc.property(fc.string({ maxLength: 60 }).filter((s) => !/[a-z]|\d/i.test(s)), (src) => {
      const n = normalizeSpoken(src);
      expect(n.text).toBe(src);
      for (let i = 0; i < src.length; i++) expect([n.start[i], n.end[i]]).toEqual([i, i + 1]);
    }));
  });
});
