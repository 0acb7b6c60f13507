import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createPatternRecognizer } from '../src/detect/pattern-recognizer.js';
import { BUILTIN_PATTERN_DIR, loadPatternFile } from '../src/detect/patterns.js';
import { resolveOverlaps } from '../src/detect/overlap.js';
import { TextView } from '../src/detect/view.js';
import { analyze, type Finding } from '../src/index.js';

const FAMILY = loadPatternFile(join(BUILTIN_PATTERN_DIR, 'gov-us.json'));
const TYPES = ['US_SSN', 'US_ITIN', 'US_NPI', 'US_MBI', 'MEDICAL_LICENSE', 'PASSPORT', 'DRIVER_LICENSE'];

/** This family's patterns alone, through the engine's recognizer, score filter and overlap rule. */
function scan(text: string, minScore = 0.5, types: readonly string[] = TYPES): Finding[] {
  const r = createPatternRecognizer(FAMILY, { regions: ['US'], contextBefore: 48, contextAfter: 24, entities: new Set(types) });
  const out: Finding[] = [];
  r!.scan(new TextView(text), out);
  return resolveOverlaps(out.filter((f) => f.score >= minScore), text);
}

const show = (text: string, fs: Finding[]) => fs.map((f) => `${f.type}${f.country ? `/${f.country}` : ''}:${text.slice(f.start, f.end)}`);

/** Text → the findings expected at the default minScore (0.5), as `TYPE/COUNTRY:value`. */
const FOUND: [string, string[]][] = [
  ['SSN 078-05-1123', ['US_SSN/US:078-05-1123']],
  ['078-05-1123', ['US_SSN/US:078-05-1123']],
  ['my social is 078 05 1123.', ['US_SSN/US:078 05 1123']],
  ['Social Security number: 078.05.1123', ['US_SSN/US:078.05.1123']],
  ['ssn 078051123', ['US_SSN/US:078051123']],
  ['my ssn is 078-051121', ['US_SSN/US:078-051121']],
  ['ITIN 911-70-1234', ['US_ITIN/US:911-70-1234']],
  ['911-53-1234', ['US_ITIN/US:911-53-1234']],
  ['taxpayer id 911701234', ['US_ITIN/US:911701234']],
  ['NPI: 1234567893', ['US_NPI/US:1234567893']],
  ['national provider identifier 1245-319-599', ['US_NPI/US:1245-319-599']],
  ['Medicare ID: 3CD5-FG7-HJ89', ['US_MBI/US:3CD5-FG7-HJ89']],
  ['1EG4-TE5-MK73', ['US_MBI/US:1EG4-TE5-MK73']],
  ['The MBI is 4ef6gh8jk12 for this patient', ['US_MBI/US:4ef6gh8jk12']],
  ['DEA number BB1388568', ['MEDICAL_LICENSE/US:BB1388568']],
  ['prescriber K92993548 signed', ['MEDICAL_LICENSE/US:K92993548']],
  ['my passport number is A12803456', ['PASSPORT/US:A12803456']],
  ['passport: 912803456', ['PASSPORT/US:912803456']],
  ["driver's license D1234567", ['DRIVER_LICENSE/US:D1234567']],
  ['DL# 123456789012', ['DRIVER_LICENSE/US:123456789012']],
  ["My driver's license number is LH329609T", ['DRIVER_LICENSE/US:LH329609T']],
  ["my driver's license number is a56319335", ['DRIVER_LICENSE/US:a56319335']],
  ['SSN 078-05-1123 and ITIN 911-70-1234', ['US_SSN/US:078-05-1123', 'US_ITIN/US:911-70-1234']],
];

