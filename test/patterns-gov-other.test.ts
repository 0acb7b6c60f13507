import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { checkSync } from 'recheck';
import { analyze } from '../src/index.js';
import { BUILTIN_PATTERN_DIR, loadPatternFile } from '../src/detect/patterns.js';
import { createPatternRecognizer } from '../src/detect/pattern-recognizer.js';
import { resolveOverlaps } from '../src/detect/overlap.js';
import { TextView } from '../src/detect/view.js';
import type { Finding, PatternFile } from '../src/types.js';
import { govOtherValidators } from '../src/detect/validators/gov-other.js';

const FILE = `${BUILTIN_PATTERN_DIR}gov-other.json`;
const RAW = JSON.parse(readFileSync(FILE, 'utf8')) as PatternFile;
const PATTERNS = loadPatternFile(FILE);

/** Every type this family reports. */
const TYPES = [
  'FI_PERSONAL_IDENTITY_CODE', 'IT_FISCAL_CODE', 'IT_VAT_CODE', 'IT_IDENTITY_CARD', 'PASSPORT', 'DRIVER_LICENSE',
  'ES_NIF', 'ES_NIE', 'PL_PESEL', 'SE_PERSONNUMMER', 'SE_ORGANISATIONSNUMMER', 'KR_RRN', 'KR_FRN', 'KR_BRN',
  'SG_NRIC_FIN', 'SG_UEN', 'TH_TNIN', 'TR_NATIONAL_ID', 'TR_LICENSE_PLATE', 'ZA_ID_NUMBER', 'NG_NIN',
  'NG_VEHICLE_REGISTRATION', 'PH_TIN',
];

const recognizer = createPatternRecognizer(PATTERNS, {
  regions: ['US'], contextBefore: 48, contextAfter: 24, entities: new Set(TYPES),
})!;

/**
 * This family's patterns alone, as the analyzer would report them: candidates at or above
 * `minScore`, overlaps resolved. Returns `[type, matched text, country]`, in text order.
 */
function scan(text: string, minScore = 0.5): [string, string, string | undefined][] {
  const raw: Finding[] = [];
  recognizer.scan(new TextView(text), raw);
  return resolveOverlaps(raw.filter((f) => f.score >= minScore), text)
    .map((f) => [f.type, text.slice(f.start, f.end), f.country]);
}

/** Highest score this family gives `value` (as type `type`) inside `text`, or undefined when not found. */
function scoreOf(text: string, type: string, value: string): number | undefined {
  const raw: Finding[] = [];
  recognizer.scan(new TextView(text), raw);
  const at = text.indexOf(value);
  const hits = raw.filter((f) => f.type === type && f.start === at && f.end === at + value.length);
  return hits.length ? Math.max(...hits.map((f) => f.score)) : undefined;
}

describe('patterns/gov-other.json', () => {
  it('compiles, with unique ids and a validator of this family wherever one is named', () => {
    expect(PATTERNS.length).toBe(RAW.patterns.length);
    for (const p of RAW.patterns) {
      if (p.validator) expect(govOtherValidators[p.validator], p.id).toBeTypeOf('function');
      expect(TYPES, p.id).toContain(p.type);
      expect(p.country, p.id).toMatch(/^[A-Z]{2}$/);
    }
  });

  it('runs every pattern on digit windows only (each identifier holds a digit)', () => {
    for (const p of RAW.patterns) expect(p.prefilter, p.id).toBe('digit');
  });

  it('scores every pattern without a checksum at most 0.3, so only context can report it', () => {
    for (const p of RAW.patterns) {
      const best = p.validator ? Math.max(p.score, p.validatedScore ?? 1) : p.score;
      if (p.validator === undefined || p.validator === 'gov_other_uppercase') expect(best, p.id).toBeLessThanOrEqual(0.3);
    }
  });

  it.each(RAW.patterns.map((p) => [p.id, p.regex, p.flags ?? ''] as const))(
    '%s is linear-time (recheck)',
    (_id, regex, flags) => expect(checkSync(regex, `g${flags}`).status).toBe('safe'),
    30_000,
  );
});

