import { describe, expect, it } from 'vitest';
import { sinValid } from '../src/detect/checksums/ca-sin.js';
import { deaValid } from '../src/detect/checksums/dea.js';
import { luhnValid } from '../src/detect/checksums/luhn.js';
import { mbiValid } from '../src/detect/checksums/mbi.js';
import { nhsValid } from '../src/detect/checksums/nhs.js';
import { ninoValid } from '../src/detect/checksums/nino.js';
import { npiValid } from '../src/detect/checksums/npi.js';
import { dvlaLicenceValid } from '../src/detect/checksums/uk-driving-licence.js';
import { ukAgeIdentifierValid } from '../src/detect/checksums/uk-vehicle-registration.js';
import { itinValid } from '../src/detect/checksums/us-itin.js';
import { separatorsConsistent, ssnValid } from '../src/detect/checksums/us-ssn.js';
import { vinCheckChar, vinCheckDigitValid } from '../src/detect/checksums/vin.js';
import { VALIDATORS } from '../src/detect/validators/index.js';
import { vinVerdict } from '../src/detect/validators/vehicle.js';
import { hasCorpus } from './support/corpus.js';
import { loadPresidioCases } from './support/presidio.js';

describe('US SSN structure', () => {
  it.each([
    ['078051121', true], // Presidio's valid example, one above the Woolworth number
    ['536225432', true],
    ['665123456', true],
    ['667123456', true],
    ['899991234', true],
    ['000123456', false], // area 000
    ['666123456', false], // area 666
    ['900701234', false], // 9xx areas are ITINs, never SSNs
    ['999451234', false],
    ['078001123', false], // group 00
    ['078050000', false], // serial 0000
    ['111111111', false], // one repeated digit
    ['078051120', false], // Woolworth wallet card
    ['219099999', false], // SSA pamphlet sample
    ['123456789', false],
    ['987654320', false], // advertising range 987-65-4320..4329
    ['987654329', false],
    ['98765432', false], // 8 digits
    ['0780511231', false], // 10 digits
    ['07805112a', false],
  ])('%s → %s', (digits, ok) => {
    expect(ssnValid(digits)).toBe(ok);
  });

  it.each([
    ['078-05-1123', true],
    ['078 05 1123', true],
    ['078.05.1123', true],
    ['078-051123', true],
    ['078051123', true],
    ['693-09.4444', false],
    ['078 05-1123', false],
  ])('separators of %s consistent → %s', (v, ok) => {
    expect(separatorsConsistent(v)).toBe(ok);
  });
});

describe('US ITIN structure', () => {
  it.each([
    ['911501234', true],
    ['911651234', true],
    ['911701234', true],
    ['911881234', true],
    ['911901234', true],
    ['911921234', true],
    ['911941234', true],
    ['911991234', true],
    ['911491234', false],
    ['911661234', false],
    ['911691234', false],
    ['911891234', false],
    ['911931234', false],
    ['811701234', false], // must start with 9
    ['987654321', false], // advertising sample range
    ['999999999', false], // one repeated digit
    ['91170123', false],
  ])('%s → %s', (digits, ok) => {
    expect(itinValid(digits)).toBe(ok);
  });
});

describe('US NPI (Luhn over 80840)', () => {
  it.each([
    ['1234567893', true], // CMS's worked example of the NPI check digit
    ['1245319599', true],
    ['1003000126', true],
    ['1234567890', false], // wrong check digit
    ['0234567893', false], // must start with 1 or 2
    ['3234567893', false],
    ['1111111112', false], // filler: first nine digits identical
    ['123456789', false],
    ['12345678934', false],
  ])('%s → %s', (digits, ok) => {
    expect(npiValid(digits)).toBe(ok);
  });

  it('is the plain Luhn check of the 15-digit number with the card prefix', () => {
    expect(luhnValid('808401234567893')).toBe(true);
    expect(luhnValid('1234567893')).toBe(false); // without the prefix the check digit differs
  });
});

describe('US DEA registration number', () => {
  it.each([
    ['GL0285191', true],
    ['EU4488929', true],
    ['BB1388568', true],
    ['K92993548', true], // second character 9
    ['AB1234563', true], // 1+3+5 + 2*(2+4+6) = 33 → 3
    ['AB1234567', false],
    ['BG8207031', false], // check digit should be 2
    ['IB1388568', false], // I is no registrant type
    ['ZB1388568', false],
    ['BB138856', false],
    ['bb1388568', false], // validator upper-cases first; the function wants upper case
  ])('%s → %s', (v, ok) => {
    expect(deaValid(v)).toBe(ok);
  });
});

