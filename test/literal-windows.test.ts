import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileAnchors, hitSpans, idMask, windowsAroundHits, windowsWithHits } from '../src/detect/anchors.js';
import { createAnalyzer } from '../src/detect/analyzer.js';
import { builtinPatterns, compilePattern } from '../src/detect/patterns.js';
import { digitShape } from '../src/detect/min-digits.js';
import { computeDigitWindows, MOSTLY, windowsWithDigits } from '../src/detect/view.js';
import { ENTITY_TYPES } from '../src/index.js';
import { generateCorpus } from '../bench/corpus.mjs';
import { stringsOf } from './support/calls.js';
import { hasCorpus, readJsonl } from './support/corpus.js';

// Literal windows (`window`, `requires` in the pattern files) are a speed-up only: with them, every
// pattern must find exactly what it finds when it runs over the whole text and every digit window.
// The names detector does not use them; leaving it out keeps these comparisons fast.
const TYPES = ENTITY_TYPES.filter((t) => t !== 'PERSON' && t !== 'LOCATION' && t !== 'ORGANIZATION');
const windowed = createAnalyzer({ entities: TYPES, minScore: 0 });
const exhaustive = createAnalyzer({ entities: TYPES, minScore: 0 }, { exhaustive: true });
const key = (fs: { type: string; start: number; end: number; score: number }[]) =>
  fs.map((f) => `${f.type}:${f.start}-${f.end}:${f.score.toFixed(4)}`);

/**
 * Patterns whose literal is context, not part of the match: their `window` also bounds how far away
 * the context may be (100 characters), so a match further from it is dropped on purpose.
 */
const CONTEXT_WINDOWED = new Set(
  builtinPatterns().filter((p) => p.window && p.window !== 'token' && p.window.before >= 100).map((p) => p.id),
);

const CONTEXT_TYPES = new Set(builtinPatterns().filter((p) => CONTEXT_WINDOWED.has(p.id)).map((p) => p.type));
const NEAR_TYPES = TYPES.filter((t) => !CONTEXT_TYPES.has(t));
const windowedNear = createAnalyzer({ entities: NEAR_TYPES, minScore: 0 });
const exhaustiveNear = createAnalyzer({ entities: NEAR_TYPES, minScore: 0 }, { exhaustive: true });

function expectSame(text: string, label: string): void {
  expect(key(windowed.analyze(text)), label).toEqual(key(exhaustive.analyze(text)));
}

describe('anchors: every hit of every literal in one pass', () => {
  const a = compileAnchors(['last four', 'last', 'four', '@', 'Kfz'])!;
  it('finds overlapping literals and prefixes, case-insensitively', () => {
    const text = 'The LAST FOUR: a@b, kfz';
    const hits = a.find(text, text.toLowerCase())!;
    const at = (lit: string) => hits.pos.filter((_, k) => hits.id[k] === a.id(lit));
    expect(at('last four')).toEqual([4]);
    expect(at('last')).toEqual([4]);
    expect(at('four')).toEqual([9]);
    expect(at('@')).toEqual([16]);
    expect(at('kfz')).toEqual([20]);
  });
  it('gives up on offsets when lower-casing changes the length', () => {
    const text = 'İstanbul last four';
    expect(a.find(text, text.toLowerCase())).toBeUndefined();
  });
  it('a case-sensitive literal counts only where it really is', () => {
    const text = 'KFZ no, Kfz yes';
    const hits = a.find(text, text.toLowerCase())!;
    expect(hitSpans(text, hits, idMask([a.id('Kfz')], a.size), a.lengths, ['Kfz'])).toEqual([8, 11]);
  });
});