describe('reported at the default threshold without context (checksum-backed)', () => {
  it.each([
    ['131052-308T', [['FI_PERSONAL_IDENTITY_CODE', '131052-308T', 'FI']]],
    ['My finnish id code is030594W903B.', [['FI_PERSONAL_IDENTITY_CODE', '030594W903B', 'FI']]],
    ['Il codice è RSSMRA85T10A562S.', [['IT_FISCAL_CODE', 'RSSMRA85T10A562S', 'IT']]],
    ['DNI 12345678Z, gracias', [['ES_NIF', '12345678Z', 'ES']]],
    ['NIE: Y8063915-Z', [['ES_NIE', 'Y8063915-Z', 'ES']]],
    ['PESEL 44051401458', [['PL_PESEL', '44051401458', 'PL']]],
    ['pnr 811218-9876 och 19121212-1212', [['SE_PERSONNUMMER', '811218-9876', 'SE'], ['SE_PERSONNUMMER', '19121212-1212', 'SE']]],
    ['556703-7485 är vårt orgnummer.', [['SE_ORGANISATIONSNUMMER', '556703-7485', 'SE']]],
    ['960121-1021413', [['KR_RRN', '960121-1021413', 'KR']]],
    ['911124-5678906', [['KR_FRN', '911124-5678906', 'KR']]],
    ['104-86-56659', [['KR_BRN', '104-86-56659', 'KR']]],
    ['S1234567D and T7572225C', [['SG_NRIC_FIN', 'S1234567D', 'SG'], ['SG_NRIC_FIN', 'T7572225C', 'SG']]],
    ['T16RF0037C / 201434292D', [['SG_UEN', 'T16RF0037C', 'SG'], ['SG_UEN', '201434292D', 'SG']]],
    ['บัตร 1-1017-00207-03-0', [['TH_TNIN', '1-1017-00207-03-0', 'TH']]],
    ['Birinci kişi: 10000000146, ikinci', [['TR_NATIONAL_ID', '10000000146', 'TR']]],
    ['8001015009087', [['ZA_ID_NUMBER', '8001015009087', 'ZA']]],
  ] as const)('%j', (text, expected) => expect(scan(text)).toEqual(expected));
});

describe('weak identifiers: hidden alone, reported with a context word', () => {
  it.each([
    ['NG_NIN', '12345678902', 'My NIN is 12345678902'],
    ['PASSPORT', 'M123A4567', 'Korean passport number: M123A4567'],
    ['PASSPORT', 'M123A4567', '여권 M123A4567'],
    ['PASSPORT', 'AAA123456', 'Mi número de pasaporte es AAA123456'],
    ['PASSPORT', 'YA1234567', 'passaporto YA1234567'],
    ['IT_IDENTITY_CARD', 'CA12345AA', "carta d'identità CA12345AA"],
    ['DRIVER_LICENSE', 'AB1234567C', 'patente di guida AB1234567C'],
    ['DRIVER_LICENSE', '11-22-123456-12', '운전면허번호: 11-22-123456-12'],
    ['TR_LICENSE_PLATE', '34 ABC 1234', 'Araç plakası 34 ABC 1234 olarak kayıtlıdır.'],
    ['NG_VEHICLE_REGISTRATION', 'APP-456CV', 'The plate number is APP-456CV'],
    ['PH_TIN', '000-123-456-000', 'TIN: 000-123-456-000'],
    ['PH_TIN', '000123456', 'my bir taxpayer identification number is 000123456'],
    ['TH_TNIN', '2345678901234', 'เลขประจำตัวประชาชน: 2345678901234'],
    ['SE_ORGANISATIONSNUMMER', '5567037485', 'orgnr 5567037485'],
    ['SE_PERSONNUMMER', '8112189876', 'personnummer 8112189876'],
    ['KR_BRN', '1048656659', 'My BRN is 1048656659'],
    ['PL_PESEL', '44051401458', 'My pesel is 44051401458.'],
    ['ES_NIF', '12345678Z', 'Mi DNI es 12345678Z'],
    ['SG_UEN', '53125226D', 'UEN 53125226D was processed'],
    ['IT_VAT_CODE', '01333550323', 'P.IVA 01333550323'],
    ['SG_NRIC_FIN', 'S1234567A', 'NRIC S1234567A'], // wrong check letter: kept, but only with context
    ['IT_FISCAL_CODE', 'RSSMRA85T10A562X', 'codice fiscale RSSMRA85T10A562X'],
  ] as const)('%s %s', (type, value, withContext) => {
    const alone = scoreOf(value, type, value);
    expect(alone, 'found as a candidate').toBeDefined();
    expect(alone!).toBeLessThan(0.5);
    expect(scan(value).filter(([t]) => t === type)).toEqual([]);
    expect(scoreOf(withContext, type, value)!).toBeGreaterThanOrEqual(0.5);
    expect(scan(withContext).map(([t, v]) => [t, v])).toContainEqual([type, value]);
  });
});

