import { describe, expect, it } from 'vitest';
import { abnValid, acnValid, medicareValid, tfnValid } from '../src/detect/checksums/au.js';
import {
  bsnrKnownRegion, deTaxNumberUnifiedValid, deVatDigitsValid, kvnrValid, lanrValid, rvnrValid, steuerIdIssuedShape,
  steuerIdValid,
} from '../src/detect/checksums/de.js';
import { icao9303CheckDigit, icao9303Valid, icaoCharValue } from '../src/detect/checksums/icao9303.js';
import {
  aadhaarValid, gstinChecksumValid, gstinShapeValid, gstinStateCodeCommon, gstinStateCodeExtra, inVehicleStateCode,
  isPalindrome, panHolderTypeValid, panShapeValid,
} from '../src/detect/checksums/in.js';
import { verhoeffValid } from '../src/detect/checksums/verhoeff.js';
import { govDeValidators } from '../src/detect/validators/gov-de.js';
import { govInValidators } from '../src/detect/validators/gov-in.js';
import { govAuValidators } from '../src/detect/validators/gov-au.js';
import { hasCorpus, readJsonl } from './support/corpus.js';

describe('Australian checksums', () => {
  it.each([
    ['51824753556', true], // ATO's published example
    ['53004085616', true],
    ['83914571673', true],
    ['52824753556', false],
    ['51824753557', false],
    ['00000000560', false], // first digit 0 is never issued
    ['5182475355', false],
    ['518247535560', false],
  ])('ABN %s → %s', (n, ok) => expect(abnValid(n)).toBe(ok));

  // ASIC's published list of valid ACNs (every 250,000th number with its check digit).
  const asic = ['000000019', '000250000', '000500005', '000750005', '001000004', '001250004', '001500009', '001749999',
    '001999999', '002249998', '002499998', '002749993', '002999993', '003249992', '003499992', '003749988', '003999988',
    '004249987', '004499987', '004749982', '004999982', '005249981', '005499981', '005749986', '005999977', '006249976',
    '006499976', '006749980', '006999980', '007249989', '007499989', '007749975', '007999975', '008249974', '008499974',
    '008749979', '008999979', '009249969', '009499969', '009749964', '009999964', '010249966', '010499966', '010749961'];
  it('ACN: every number of the ASIC example list is valid', () => {
    expect(asic.filter((n) => !acnValid(n))).toEqual([]);
  });
  it('ACN: changing the check digit of an ASIC example makes it invalid', () => {
    for (const n of asic) {
      const bad = n.slice(0, 8) + String((Number(n[8]) + 1) % 10);
      expect(acnValid(bad), bad).toBe(false);
    }
  });
  it.each([
    ['824753557', false], ['00000018', false], ['0000000190', false], ['00000001a', false],
  ])('ACN %s → %s', (n, ok) => expect(acnValid(n)).toBe(ok));

  it.each([
    ['123456782', true], // ATO's published example
    ['876543210', true],
    ['123456789', false],
    ['824753557', false],
    ['12345678', false],
    ['1234567820', false],
  ])('TFN %s → %s', (n, ok) => expect(tfnValid(n)).toBe(ok));

  it.each([
    ['2123456701', true],
    ['21234567011', true], // with the individual reference number
    ['2123258701', false], // check digit wrong
    ['1123456701', false], // first digit must be 2-6
    ['7123456701', false],
    ['212345670', false],
    ['212345670221', false],
  ])('Medicare %s → %s', (n, ok) => expect(medicareValid(n)).toBe(ok));

  it.each([
    ['au_abn', '51 824 753 556', true],
    ['au_abn', '52 824 753 556', false],
    ['au_acn', '005 499 981', true],
    ['au_acn', '824 753 557', false],
    ['au_tfn', '876 543 210', true],
    ['au_tfn', '876-543-211', false],
    ['au_medicare', '2123 45670 1', true],
    ['au_medicare', '2123 25870 1', false],
  ] as const)('validator %s(%s) → %s', (name, v, ok) => expect(govAuValidators[name]!(v)).toBe(ok));
});