describe('US MBI positional rules', () => {
  it.each([
    ['1EG4TE5MK73', true], // CMS's published example
    ['9XX9XX9XX99', true],
    ['2AG9XC4NN22', true],
    ['1E94T95MK73', true], // positions 3 and 6 may be digits
    ['1SG4TE5MK73', false], // S excluded
    ['1EG4LE5MK73', false], // L excluded
    ['1EG4TE5OK73', false], // O excluded
    ['1EG4TE5MI73', false], // I excluded
    ['1BG4TE5MK73', false], // B excluded
    ['1EG4ZE5MK73', false], // Z excluded
    ['0EG4TE5MK73', false], // first digit 1-9
    ['AEG4TE5MK73', false],
    ['12G4TE5MK73', false], // position 2 letter
    ['1EG4TE5MK7', false],
  ])('%s → %s', (v, ok) => {
    expect(mbiValid(v)).toBe(ok);
  });
});

describe('UK NHS number (mod 11)', () => {
  it.each([
    ['9434765919', true], // NHS Digital's example
    ['9434765870', true],
    ['4010232137', true],
    ['2213951837', true],
    ['0032698674', true],
    ['4010232138', false],
    ['9434765918', false],
    ['1000000010', false], // remainder gives check 10: never issued
    ['0000000000', false], // repeated digit
    ['943476591', false],
  ])('%s → %s', (digits, ok) => {
    expect(nhsValid(digits)).toBe(ok);
  });
});

describe('UK National Insurance number', () => {
  it.each([
    ['AB123456C', true],
    ['HH010203D', true],
    ['TW987654A', true],
    ['YZ614868B', true],
    ['QQ123456C', false], // HMRC's example prefix, never allocated (Q first)
    ['DA123456A', false], // D first
    ['AO123456A', false], // O second
    ['BG123612A', false], // reserved prefixes
    ['GB123612A', false],
    ['NK123456A', false],
    ['KN123456A', false],
    ['NT998877A', false],
    ['TN998877A', false],
    ['ZZ123456A', false],
    ['AB123456E', false], // suffix A-D
    ['AB12345C', false],
  ])('%s → %s', (v, ok) => {
    expect(ninoValid(v)).toBe(ok);
  });
});

describe('UK DVLA driving licence number', () => {
  it.each([
    ['MORGA607054SM9IJ', true],
    ['MORGA657054SM9IJ', true], // woman: month + 50
    ['FO999512018AA1AB', true], // short surname padded with 9s
    ['JONES710153J99EF', true], // one initial, padded
    ['SMITH862310AB1CD', true], // 31 December, woman
    ['SMITH802290AB1CD', true], // 29 February: the century is not encoded
    ['MORGA600054SM9IJ', false], // month 00
    ['MORGA613054SM9IJ', false], // month 13
    ['MORGA650054SM9IJ', false], // month 50
    ['MORGA663054SM9IJ', false], // month 63
    ['MORGA601004SM9IJ', false], // day 00
    ['MORGA601324SM9IJ', false], // day 32
    ['MORGA604314SM9IJ', false], // 31 April
    ['99999657054SM9IJ', false], // no surname letter
    ['MO9G9657054SM9IJ', false], // letter after padding
    ['MORGA65705SM9IJ', false],
  ])('%s → %s', (v, ok) => {
    expect(dvlaLicenceValid(v)).toBe(ok);
  });
});

describe('UK registration age identifier', () => {
  it.each([
    ['02', true], ['29', true], ['51', true], ['79', true], ['14', true], ['62', true],
    ['00', false], ['01', false], ['30', false], ['35', false], ['49', false], ['50', false], ['80', false], ['99', false],
  ])('%s → %s', (age, ok) => {
    expect(ukAgeIdentifierValid(age)).toBe(ok);
  });
});

