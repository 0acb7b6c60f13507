import { describe, expect, it } from 'vitest';
import { hasCorpus, readJsonl } from './support/corpus.js';
import { fiHetuValid } from '../src/detect/checksums/fi.js';
import { itFiscalCheckChar, itFiscalCodeCheck, itVatValid } from '../src/detect/checksums/it.js';
import { esControlLetter, esNieValid, esNifValid } from '../src/detect/checksums/es.js';
import { peselValid } from '../src/detect/checksums/pl.js';
import { seOrganisationsnummerValid, sePersonnummerValid } from '../src/detect/checksums/se.js';
import { krBirthDateValid, krBrnValid, krDriverLicenseValid, krFrnCheck, krRrnCheck } from '../src/detect/checksums/kr.js';
import { sgNricValid, sgUenValid } from '../src/detect/checksums/sg.js';
import { thTninValid } from '../src/detect/checksums/th.js';
import { trKimlikValid, trPlateProvinceValid } from '../src/detect/checksums/tr.js';
import { zaBirthDateValid, zaIdValid } from '../src/detect/checksums/za.js';
import { phTinValid } from '../src/detect/checksums/ph.js';
import { govOtherValidators } from '../src/detect/validators/gov-other.js';

/** A fixed "today" for the checks that refuse future dates. */
const TODAY = new Date(2025, 5, 15);

describe('Finnish HETU', () => {
  it.each([
    ['131052-308T', true], // the example of the Population Register Centre
    ['010181-900C', true],
    ['010594Y9032', true], // 1900s with the 2023 extra century signs
    ['020504A902E', true],
    ['131052-308U', false], // wrong check character
    ['131052/308T', false], // not a century sign
    ['310289-211C', false], // 31 February
    ['012245A110G', false], // month 22
    ['131052-001F', false], // individual number below 002
    ['131052-308', false],
  ])('%s → %s', (code, ok) => expect(fiHetuValid(code)).toBe(ok));
});

describe('Italian fiscal code and VAT number', () => {
  it('computes the check character from the odd/even tables', () => {
    expect(itFiscalCheckChar('RSSMRA85T10A562')).toBe('S');
    expect(itFiscalCheckChar('MRTMTT91D08F205')).toBe('J');
  });
  it.each([
    ['RSSMRA85T10A562S', true],
    ['MRTMTT91D08F205J', true],
    ['rssmra85t10a562s', true], // case does not matter to the check
    ['RSSMRA85T10A56NH', true], // omocodic: the last digit 2 written N, with its own check letter
    ['RSSMRA85T10A56NS', null], // omocodic shape with the non-omocodic check letter
    ['RSSMRA85T10A562X', null], // wrong check letter: still shaped like a code
    ['RSSMRA85T00A562S', false], // day 00
    ['RSSMRA85T35A562S', false], // day 35 is neither a man's (1-31) nor a woman's (41-71)
    ['RSSMRA85Z10A562S', false], // Z is no month letter
    ['RSSMRA85T10A562', false],
  ])('%s → %s', (code, expected) => expect(itFiscalCodeCheck(code)).toBe(expected));

  it.each([
    ['01333550323', true],
    ['00743110157', true],
    ['07643520567', true],
    ['01333550_323', true], // separators ignored
    ['01333550324', false], // check digit
    ['00000000000', false],
    ['12345678903', false], // Luhn-valid but office code 890 does not exist
    ['0133355032', false],
  ])('partita IVA %s → %s', (v, ok) => expect(itVatValid(v)).toBe(ok));
});

describe('Spanish DNI/NIF and NIE', () => {
  it('maps number mod 23 to the control letter', () => {
    expect(esControlLetter(0)).toBe('T');
    expect(esControlLetter(22)).toBe('E');
    expect(esControlLetter(12345678)).toBe('Z');
  });
  it.each([
    ['12345678Z', true],
    ['12345678z', true],
    ['55555555-K', true],
    ['1111111G', true], // seven digits (leading zero dropped)
    ['01111111G', true], // the same with its leading zero
    ['123456789Z', false], // nine digits
    ['12345678A', false],
    ['X1234567L', false], // an NIE is not a DNI
  ])('NIF %s → %s', (v, ok) => expect(esNifValid(v)).toBe(ok));
  it.each([
    ['X1234567L', true],
    ['Y8063915-Z', true],
    ['z8078221m', true],
    ['Y8063915Q', false],
    ['W8063915Q', false],
    ['X123456L', false],
  ])('NIE %s → %s', (v, ok) => expect(esNieValid(v)).toBe(ok));
});

