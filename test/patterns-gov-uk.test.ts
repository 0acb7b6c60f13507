import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createPatternRecognizer } from '../src/detect/pattern-recognizer.js';
import { BUILTIN_PATTERN_DIR, loadPatternFile } from '../src/detect/patterns.js';
import { resolveOverlaps } from '../src/detect/overlap.js';
import { TextView } from '../src/detect/view.js';
import { analyze, type Finding } from '../src/index.js';

const FAMILY = loadPatternFile(join(BUILTIN_PATTERN_DIR, 'gov-uk.json'));
const TYPES = ['UK_NHS', 'UK_NINO', 'PASSPORT', 'DRIVER_LICENSE', 'POSTAL_CODE', 'UK_VEHICLE_REGISTRATION'];

/** This family's patterns alone, through the engine's recognizer, score filter and overlap rule. */
function scan(text: string, minScore = 0.5, types: readonly string[] = TYPES): Finding[] {
  const r = createPatternRecognizer(FAMILY, { regions: ['GB'], contextBefore: 48, contextAfter: 24, entities: new Set(types) });
  const out: Finding[] = [];
  r!.scan(new TextView(text), out);
  return resolveOverlaps(out.filter((f) => f.score >= minScore), text);
}

const show = (text: string, fs: Finding[]) => fs.map((f) => `${f.type}${f.country ? `/${f.country}` : ''}:${text.slice(f.start, f.end)}`);

/** Text → the findings expected at the default minScore (0.5), as `TYPE/COUNTRY:value`. */
const FOUND: [string, string[]][] = [
  ['NHS number 943 476 5919', ['UK_NHS/GB:943 476 5919']],
  ['nhs no: 9434765919', ['UK_NHS/GB:9434765919']],
  ['Health service ref 401-023-2137', ['UK_NHS/GB:401-023-2137']],
  ['NI number AB 12 34 56 C', ['UK_NINO/GB:AB 12 34 56 C']],
  ['AB123456C', ['UK_NINO/GB:AB123456C']],
  ['nino: PR 123612C', ['UK_NINO/GB:PR 123612C']],
  ['my national insurance number is ab123456c', ['UK_NINO/GB:ab123456c']],
  ['passport number AB1234567', ['PASSPORT/GB:AB1234567']],
  ['Licence: MORGA607054SM9IJ ok', ['DRIVER_LICENSE/GB:MORGA607054SM9IJ']],
  ['MORGA 607054 SM9IJ', ['DRIVER_LICENSE/GB:MORGA 607054 SM9IJ']],
  ['SW1A 1AA', ['POSTAL_CODE/GB:SW1A 1AA']],
  ['10 Downing Street, London SW1A 2AA.', ['POSTAL_CODE/GB:SW1A 2AA']],
  ['From M1 1AE to EC1A 1BB', ['POSTAL_CODE/GB:M1 1AE', 'POSTAL_CODE/GB:EC1A 1BB']],
  ['GIR 0AA', ['POSTAL_CODE/GB:GIR 0AA']],
  ['postcode: sw1a 1aa', ['POSTAL_CODE/GB:sw1a 1aa']],
  ['Post code is e1 6an', ['POSTAL_CODE/GB:e1 6an']],
  ['delivery address DN551PT', ['POSTAL_CODE/GB:DN551PT']],
  ['my postcode is SW1A', ['POSTAL_CODE/GB:SW1A']],
  ['Postcode district: M60, Manchester', ['POSTAL_CODE/GB:M60']],
  ['AB51 ABC', ['UK_VEHICLE_REGISTRATION/GB:AB51 ABC']],
  ['Vehicles AB51 ABC and BD62XYZ were seen', ['UK_VEHICLE_REGISTRATION/GB:AB51 ABC', 'UK_VEHICLE_REGISTRATION/GB:BD62XYZ']],
  ['LN14-HGT', ['UK_VEHICLE_REGISTRATION/GB:LN14-HGT']],
  ['reg: ln14-hgt', ['UK_VEHICLE_REGISTRATION/GB:ln14-hgt']],
  ['my car is an old K1 ABC', ['UK_VEHICLE_REGISTRATION/GB:K1 ABC']],
  ['number plate ABC 123D', ['UK_VEHICLE_REGISTRATION/GB:ABC 123D']],
];