describe('Canadian SIN', () => {
  it.each([
    ['130692544', true],
    ['435418165', true],
    ['948584792', true], // 9: temporary resident
    ['347677452', true],
    ['550090112', true],
    ['130692545', false], // Luhn
    ['046454286', false], // Service Canada's sample: Luhn-valid, but 0 is never issued
    ['812345678', false], // 8 is never issued to persons
    ['111111111', false],
    ['999999999', false],
    ['13069254', false],
    ['1306925440', false],
  ])('%s → %s', (digits, ok) => {
    expect(sinValid(digits)).toBe(ok);
  });

  it('rejects Service Canada sample 046 454 286 on its first digit alone', () => {
    expect(luhnValid('046454286')).toBe(true);
  });
});

describe('VIN check digit (ISO 3779 / 49 CFR 565)', () => {
  it.each([
    ['1M8GDM9AXKP042788', 'X'], // Wikipedia's worked example
    ['1HGCM82633A004352', '3'],
    ['JH4KA4650JC000403', '0'],
    ['11111111111111111', '1'],
  ])('%s has check %s', (vin, check) => {
    expect(vinCheckChar(vin)).toBe(check);
    expect(vinCheckDigitValid(vin)).toBe(true);
  });

  it.each([
    '1M8GDM9A1KP042788', // wrong check digit
    '1HGCM82643A004352',
    '1HGCM8263IA004352', // I is not in the VIN alphabet
    'WVWZZZ1JZXW000001', // European VIN: position 9 is no check digit
  ])('%s fails the check', (vin) => {
    expect(vinCheckDigitValid(vin)).toBe(false);
  });

  it.each([
    ['1M8GDM9AXKP042788', true],
    ['1m8gdm9axkp042788', true],
    ['WVWZZZ1JZXW000001', null], // plausible, no check digit: base score, context decides
    ['SALGA2EV5HA123456', null],
    ['11111111111111111', false], // one repeated character
    ['12345678901234567', false], // digits only
    ['ABCDEFGHJKLMNPRS1', false], // fewer than 3 digits
    ['1HGCM8263OA004352', false], // O
  ])('vin verdict of %s → %s', (vin, verdict) => {
    expect(vinVerdict(vin)).toBe(verdict);
  });
});

/**
 * Presidio's recognizer cases for the checksum types: every candidate token of a case
 * text is validated, and the number of tokens the validator keeps (true, or null for
 * a valid number in a weaker written form) must equal the case's expected count.
 */
describe.runIf(hasCorpus('presidio_cases.jsonl'))('validators against Presidio case values', () => {
  const rows: [string, RegExp, string][] = [
    ['CA_SIN', /(?<!\d)\d{3}[ -]?\d{3}[ -]?\d{3}(?!\d)/g, 'ca_sin'],
    ['US_NPI', /(?<!\d)\d{4}[ -]?\d{3}[ -]?\d{3}(?!\d)/g, 'us_npi'],
    ['UK_NHS', /(?<!\d)\d{3}[ -]?\d{3}[ -]?\d{4}(?!\d)/g, 'uk_nhs'],
    ['US_SSN', /(?<!\d)\d{3}[ .-]?\d{2}[ .-]?\d{4}(?!\d)/g, 'us_ssn'],
    ['US_ITIN', /(?<!\d)\d{3}[ .-]?\d{2}[ .-]?\d{4}(?!\d)/g, 'us_itin'],
    ['MEDICAL_LICENSE', /(?<![A-Za-z\d])[A-Za-z][A-Za-z\d]\d{7}(?![A-Za-z\d])/g, 'us_dea'],
    ['UK_DRIVING_LICENCE', /(?<![A-Za-z\d])[A-Za-z][A-Za-z9]{4}\d{6}[A-Za-z][A-Za-z9]\d[A-Za-z\d]{2}(?![A-Za-z\d])/g, 'uk_driving_licence'],
  ];
  const cases = loadPresidioCases();
  for (const [entity, token, name] of rows) {
    const picked = cases.filter((c) => c.entity === entity);
    it(`${entity}: the valid tokens of ${picked.length} cases match the expected counts`, () => {
      expect(picked.length).toBeGreaterThanOrEqual(4);
      const validator = VALIDATORS.get(name)!;
      for (const c of picked) {
        const valid = [...c.text.matchAll(token)].filter((m) => validator(m[0]) !== false).length;
        expect([c.line, valid]).toEqual([c.line, c.expected_count]);
      }
    });
  }
});