describe('ICAO 9303 check digits', () => {
  it('values characters 0-9, A-Z (either case) and the filler <', () => {
    expect([icaoCharValue(48), icaoCharValue(57), icaoCharValue(65), icaoCharValue(90), icaoCharValue(122), icaoCharValue(60)])
      .toEqual([0, 9, 10, 35, 35, 0]);
    expect(icaoCharValue(32)).toBe(-1);
  });
  it.each([
    ['L898902C3', 6], // ICAO Doc 9303 specimen (Anna Maria Eriksson): document number
    ['740812', 2], // … birth date
    ['120415', 9], // … expiry date
    ['L01X00T47', 1], // German ID card specimen (2021), MRZ L01X00T471
    ['C01X00T47', 8], // German passport specimen, MRZ C01X00T478
    ['T22000129', 3], // German ID card specimen (2010), MRZ T220001293
    ['L01X00T4', 4], // Presidio's test values treat the 9th character as the check digit
    ['C0123456', 5],
  ])('check digit of %s is %d', (field, check) => expect(icao9303CheckDigit(field)).toBe(check));
  it('counts the filler < as 0', () => {
    expect(icao9303CheckDigit('L01X<<T4')).toBe(icao9303CheckDigit('L01X00T4'));
  });
  it('rejects characters that cannot occur in an MRZ', () => {
    expect(icao9303CheckDigit('L01X-0T4')).toBe(-1);
    expect(icao9303Valid('L01X-0T44')).toBe(false);
  });
  it.each([
    ['L898902C36', true], ['L01X00T471', true], ['C01X00T478', true], ['T220001293', true], ['l01x00t471', true],
    ['L01X00T47', false], ['C01X00T477', false], ['T220001290', false], ['1', false], ['L01X00T47A', false],
  ])('icao9303Valid(%s) → %s', (v, ok) => expect(icao9303Valid(v)).toBe(ok));
});

describe('German checksums', () => {
  it.each([
    // python-stdnum's published test numbers, and Presidio's
    ['86095742719', true, true], ['47036892816', true, true], ['65929970489', true, true], ['57549285017', true, true],
    ['25768131411', true, true],
    ['12345678903', true, false], // checksum and count rule hold, but 10 distinct digits: a test value
    ['86095742718', false, true], // wrong check digit
    ['06095742719', false, false], // leading 0
    ['11112345678', false, false], // a digit 4 times
  ])('Steuer-ID %s valid=%s issuedShape=%s', (n, ok, shape) => {
    expect(steuerIdValid(n)).toBe(ok);
    expect(steuerIdIssuedShape(n)).toBe(shape);
  });
  it('Steuer-ID issued shape: a digit three times is allowed, but not in three adjacent places', () => {
    expect(steuerIdIssuedShape('1121345678')).toBe(true); // 1 three times, two adjacent
    expect(steuerIdIssuedShape('1112345678')).toBe(false); // 1 three times in a row
    expect(steuerIdIssuedShape('1122345678')).toBe(false); // two digits repeated
  });

  it.each([
    ['136695976', true], ['129273398', true], ['123456788', true], ['111111117', true],
    ['123456789', false], ['987654321', false], ['100000001', false], ['12345678', false],
  ])('USt-IdNr. digits %s → %s', (n, ok) => expect(deVatDigitsValid(n)).toBe(ok));

  it.each([
    ['A123456780', true], ['a123456780', true], ['Z999999997', true], ['M123456785', true],
    ['A123456787', false], ['1123456780', false], ['A12345678', false], ['Ä123456780', false],
  ])('KVNR %s → %s', (v, ok) => expect(kvnrValid(v)).toBe(ok));

  it.each([
    ['15070649C103', true], // DRV's documented example
    ['65070803A019', true],
    ['38551285K051', true], // day 55 = 05 + 50 supplement
    ['15070649C100', false],
    ['15070049C103', false], // day 00
    ['15071349C103', false], // month 13
    ['15320649C103', false], // day 32
    ['150706491103', false], // no letter
  ])('Rentenversicherungsnummer %s → %s', (v, ok) => expect(rvnrValid(v)).toBe(ok));

  it.each([
    ['123456601', true], ['999999901', true], ['100000601', true],
    ['123456901', false], ['100000401', false], ['12345660', false],
  ])('LANR %s → %s', (v, ok) => expect(lanrValid(v)).toBe(ok));

  it.each([
    ['9181081508155', true], // Bayern 181/815/08155 in the unified form
    ['2893081508152', true], // Baden-Württemberg 93815/08152
    ['5133081508159', true], // Nordrhein-Westfalen 133/8150/8159
    ['1121081508150', true], // Berlin 21/815/08150
    ['9181581508155', false], // 5th digit must be 0
    ['1781081508150', false], // no Land starts with 17
    ['918108150815', false],
  ])('unified Steuernummer %s → %s', (v, ok) => expect(deTaxNumberUnifiedValid(v)).toBe(ok));

  it('BSNR region prefixes are the Kassenärztliche Vereinigungen', () => {
    expect(['021234568', '521234567', '711234567', '981234567'].map(bsnrKnownRegion)).toEqual([true, true, true, true]);
    expect(['051234567', '991234567', '35123456'].map(bsnrKnownRegion)).toEqual([false, false, false]);
  });
});