/** Decoys: order numbers, phone numbers, dates, prices, published fakes, checksum failures. */
const NOT_FOUND: string[] = [
  'Order #123456789 ships Monday',
  'order 536225432 was refunded',
  'Call me at 555-123-4567',
  'Call 212-555-0132 or (415) 555-0132',
  '+1 415 555 0132',
  'Your total is $1,234.56 on 12/05/2023',
  'ZIP 12345-6789',
  'See you 2024-03-15 at 10:30-11:45',
  'invoice 1234567893 paid', // a valid NPI, no context
  'booking ref AB1234563', // a valid DEA number, no context
  'ticket 912803456', // nine digits: no context
  'part D1234567 in stock',
  'Reference 123-45-6789', // published fake
  '078-05-1120', // Woolworth wallet card
  '000-12-3456',
  '666-12-3456',
  '901-12-3456', // area 9xx is no SSN, group 12 no ITIN
  '078-05.1123', // mixed separators
  '078-00-1123',
  '078-05-0000',
  '111-11-1111',
  'ITIN 911-89-1234', // group 89 is never issued
  'order #987-65-4321', // advertising sample, not an ITIN
  'NPI 1234567890', // check digit
  'NPI 1111111112', // filler
  'Medicare 1SG4-TE5-MK73', // S is excluded
  'Medicare 1EG4-TE5MK73', // one dash only
  'DEA BG8207031', // check digit
  'mypassportnumberis912803456',
  '1.078051123',
];

describe('gov-us patterns at the default minScore', () => {
  it.each(FOUND)('%s', (text, expected) => {
    expect(show(text, scan(text))).toEqual(expected);
  });

  it.each(NOT_FOUND)('nothing in %s', (text) => {
    expect(show(text, scan(text))).toEqual([]);
  });

  it('analyze() limited to US identifiers gives the same findings', () => {
    for (const [text, expected] of [...FOUND, ...NOT_FOUND.map((t) => [t, []] as [string, string[]])]) {
      expect([text, show(text, analyze(text, { entities: TYPES, countries: ['US'] }))]).toEqual([text, expected]);
    }
  });
});

describe('gov-us scores', () => {
  it.each([
    ['078-05-1123', 'US_SSN', 0.65],
    ['SSN 078-05-1123', 'US_SSN', 1],
    ['078 05 1123', 'US_SSN', 0.2],
    ['my social is 078 05 1123', 'US_SSN', 0.55],
    ['078051123', 'US_SSN', 0.2],
    ['ssn 078051123', 'US_SSN', 0.55],
    ['911-70-1234', 'US_ITIN', 0.6],
    ['1234567893', 'US_NPI', 0.3],
    ['NPI 1234567893', 'US_NPI', 0.65],
    ['1EG4-TE5-MK73', 'US_MBI', 0.85],
    ['1EG4TE5MK73', 'US_MBI', 0.5],
    ['BB1388568', 'MEDICAL_LICENSE', 0.45],
    ['DEA BB1388568', 'MEDICAL_LICENSE', 0.8],
    ['A12803456', 'PASSPORT', 0.2],
    ['912803456', 'PASSPORT', 0.2],
    ['passport 912803456', 'PASSPORT', 0.55],
    ['D1234567', 'DRIVER_LICENSE', 0.15],
  ] as const)('%s → %s %s', (text, type, score) => {
    const f = scan(text, 0, [type]);
    expect(f).toHaveLength(1);
    expect(f[0]!.score).toBeCloseTo(score, 5);
  });
});

describe('gov-us spans with no score threshold', () => {
  it.each([
    ['078-051121 07805-1121', 'US_SSN', ['078-051121', '07805-1121']],
    ['abc 078 05 1123 abc', 'US_SSN', ['078 05 1123']],
    ['911-701234 91170-1234', 'US_ITIN', ['911-701234', '91170-1234']],
    ['NPI 1234567893 and NPI 1245319599', 'US_NPI', ['1234567893', '1245319599']],
    ['Patient 1EG4-TE5-MK73 and 2AG9-XC4-NN22', 'US_MBI', ['1EG4-TE5-MK73', '2AG9-XC4-NN22']],
    ['GL0285191 EU4488929', 'MEDICAL_LICENSE', ['GL0285191', 'EU4488929']],
    ['123456789 1234567890 12345679012 1234', 'DRIVER_LICENSE', ['123456789', '1234567890', '12345679012']],
    ['C12T345672', 'DRIVER_LICENSE', []],
    ['my driver license number: AA1B2**9ABA7', 'DRIVER_LICENSE', []],
    ['ABCD ABCDEFGHIJ 12345', 'DRIVER_LICENSE', []],
  ] as const)('%s', (text, type, values) => {
    const fs = scan(text, 0, [type]);
    expect(fs.map((f) => text.slice(f.start, f.end))).toEqual(values);
  });
});
