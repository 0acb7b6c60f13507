import { checkSync } from 'recheck';
import { describe, expect, it } from 'vitest';
import { resolveOverlaps } from '../src/detect/overlap.js';
import { createPatternRecognizer } from '../src/detect/pattern-recognizer.js';
import { BUILTIN_PATTERN_DIR, loadPatternFile } from '../src/detect/patterns.js';
import { TextView } from '../src/detect/view.js';
import type { Finding } from '../src/types.js';

const PATTERNS = loadPatternFile(`${BUILTIN_PATTERN_DIR}gov-in.json`);
const TYPES = [...new Set(PATTERNS.map((p) => p.type))];

/** Runs only patterns/gov-in.json the way the analyzer does: score filter, then overlap resolution. */
function detect(text: string, minScore = 0.5, types: readonly string[] = TYPES): string[] {
  const rec = createPatternRecognizer(PATTERNS, { regions: ['IN'], contextBefore: 48, contextAfter: 24, entities: new Set(types) });
  const raw: Finding[] = [];
  rec!.scan(new TextView(text), raw);
  return resolveOverlaps(raw.filter((f) => f.score >= minScore), text)
    .map((f) => `${f.type}${f.country ? `/${f.country}` : ''}:${text.slice(f.start, f.end)}`);
}

describe('gov-in patterns at the default threshold (0.5)', () => {
  it.each([
    // Aadhaar
    ['My Aadhaar number is 3123 4567 8909', ['IN_AADHAAR:3123 4567 8909']],
    ['3998-7654-3211', ['IN_AADHAAR:3998-7654-3211']],
    ['3123:4567:8909', ['IN_AADHAAR:3123:4567:8909']],
    ['aadhaar: 400123456787', ['IN_AADHAAR:400123456787']],
    ['आधार 400123456787', ['IN_AADHAAR:400123456787']], // Hindi context word
    ['order 400123456787 shipped', []], // unbroken 12 digits need context
    ['1234 5678 9012', []], // first digit 1
    ['3123 4567 8908', []], // Verhoeff fails
    ['2000 0990 0002', []], // palindrome
    ['card 3123 4567 8909 1234', []], // a valid Aadhaar as the first 12 digits of a longer grouped number
    // PAN
    ['my PAN is ABCPD1234Z', ['IN_PAN:ABCPD1234Z']],
    ['ABBPM4567S', ['IN_PAN:ABBPM4567S']],
    ['PAN: ABCND1234Z', ['IN_PAN:ABCND1234Z']], // unknown holder type: context needed
    ['ABCND1234Z', []],
    ['abcpd1234z', []],
    ['my pan is abcpd1234z', ['IN_PAN:abcpd1234z']], // lower case: runs only beside a PAN word
    ['ABCD1234', []],
    // GSTIN
    ['GSTIN: 27AAPFU0939F1ZV', ['IN_GSTIN:27AAPFU0939F1ZV']],
    ['27ABCDE1234F1Z5', ['IN_GSTIN:27ABCDE1234F1Z5']],
    ['27-AAPFU-0939-F1-ZV', ['IN_GSTIN:27-AAPFU-0939-F1-ZV']],
    ['38ABCDE1234F1Z5', []], // code 38 needs a valid check character
    ['27ABCDE1234F1Y5', []],
    ['00ABCDE1234F1Z5', []],
    // Voter ID
    ['voter id ABC1234567', ['IN_VOTER:ABC1234567']],
    ['ABC1234567', []],
    // Passport
    ['passport number: J6932157', ['PASSPORT/IN:J6932157']],
    ['J6932157', []],
    ['passport b0097650', []],
    // Vehicle registration
    ['KA 53 ME 3456', ['IN_VEHICLE_REGISTRATION:KA 53 ME 3456']],
    ['DL3CJI0001', ['IN_VEHICLE_REGISTRATION:DL3CJI0001']],
    ["My Bike's registration number is OD02BA2341", ['IN_VEHICLE_REGISTRATION:OD02BA2341']],
    ['vehicle ka53me3456', ['IN_VEHICLE_REGISTRATION:ka53me3456']],
    ['we pick the vehicle up 12 mar 2024', []], // a date, not plate UP 12 MAR 2024
    ['Vehicle: MH 12 DE 1433', ['IN_VEHICLE_REGISTRATION:MH 12 DE 1433']],
    ['ka53me3456', []],
    ['AB53ME3456', []], // AB is no state
    ['KA53ME0000', []],
    ['21 BH 2345 AA', ['IN_VEHICLE_REGISTRATION:21 BH 2345 AA']],
    ['MN 2412', []], // old series: never reported at the default threshold
  ] as const)('%j → %j', (text, expected) => {
    expect(detect(text)).toEqual(expected);
  });
});

describe('gov-in patterns with no threshold', () => {
  it.each([
    ['MN2412', 'IN_VEHICLE_REGISTRATION', ['IN_VEHICLE_REGISTRATION:MN2412']],
    ['MCX1243', 'IN_VEHICLE_REGISTRATION', ['IN_VEHICLE_REGISTRATION:MCX1243']],
    ['I15432', 'IN_VEHICLE_REGISTRATION', ['IN_VEHICLE_REGISTRATION:I15432']],
    ['AI1234', 'IN_VEHICLE_REGISTRATION', []], // AI is no state (a flight number)
    ['ABNE123456', 'IN_VEHICLE_REGISTRATION', []],
    ['zxdf8923q1', 'IN_VOTER', []],
    ['uzb2345117', 'IN_VOTER', ['IN_VOTER:uzb2345117']],
    ['my passport number is T356907', 'PASSPORT', []],
  ] as const)('%j as %s → %j', (text, type, expected) => {
    expect(detect(text, 0, [type])).toEqual(expected);
  });

  it('scores follow the strength of the evidence', () => {
    const score = (text: string, type: string): number[] => {
      const rec = createPatternRecognizer(PATTERNS, { regions: ['IN'], contextBefore: 48, contextAfter: 24, entities: new Set([type]) });
      const raw: Finding[] = [];
      rec!.scan(new TextView(text), raw);
      return raw.map((f) => Math.round(f.score * 100) / 100);
    };
    expect(score('27AAPFU0939F1ZV', 'IN_GSTIN')).toEqual([1]); // check character holds
    expect(score('27ABCDE1234F1Z5', 'IN_GSTIN')).toEqual([0.55]); // shape only
    expect(score('3123 4567 8909', 'IN_AADHAAR')).toEqual([0.6]);
    expect(score('312345678909', 'IN_AADHAAR')).toEqual([0.45]);
    expect(score('ABCPD1234Z', 'IN_PAN')).toEqual([0.6]);
    expect(score('ABCND1234Z', 'IN_PAN')).toEqual([0.15]);
  });
});

describe('gov-in pattern hygiene', () => {
  it.each(PATTERNS.map((p) => [p.id, p.source, p.re.flags] as const))('%s is linear-time under recheck', (_id, source, flags) => {
    expect(checkSync(source, flags).status).toBe('safe');
  });
  it('every pattern is gated: digit windows or literals', () => {
    for (const p of PATTERNS) expect(p.scope === 'digit' || (p.literals?.length ?? 0) > 0, p.id).toBe(true);
  });
});