describe('Polish PESEL', () => {
  it.each([
    ['44051401458', true], // 1944-05-14
    ['02070803628', true], // 1902-07-08
    ['90090515836', true],
    ['02270803624', true], // month 27 = July 2002
    ['44051401459', false], // check digit
    ['11110021111', false], // day 00
    ['44023001455', false], // 30 February (check digit right)
    ['4405140145', false],
    ['4405140145A', false],
  ])('%s → %s', (v, ok) => expect(peselValid(v)).toBe(ok));
});

describe('Swedish personnummer and organisationsnummer', () => {
  it.each([
    ['811218-9876', true], // the tax agency's example
    ['121212-1212', true], // "Tolvan Tolvansson", the test number
    ['19121212-1212', true],
    ['189004119807', true],
    ['811278-9873', true], // samordningsnummer: day 18 + 60
    ['811218-9875', false], // Luhn
    ['810230-9872', false], // 30 February (Luhn right)
    ['811318-9876', false], // month 13
    ['21121212-1212', false], // year 2112
  ])('personnummer %s → %s', (v, ok) => expect(sePersonnummerValid(v)).toBe(ok));
  it.each([
    ['556703-7485', true],
    ['212000-0142', true],
    ['16556703-7485', true],
    ['556703-7484', false], // Luhn
    ['551203-7486', false], // third digit 1: reads as a birth month, not an organisation
    ['17556703-7485', false],
  ])('organisationsnummer %s → %s', (v, ok) => expect(seOrganisationsnummerValid(v)).toBe(ok));
});

describe('Korean RRN, FRN, BRN and driving licence', () => {
  it.each([
    ['9601211021413', true],
    ['0509122000019', true], // 1905-09-12: digit 2 is a woman born in the 1900s
    ['9601311021413', true],
    ['9602301021413', false], // 30 February
    ['0013321234567', false], // month 13
    ['960121102141', false],
  ])('birth date of %s → %s', (v, ok) => expect(krBirthDateValid(v)).toBe(ok));
  it.each([
    ['960121-1021413', true],
    ['050912-2000019', true],
    ['960121-1234567', null], // check digit fails: issued after 2020 or mistyped, undecided
    ['960121-1961412', null], // check digit right but region digits 96 are out of range
    ['960230-1021413', false], // impossible birth date
  ])('RRN %s → %s', (v, expected) => expect(krRrnCheck(v)).toBe(expected));
  it.each([
    ['911124-5678906', true],
    ['050912-6000012', true],
    ['911124-5678901', null],
    ['911131-5678906', false], // 31 November
  ])('FRN %s → %s', (v, expected) => expect(krFrnCheck(v)).toBe(expected));
  it.each([
    ['104-86-56659', true],
    ['1048213138', true],
    ['220-81-62517', true],
    ['104-86-56658', false],
    ['123-45-67890', false],
    ['110-81-4127', false],
  ])('BRN %s → %s', (v, ok) => expect(krBrnValid(v)).toBe(ok));
  it.each([
    ['11-22-123456-12', true],
    ['28 22 123456 12', true],
    ['27-22-123456-12', false], // 27 is no licensing region
    ['99-22-123456-12', false],
    ['11-22-12345-12', false],
  ])('driving licence %s → %s', (v, ok) => expect(krDriverLicenseValid(v)).toBe(ok));
});

describe('Singapore NRIC/FIN and UEN', () => {
  it.each([
    ['S1234567D', true],
    ['S0000001I', true],
    ['S2740116C', true],
    ['T7572225C', true], // T series: +4
    ['F2346401L', true],
    ['M4332674T', true], // M series: +3, own table
    ['s1234567d', true],
    ['S1234567A', false],
    ['G1122144L', false],
    ['A1234567Z', false], // no such series
  ])('NRIC/FIN %s → %s', (v, ok) => expect(sgNricValid(v)).toBe(ok));
  it.each([
    ['53125226D', true], // format A
    ['53125226E', false],
    ['201434292D', true], // format B
    ['203034292D', false], // registered in 2030: future
    ['T16RF0037C', true], // format C
    ['S57TU0392K', true],
    ['R16RF0037F', true],
    ['T16ZZ0037C', false], // ZZ is no entity type
    ['T16RF0037D', false],
  ])('UEN %s → %s', (v, ok) => expect(sgUenValid(v, TODAY)).toBe(ok));
});