describe('literal windows', () => {
  it('token windows run from the whitespace before a hit to the whitespace after it', () => {
    const text = 'write to ann.lee@example.com today or bob@x.io';
    const a = compileAnchors(['@'])!;
    const spans = hitSpans(text, a.find(text, text.toLowerCase())!, idMask([0], 1), a.lengths);
    const w = windowsAroundHits(text, spans, 'token');
    expect(w.joined.split('\n\u0000\n')).toEqual([' ann.lee@example.com ', ' bob@x.io']);
  });
  it('token windows over a megabyte of @ stay one window, built in linear time', () => {
    const text = '@'.repeat(1 << 20);
    const a = compileAnchors(['@'])!;
    const t0 = process.cpuUsage();
    const spans = hitSpans(text, a.find(text, text)!, idMask([0], 1), a.lengths);
    const w = windowsAroundHits(text, spans, 'token');
    const ms = (process.cpuUsage(t0).user) / 1000;
    expect(w.count).toBe(1);
    expect(w.length[0]).toBe(text.length);
    expect(ms).toBeLessThan(5000); // quadratic would be ~10^12 steps
  });
  it('digit windows are kept only when a required literal lies wholly inside', () => {
    const text =
      'expiry 09/27 and then a long while later, much further along in the call, some 12/30 note, ' +
      'and after that, a long while later again in the same call, 11/28 came up, and then much later on still 10/29 too';
    const all = computeDigitWindows(text);
    const a = compileAnchors(['exp'])!;
    const spans = hitSpans(text, a.find(text, text.toLowerCase())!, idMask([0], 1), a.lengths);
    const kept = windowsWithHits(all, text, spans);
    expect(all.count).toBe(3);
    expect(kept.count).toBe(1);
    expect(kept.joined).toContain('09/27');
    expect(kept.joined).not.toContain('12/30');
  });
  it('a subset holding most of the characters of its set is that set (scanning a little more beats a new join)', () => {
    const text = 'expiry 09/27, exp. 10/29 and 11/28 expires, then much further along in the call, some 12/30 note';
    const all = computeDigitWindows(text);
    const a = compileAnchors(['exp'])!;
    const spans = hitSpans(text, a.find(text, text.toLowerCase())!, idMask([0], 1), a.lengths);
    expect(all.count).toBe(2);
    expect(all.length[0]! >= MOSTLY * all.joined.length).toBe(true);
    expect(windowsWithHits(all, text, spans)).toBe(all);
  });
});

describe('token lengths: a match that cannot hold whitespace lies in one token at least its length', () => {
  it.each<[string, number]>([
    ['\\d{3}-\\d{2}-\\d{4}', 11],
    ['[A-HJ-NPR-Z\\d]{17}', 17],
    ['(?<![\\w-])[A-Z]{2}\\d{2}(?!\\d[ .-])', 4], // look-arounds consume nothing, whatever they hold
    ['\\d{3} \\d{3}', 0], // a space
    ['\\d{3}[ -]\\d{3}', 0],
    ['\\d{3}\\s?\\d{3}', 0],
    ['[^x]{5}', 0], // a negated class may match whitespace
    ['.{5}', 0],
    ['[ -~]{3}', 0], // the range holds the space
    ['[!-~]{3}', 3],
    ['\\p{L}{4}', 4],
    ['\\P{L}{4}', 0],
    ['\\u00a0x', 0], // no-break space
    ['(a)\\1', 0], // a back-reference may be anything
    ['ab|cdef', 2],
    ['x(?:ab)?', 1],
  ])('%s -> %i', (src, want) => {
    expect(digitShape(src).minToken).toBe(want);
  });

  it('literal digits count as digits', () => {
    expect(digitShape('(?:19|20)\\d\\d').minDigits).toBe(4);
    expect(digitShape('DE\\d{9}').minDigits).toBe(9);
    expect(digitShape('a{2}').minDigits).toBe(0); // a quantifier's count is not a digit
  });

  it.each<[string, number]>([
    ['[A-Z]{2}\\d{9}', 2],
    ['DE\\d{9}', 2],
    ['(?:exp|valid)\\s?\\d', 3],
    ['\\d{3}-\\d{2}-\\d{4}', 0],
    ['[A-HJ-NPR-Z\\d]{17}', 0], // a class that holds digits may match none
    ['[A-Za-zÀ-ÖØ-öø-ɏ]{3}', 3],
    ['\\p{L}{2}', 2],
    ['[a-z-]', 0], // the hyphen
    ['[A-Z\\-]', 0],
    ['(?<=[A-Z]{3})\\d', 0], // a look-behind consumes nothing
    ['\\u00e9', 1],
    ['\\u00a0', 0], // no-break space: beyond ASCII, but a separator
    ['ab|\\d', 0],
    ['x(?:ab)?\\d', 1],
  ])('letters: %s -> %i', (src, want) => {
    expect(digitShape(src).minLetters).toBe(want);
  });

  it('windows are kept only when they hold a letter for patterns that need one', () => {
    const text = '00:24.3\n\u0000\nthe plate AB12 CDE came up';
    const all = computeDigitWindows(text);
    expect(all.count).toBe(2);
    expect(all.letters[0]).toBe(0);
    const lettered = windowsWithDigits(all, text, 1, 0, 0, 1);
    expect(lettered.count).toBe(1);
    expect(lettered.joined).toContain('AB12 CDE');
  });

  it('windows are kept only when they hold a token that long', () => {
    const text = 'at 00:24.3 we spoke about it, and then a good while later in the call the vin 1HGCM82633A004352 came up';
    const all = computeDigitWindows(text);
    expect(all.count).toBe(2);
    const long = windowsWithDigits(all, text, 1, 0, 17);
    expect(long.count).toBe(1);
    expect(long.joined).toContain('1HGCM82633A004352');
  });
});