describe('Indian checks', () => {
  it.each([
    ['312345678909', true], ['399876543211', true], ['400123456787', true],
    ['123456789012', false], // first digit 1
    ['312345678908', false], // Verhoeff fails
    ['31234567890', false],
  ])('Aadhaar %s → %s', (n, ok) => expect(aadhaarValid(n)).toBe(ok));
  it('Aadhaar rejects a Verhoeff-valid palindrome', () => {
    const pal = '200009900002';
    expect(isPalindrome(pal)).toBe(true);
    expect(verhoeffValid(pal)).toBe(true);
    expect(aadhaarValid(pal)).toBe(false);
  });

  it.each([
    ['27AAPFU0939F1ZV', true], ['24AAACC1206D1ZM', true], // published GSTINs
    ['27AAPFU0939F1ZW', false], ['27ABCDE1234F1Z5', false], ['27AAPFU0939F1Z', false], ['27aapfu0939f1zv', false],
  ])('GSTIN check character %s → %s', (g, ok) => expect(gstinChecksumValid(g)).toBe(ok));
  it('GSTIN shape and state codes', () => {
    expect(gstinShapeValid('27ABCDE1234F1Z5')).toBe(true);
    expect(gstinShapeValid('27ABCDE1234F1Y5')).toBe(false);
    expect(gstinShapeValid('27ABCDE1234F0Z5')).toBe(false); // entity number 0 is not issued
    expect(['01', '27', '37'].map(gstinStateCodeCommon)).toEqual([true, true, true]);
    expect(['00', '38', '99', '7'].map(gstinStateCodeCommon)).toEqual([false, false, false, false]);
    expect(['38', '97', '99', '39'].map(gstinStateCodeExtra)).toEqual([true, true, true, false]);
  });
  it('PAN shape and holder type', () => {
    expect(panShapeValid('ABCPD1234Z')).toBe(true);
    expect(panShapeValid('ABCD1234F')).toBe(false);
    expect(panHolderTypeValid('ABCPD1234Z')).toBe(true);
    expect(panHolderTypeValid('ABCND1234Z')).toBe(false); // N is no holder type
  });
  it('vehicle state codes', () => {
    expect(['KA', 'DL', 'MH', 'TG', 'OD'].map(inVehicleStateCode)).toEqual([true, true, true, true, true]);
    expect(['AB', 'XX', 'ka', 'I'].map(inVehicleStateCode)).toEqual([false, false, false, false]);
  });
});

/** One row of Presidio's checksum unit cases. */
interface ValidationRow {
  entity: string;
  function: string;
  input: string | number;
  expected: boolean | null | string;
  recognizer_config?: { strict_checksum?: boolean };
  case_insensitive_arg?: boolean;
}

/**
 * Where scrubline's validator answers differently from Presidio's on purpose: input → [our answer, why].
 * `null` keeps the candidate at its base score (reported only with context); `false` drops it.
 */