describe('Thai national ID', () => {
  it.each([
    ['1101700207030', true],
    ['1-1017-00207-03-0', true], // printed grouping
    ['1220000000007', true], // province 22 (Chanthaburi)
    ['1580000000004', true], // province 58 (Mae Hong Son)
    ['1101700207031', false],
    ['0234567890124', false], // first digit 0
    ['1284567890124', false], // province 28 does not exist
    ['1974567890124', false],
    ['110170020703', false],
  ])('%s → %s', (v, ok) => expect(thTninValid(v)).toBe(ok));
});

describe('Turkish T.C. Kimlik No and plates', () => {
  it.each([
    ['10000000146', true],
    ['11111111110', true],
    ['10000000145', false],
    ['02531814694', false], // leading zero
    ['1000000014', false],
  ])('kimlik %s → %s', (v, ok) => expect(trKimlikValid(v)).toBe(ok));
  it.each([
    ['34 ABC 1234', true],
    ['81-A-12', true],
    ['82 ABC 123', false],
    ['00 A 12', false],
    ['AB ABC 123', null],
    ['12', null],
  ])('plate %s → %s', (v, expected) => expect(trPlateProvinceValid(v)).toBe(expected));
});

describe('South African ID number', () => {
  it.each([
    ['8001015009087', true],
    ['8605065397083', true],
    ['0002294321191', true], // 29 Feb 2000
    ['9902294321191', false], // 29 Feb 1999
    ['8001015009086', false], // Luhn
    ['8001015009384', false], // citizenship digit 3 (Luhn right)
    ['8001015000076', false], // digit 12 is 7, not 8 or 9
    ['2507015009089', false], // 1 July 2025 is after "today" (Luhn right)
    ['800101500908', false],
  ])('%s → %s', (v, ok) => expect(zaIdValid(v, TODAY)).toBe(ok));
  it.each([
    ['050101', true],
    ['000229', true],
    ['990229', false],
    ['251301', false],
  ])('birth date %s → %s', (v, ok) => expect(zaBirthDateValid(v, TODAY)).toBe(ok));
});

describe('Philippine TIN', () => {
  it.each([
    ['000-123-456-000', true],
    ['000123456', true],
    ['100000009', true],
    ['000-123-457-000', false],
    ['600-000-000', false], // remainder 10 is never a check digit
    ['123456789', false],
    ['0001234560', false],
  ])('%s → %s', (v, ok) => expect(phTinValid(v)).toBe(ok));
});

describe('gov-other validator table', () => {
  it.each([
    ['ng_nin', '12345678902', true],
    ['ng_nin', '01234567895', true],
    ['ng_nin', '12345678901', false],
    ['ng_nin', '1234567890', false],
    ['gov_other_uppercase', 'AA1234567', true],
    ['gov_other_uppercase', 'aA1234567', null],
    ['tr_license_plate', '34 ABC 1234', true],
    ['tr_license_plate', '34 abc 1234', null],
    ['tr_license_plate', '82 ABC 123', false],
    ['sg_nric', 'S1234567D', true],
    ['sg_nric', 'S1234567A', null], // keeps the base score
    ['it_fiscal_code', 'RSSMRA85T10A562X', null],
  ])('%s(%s) → %s', (name, v, expected) => expect(govOtherValidators[name]!(v)).toBe(expected));
});

interface ValidationCase {
  entity: string;
  function: string;
  input: string;
  expected: boolean | null;
}

/** Presidio's checksum unit cases for the types of this family, against the matching function. */
const PRESIDIO_CHECKS: Record<string, (v: string) => boolean | null> = {
  'PL_PESEL validate_result': peselValid,
  'ZA_ID_NUMBER validate_result': (v) => zaIdValid(v),
  'ZA_ID_NUMBER _has_valid_birth_date': (v) => zaBirthDateValid(v),
  'TH_TNIN validate_result': thTninValid,
  'TR_NATIONAL_ID validate_result': trKimlikValid,
  'TR_LICENSE_PLATE validate_result': trPlateProvinceValid,
};

describe.runIf(hasCorpus('presidio_validation_cases.jsonl'))('Presidio validation cases', () => {
  const rows = readJsonl<ValidationCase>('presidio_validation_cases.jsonl')
    .filter((r) => `${r.entity} ${r.function}` in PRESIDIO_CHECKS);
  it('has cases for every checked function', () => {
    for (const k of Object.keys(PRESIDIO_CHECKS)) expect(rows.some((r) => `${r.entity} ${r.function}` === k), k).toBe(true);
  });
  it.each(rows.map((r) => [r.entity, r.input, r.expected, r.function] as const))(
    '%s %j → %s',
    (entity, input, expected, fn) => expect(PRESIDIO_CHECKS[`${entity} ${fn}`]!(input)).toBe(expected),
  );
});