/** Decoys: phone numbers, order numbers, times, road names, near-miss formats. */
const NOT_FOUND: string[] = [
  'Call 401-023-2137 today', // mod-11 valid, but shaped like a phone number and no NHS context
  'order 9434765919',
  'ref 4010232138 (NHS check digit wrong)',
  'NHS 401-023 2137', // mixed separators
  'QQ 12 34 56 C', // HMRC example prefix
  'AB 12 34 56 E',
  'BG123612A',
  'nino: nt 99 88 77 a',
  'booking AB1234567', // passport shape, no context
  'passport AB 1234567',
  'MORGA613054SM9IJ', // month 13
  'morga607054sm9ij', // DVLA numbers are matched in capitals only
  'MORGA601324SM9IJ', // day 32
  'M1 1CA', // C is not an inward letter
  'Take the M1 north, then the A1',
  'The flight BA1 2PM lands at 5 PM',
  'Meet at 4 PM with 2 AM staff',
  'QA1 1AA',
  'ABCM11AADEF',
  'EC1A1BB', // no space, no context
  'send it to sw1a 1aa', // lower case without the word postcode
  'AB35 ABC', // age identifier never issued
  'AB80 ABC',
  'IB51 ABC',
  'ab51 abc', // lower case, no context
  'SKU AB12CDE in stock', // run together: also a product-code shape
  'ABC 123D', // old format, no context
  'I have 2 tickets for A123 BCD', // prefix format, no context
];

describe('gov-uk patterns at the default minScore', () => {
  it.each(FOUND)('%s', (text, expected) => {
    expect(show(text, scan(text))).toEqual(expected);
  });

  it.each(NOT_FOUND)('nothing in %s', (text) => {
    expect(show(text, scan(text))).toEqual([]);
  });

  it('analyze() limited to GB identifiers gives the same findings', () => {
    for (const [text, expected] of [...FOUND, ...NOT_FOUND.map((t) => [t, []] as [string, string[]])]) {
      expect([text, show(text, analyze(text, { entities: TYPES, countries: ['GB'] }))]).toEqual([text, expected]);
    }
  });
});

describe('gov-uk scores', () => {
  it.each([
    ['9434765919', 'UK_NHS', 0.4],
    ['NHS 9434765919', 'UK_NHS', 0.75],
    ['AB123456C', 'UK_NINO', 0.7],
    ['ab123456c', 'UK_NINO', 0.4],
    ['AB1234567', 'PASSPORT', 0.2],
    ['MORGA607054SM9IJ', 'DRIVER_LICENSE', 0.85],
    ['SW1A 1AA', 'POSTAL_CODE', 0.7],
    ['SW1A1AA', 'POSTAL_CODE', 0.3],
    ['postcode sw1a 1aa', 'POSTAL_CODE', 0.6],
    ['AB51 ABC', 'UK_VEHICLE_REGISTRATION', 0.5],
    ['ab51 abc', 'UK_VEHICLE_REGISTRATION', 0.25],
    ['BD62XYZ', 'UK_VEHICLE_REGISTRATION', 0.25],
    ['A123 BCD', 'UK_VEHICLE_REGISTRATION', 0.15],
  ] as const)('%s → %s %s', (text, type, score) => {
    const f = scan(text, 0, [type]);
    expect(f).toHaveLength(1);
    expect(f[0]!.score).toBeCloseTo(score, 5);
  });
});

describe('gov-uk spans with no score threshold', () => {
  it.each([
    ['Passports: AB1234567 and XY9876543', 'PASSPORT', ['AB1234567', 'XY9876543']],
    ['XYZAB1234567QRS', 'PASSPORT', []],
    ['M11AA EC1A1BB GIR0AA', 'POSTAL_CODE', ['M11AA', 'EC1A1BB', 'GIR0AA']],
    ['Send to postcode EC2A 1NT please', 'POSTAL_CODE', ['EC2A 1NT']],
    ['1A1 1AA', 'POSTAL_CODE', []],
    ['A123 BCD K1 ABC M456DEF', 'UK_VEHICLE_REGISTRATION', ['A123 BCD', 'K1 ABC', 'M456DEF']],
    ['I123 BCD O123 BCD ABC 123I ABC 123Z', 'UK_VEHICLE_REGISTRATION', []],
    ['XXXAB51ABCYYY', 'UK_VEHICLE_REGISTRATION', []],
    ['tw987654a hh 01 02 03 d', 'UK_NINO', ['tw987654a', 'hh 01 02 03 d']],
  ] as const)('%s', (text, type, values) => {
    const fs = scan(text, 0, [type]);
    expect(fs.map((f) => text.slice(f.start, f.end))).toEqual(values);
  });
});