describe('pattern file fields window and requires', () => {
  const base = { id: 'x', type: 'X', regex: 'a', score: 0.5 };
  it.each<[string, Record<string, unknown>, RegExp]>([
    ['window without a literal prefilter', { window: 'token' }, /"window" needs a literal prefilter/],
    ['window of the wrong shape', { prefilter: 'a', window: { before: -1, after: 2 } }, /"window" must be/],
    ['window with an unknown key', { prefilter: 'a', window: { before: 1, after: 2, x: 1 } }, /"window" must be/],
    ['requires without the digit prefilter', { requires: ['a'] }, /"requires" is for patterns with the digit prefilter/],
    ['requires empty', { prefilter: 'digit', requires: [] }, /"requires" must be a non-empty list/],
  ])('%s is refused', (_n, extra, msg) => {
    expect(() => compilePattern({ ...base, ...extra }, 'f.json', 0)).toThrow(msg);
  });
  it('accepts both forms', () => {
    expect(compilePattern({ ...base, prefilter: 'a', window: { before: 3, after: 4 } }, 'f.json', 0).window).toEqual({ before: 3, after: 4 });
    expect(compilePattern({ ...base, regex: '\\d', prefilter: 'digit', requires: ['Exp'] }, 'f.json', 0).requires).toEqual(['exp']);
  });
});

describe('with literal windows, the same findings as without', () => {
  it('on generated calls (each record joined as the walker joins it)', () => {
    const { lines } = generateCorpus({ sizeMB: 0.4 });
    for (const line of lines) {
      expectSame(stringsOf(JSON.parse(line)).join('\n\u0000\n'), line.slice(0, 60));
    }
  });

  for (const file of ['presidio_research_synth.jsonl', 'presidio_research_generated.jsonl', 'sgd_test.jsonl', 'tab_echr_test.jsonl', 'presidio_cases.jsonl', 'abcd_turns.jsonl']) {
    it.runIf(hasCorpus(file))(`on ${file}`, () => {
      const rows = readJsonl<{ text?: string; id?: string }>(file).filter((r) => typeof r.text === 'string');
      expect(rows.length).toBeGreaterThan(0);
      for (const r of rows) expectSame(r.text!, `${file} ${r.id ?? ''}`);
    });
  }

  // The types of the context-windowed patterns are left out here: random texts put context anywhere.
  it('on random texts built from the literals, digits and separators', () => {
    const pieces = [
      'the last four of my card are', 'card ending in', 'last 4 of my social is', 'my checking account, just the last four digits are',
      'contact telephone number which ends with', 'the last four of the old customer account number would be, um, like,',
      'ssn ending with', 'expires', 'valid through', 'three digit code on the back is', 'date of birth is', 'born on the',
      'zip is', 'user name is', 'log-in:', 'PIN is', 'security code', 'the day after tomorrow', 'coming wednesday', 'in early March',
      'last four', 'ending in', 'of my card', 'social', 'account', 'phone', 'is', 'um,', 'expiry', 'exp', 'valid thru',
      'cvv', 'pin', 'zip code', 'postcode', 'born on', 'date of birth', 'March', 'mar', 'the', 'on the', 'next', 'Monday',
      'day after tomorrow', 'username:', 'login', 'https://', 'www.', 'example.com', '.org', 'ann@', 'a.b@c.io', 'Apt', 'Suite',
      'P.O. Box', 'Calle', 'Rua', 'HR B', 'swift', 'DEUTDEFF', 'mac', 'ab:cd:ef:ab:cd:ef', 'pan', 'abcde1234f',
      '1HGCM82633A004352', 'DE89 3704 0044 0532 0130 00', 'L01X00T47', 'RSSMRA85T10A562S', '00:1A:2B:3C:4D:5E', '192.168.0.1',
      'bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq', 'AB123456C', 'ABCDE1234F', '1EG4-TE5-MK73', 'K1A 0B1', 'A1234567',
      'Hauptstraße', 'Storgatan', 'Váci utca', 'Rue de la Paix', 'Str.', 'Damm', '2001:db8::1', 'fe80::1%eth0', '::1', '1:2:3',
      '4111', '1111', '2027', '09/27', '12', '7', '555-0132', '94107', 'SW1A 1AA', '@', '.', ',', '-', '/', ':',
    ];
    const seps = fc.constantFrom(' ', ' ', ' ', '', '\n', ', ', '  ', '-');
    const text = fc.array(fc.tuple(fc.constantFrom(...pieces), seps), { maxLength: 40 }).map((xs) => xs.map(([p, s]) => p + s).join(''));
    fc.assert(
      fc.property(text, (t) => {
        expect(key(windowedNear.analyze(t))).toEqual(key(exhaustiveNear.analyze(t)));
      }),
      { numRuns: 3000 },
    );
  });
});