const DEVIATIONS: Record<string, Record<string, [boolean | null, string]>> = {
  DE_ID_CARD: {
    L01X00T44: [null, 'the printed 9-character number carries no check digit (the MRZ appends it)'],
    C01234565: [null, 'the printed 9-character number carries no check digit'],
    CZ6311T03: [null, 'the printed 9-character number carries no check digit'],
    G00000002: [null, 'the printed 9-character number carries no check digit'],
    l01x00t44: [null, 'the printed 9-character number carries no check digit'],
    L01X00T47: [null, 'this is the real specimen number (MRZ L01X00T471): kept'],
    C01234567: [null, 'no check digit to fail: kept at base score'],
    T22000129: [null, 'the older specimen, same rule'],
    T00000000: [null, 'same rule'],
  },
  DE_PASSPORT: {
    C01234565: [null, 'the printed 9-character number carries no check digit (the MRZ appends it)'],
    F12345671: [null, 'same rule'],
    L01X00T44: [null, 'same rule'],
    CZ6311T03: [null, 'same rule'],
    G00000002: [null, 'same rule'],
    C01X00T41: [null, 'same rule'],
    c01234565: [null, 'same rule'],
    C01234567: [null, 'no check digit to fail: kept at base score'],
    L01X00T47: [null, 'the ID card specimen number, kept at base score'],
  },
  DE_TAX_ID: {
    12345678903: [null, '10 distinct digits break the issuing rule: a test value, kept at base score'],
    98765432106: [null, '10 distinct digits break the issuing rule: a test value, kept at base score'],
  },
  DE_BSNR: {
    '021234568': [true, 'known KV region 02'],
    '521234567': [true, 'known KV region 52'],
    '711234567': [true, 'known KV region 71'],
  },
  DE_VAT_ID: {
    'de 136-695.976': [null, 'lower-case "de" + separator also occurs in Romance-language prose: not strong'],
  },
  IN_GSTIN: {
    '27ABCDE1234F1Z5': [null, 'shape and state code hold but the check character does not: kept at base score'],
    '07PQRST6789K1Z2': [null, 'same rule'],
    '01ABCDE1234F1Z5': [null, 'same rule'],
    '37ABCDE1234F1Z5': [null, 'same rule'],
  },
};

const VALIDATOR_OF: Record<string, (v: string) => boolean | null> = {
  DE_BSNR: govDeValidators.de_bsnr!,
  DE_HEALTH_INSURANCE: govDeValidators.de_kvnr!,
  DE_ID_CARD: govDeValidators.de_id_document!,
  DE_PASSPORT: govDeValidators.de_id_document!,
  DE_LANR: govDeValidators.de_lanr!,
  DE_SOCIAL_SECURITY: govDeValidators.de_rvnr!,
  DE_TAX_ID: govDeValidators.de_tax_id!,
  DE_VAT_ID: govDeValidators.de_vat_id!,
  IN_GSTIN: govInValidators.in_gstin!,
};

describe.runIf(hasCorpus('presidio_validation_cases.jsonl'))('Presidio checksum cases for IN, AU and DE', () => {
  const rows = readJsonl<ValidationRow>('presidio_validation_cases.jsonl')
    .filter((r) => /^(IN|AU|DE)_/.test(r.entity) && !r.recognizer_config?.strict_checksum);

  const validateRows = rows.filter((r) => r.function === 'validate_result');
  it('covers every DE type with a validator, and GSTIN', () => {
    expect(new Set(validateRows.map((r) => r.entity))).toEqual(new Set(Object.keys(VALIDATOR_OF)));
    expect(validateRows.length).toBeGreaterThan(90);
  });
  it.each(validateRows.map((r) => [r.entity, String(r.input), r.expected] as const))(
    '%s validator(%j): Presidio says %s',
    (entity, input, expected) => {
      const deviation = DEVIATIONS[entity]?.[input];
      expect(VALIDATOR_OF[entity]!(input)).toBe(deviation ? deviation[0] : expected);
    },
  );
  it('every listed deviation is a real row (the list stays true)', () => {
    for (const [entity, byInput] of Object.entries(DEVIATIONS)) {
      for (const input of Object.keys(byInput)) {
        expect(validateRows.some((r) => r.entity === entity && String(r.input) === input), `${entity} ${input}`).toBe(true);
      }
    }
  });

  it.each(rows.filter((r) => r.function === '_is_verhoeff_number').map((r) => [String(r.input), r.expected] as const))(
    'Verhoeff %s → %s', (input, expected) => expect(verhoeffValid(input)).toBe(expected));
  it.each(rows.filter((r) => r.function === '_is_palindrome').map((r) => [r.input as string, r.case_insensitive_arg ?? false, r.expected] as const))(
    'palindrome %s (ignore case: %s) → %s', (input, ci, expected) => expect(isPalindrome(input, ci)).toBe(expected));
  it.each(rows.filter((r) => r.function === '_validate_pan_format').map((r) => [r.input as string, r.expected] as const))(
    'PAN shape %s → %s', (input, expected) => expect(panShapeValid(input)).toBe(expected));
});