describe('decoys: nothing at the default threshold', () => {
  it.each([
    'Call me at 415-555-2671 or 4155552671, or 1-800-555-1234.',
    'Your order 12345678901 ships Friday; tracking 1234567890123.',
    'Card 4111 1111 1111 1111 expires 12/26, CVV 123.',
    'A table for 12 at 1130 pm, and 15 at 10 pm.',
    'meet at 11 AM 30 minutes early at gate 34 B 12',
    'call me at 1234567 on Monday',
    'the shop on 1st and 123rd street',
    'Invoice RSSMRA85T10A562X is attached', // fiscal-code shape, wrong check letter, no context
    'ticket 960121-1234567 and ref 104-86-56658', // RRN shape with a failed check; BRN with a wrong check digit
    'Reference A1234567Z and M12345678',
    'Order 12345678A and 53125226E',
  ])('%j', (text) => expect(scan(text)).toEqual([]));
});

describe('rejected outright (not even a candidate)', () => {
  it.each([
    ['FI_PERSONAL_IDENTITY_CODE', '111111-111A'],
    ['FI_PERSONAL_IDENTITY_CODE', '131052/308T'],
    ['ES_NIF', '12345678A'],
    ['ES_NIE', 'W8063915Q'],
    ['PL_PESEL', '44051401459'],
    ['SE_PERSONNUMMER', '200504422381'],
    ['KR_RRN', '960303-0021413'],
    ['KR_RRN', '960111-10214131'],
    ['KR_BRN', '110-81-412722'],
    ['DRIVER_LICENSE', '99-22-123456-12'],
    ['TH_TNIN', '1284567890124'],
    ['TR_NATIONAL_ID', '02531814694'],
    ['TR_LICENSE_PLATE', '82 ABC 123'],
    ['TR_LICENSE_PLATE', 'on 15 May 2003 and 12 DEC 2020'], // dates, not plates
    ['TR_LICENSE_PLATE', 'paragraphs 44 and 48, 12 to 15 minutes, 60 of 100'],
    ['TR_LICENSE_PLATE', 'March 21st 2023 at 11 am 30'],
    ['ZA_ID_NUMBER', 'AB8001015009087CD'],
    ['NG_NIN', '12345678901'],
    ['NG_VEHICLE_REGISTRATION', 'ABCD-123EF'],
    ['PH_TIN', 'Invalid TIN 600-000-000'],
    ['IT_VAT_CODE', '00000000000'],
    ['SG_UEN', '53125226'],
  ])('%s %j', (type, text) => expect(scan(text, 0).filter(([t]) => t === type)).toEqual([]));
});

describe('public API', () => {
  it('redacts identifiers of several countries in one text', () => {
    const text = 'HETU 131052-308T, codice fiscale RSSMRA85T10A562S, NIE X1234567L, PESEL 44051401458.';
    const found = analyze(text, { entities: TYPES }).map((f) => [f.type, text.slice(f.start, f.end)]);
    expect(found).toEqual([
      ['FI_PERSONAL_IDENTITY_CODE', '131052-308T'],
      ['IT_FISCAL_CODE', 'RSSMRA85T10A562S'],
      ['ES_NIE', 'X1234567L'],
      ['PL_PESEL', '44051401458'],
    ]);
  });

  it('carries the country on merged passport and licence types', () => {
    const text = 'Korean passport: M123A4567';
    const f = analyze(text, { entities: ['PASSPORT'] });
    expect(f.map((x) => [text.slice(x.start, x.end), x.country])).toEqual([['M123A4567', 'KR']]);
  });
});

describe('bare digit runs seldom pass for an identifier without context', () => {
  /** Deterministic pseudo-random digits (LCG), so the rates are reproducible. */
  function digits(seed: number): (n: number) => string {
    let s = seed;
    return (n) => {
      let out = '';
      for (let i = 0; i < n; i++) {
        s = (s * 1103515245 + 12345) & 0x7fffffff;
        out += String(Math.floor((s / 0x80000000) * 10));
      }
      return out;
    };
  }
  it.each([
    [9, 0], [10, 0], [11, 0.02], [12, 0.005], [13, 0.01],
  ])('%i digits: at most %f of 2000 random numbers reported', (n, maxRate) => {
    const next = digits(n * 7919);
    let reported = 0;
    for (let i = 0; i < 2000; i++) if (scan(`my number is ${next(n)} thanks`).length > 0) reported++;
    expect(reported / 2000).toBeLessThanOrEqual(maxRate);
  });
  it('8 digits and a letter (DNI/NIF and UEN shape) need context', () => {
    const next = digits(4242);
    let reported = 0;
    for (let i = 0; i < 2000; i++) {
      const letter = 'ABCDEFGHJKLMNPQRSTVWXYZ'[Number(next(2)) % 23]!;
      if (scan(`ref ${next(8)}${letter}`).length > 0) reported++;
    }
    expect(reported).toBe(0);
  });
});
