import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createPatternRecognizer } from '../src/detect/pattern-recognizer.js';
import { BUILTIN_PATTERN_DIR, loadPatternFile } from '../src/detect/patterns.js';
import { resolveOverlaps } from '../src/detect/overlap.js';
import { TextView } from '../src/detect/view.js';
import { analyze, type Finding } from '../src/index.js';

const FAMILY = loadPatternFile(join(BUILTIN_PATTERN_DIR, 'gov-ca.json'));
const TYPES = ['CA_SIN', 'POSTAL_CODE'];

/** This family's patterns alone, through the engine's recognizer, score filter and overlap rule. */
function scan(text: string, minScore = 0.5, types: readonly string[] = TYPES): Finding[] {
  const r = createPatternRecognizer(FAMILY, { regions: ['CA'], contextBefore: 48, contextAfter: 24, entities: new Set(types) });
  const out: Finding[] = [];
  r!.scan(new TextView(text), out);
  return resolveOverlaps(out.filter((f) => f.score >= minScore), text);
}

const show = (text: string, fs: Finding[]) => fs.map((f) => `${f.type}${f.country ? `/${f.country}` : ''}:${text.slice(f.start, f.end)}`);

/** Text → the findings expected at the default minScore (0.5), as `TYPE/COUNTRY:value`. */
const FOUND: [string, string[]][] = [
  ['130-692-544', ['CA_SIN/CA:130-692-544']],
  ['my SIN is 130 692 544', ['CA_SIN/CA:130 692 544']],
  ['mon NAS: 258 933 688', ['CA_SIN/CA:258 933 688']],
  ['social insurance number 948584792', ['CA_SIN/CA:948584792']],
  ['K1A 0B1', ['POSTAL_CODE/CA:K1A 0B1']],
  ['24 Sussex Dr, Ottawa ON K1M 1M4, Canada', ['POSTAL_CODE/CA:K1M 1M4']],
  ['postal code k1a0b1', ['POSTAL_CODE/CA:k1a0b1']],
  ['SIN 130-692-544, postal code H3Z 2Y7', ['CA_SIN/CA:130-692-544', 'POSTAL_CODE/CA:H3Z 2Y7']],
];

/** Decoys: phone numbers, grouped order numbers, near-miss codes. */
const NOT_FOUND: string[] = [
  '130 692 544', // spaced, Luhn-valid, no context: could be any number read out in groups
  'order 130692544',
  'SIN 130-692-545', // Luhn
  'SIN 046 454 286', // Service Canada's sample: first digit 0
  'SIN 812-345-678', // first digit 8
  'SIN 111-111-111',
  'SIN 046-454 286',
  'call 613-555-0199',
  '1-613-555-0199',
  'SIN 130-692-544-1', // part of a longer number
  'K1A0B1', // no space, no context
  'D1A 0B1', // D never used
  'W1A 0B1', // W never first
  'K1A 0B1A',
  'Z1A 0B1',
];

describe('gov-ca patterns at the default minScore', () => {
  it.each(FOUND)('%s', (text, expected) => {
    expect(show(text, scan(text))).toEqual(expected);
  });

  it.each(NOT_FOUND)('nothing in %s', (text) => {
    expect(show(text, scan(text))).toEqual([]);
  });

  it('analyze() limited to CA identifiers gives the same findings', () => {
    for (const [text, expected] of [...FOUND, ...NOT_FOUND.map((t) => [t, []] as [string, string[]])]) {
      expect([text, show(text, analyze(text, { entities: TYPES, countries: ['CA'] }))]).toEqual([text, expected]);
    }
  });
});

describe('gov-ca scores', () => {
  it.each([
    ['130-692-544', 'CA_SIN', 0.55],
    ['130 692 544', 'CA_SIN', 0.3],
    ['130692544', 'CA_SIN', 0.3],
    ['SIN 130692544', 'CA_SIN', 0.65],
    ['K1A 0B1', 'POSTAL_CODE', 0.7],
    ['K1A0B1', 'POSTAL_CODE', 0.3],
    ['k1a 0b1', 'POSTAL_CODE', 0.3],
  ] as const)('%s → %s %s', (text, type, score) => {
    const f = scan(text, 0, [type]);
    expect(f).toHaveLength(1);
    expect(f[0]!.score).toBeCloseTo(score, 5);
  });
});

describe('gov-ca spans with no score threshold', () => {
  it.each([
    ['130 692 544 and 435-418-165 and 550090112', 'CA_SIN', ['130 692 544', '435-418-165', '550090112']],
    ['13069254 1306925440', 'CA_SIN', []],
    ['K1A 0B1 / h3z2y7', 'POSTAL_CODE', ['K1A 0B1', 'h3z2y7']],
  ] as const)('%s', (text, type, values) => {
    expect(scan(text, 0, [type]).map((f) => text.slice(f.start, f.end))).toEqual(values);
  });
});
