import { describe, expect, it } from 'vitest';
import { hasCorpus, readJsonl } from './support/corpus.js';
import { abaChecksumValid, abaPrefixValid, abaValid } from '../src/detect/checksums/aba.js';
import { cardIinKnown } from '../src/detect/checksums/card-iin.js';
import {
  base58CheckValid, bech32Decode, bitcoinAddressValid, bitcoinBase58AddressValid, segwitAddressValid,
} from '../src/detect/checksums/crypto.js';
import { isCountryCode } from '../src/detect/checksums/country-codes.js';
import {
  IBAN_COUNTRIES, bbanFields, bbanStructureValid, ibanCheckDigits, ibanLength, ibanMod97, ibanValid,
} from '../src/detect/checksums/iban.js';
import { luhnValid } from '../src/detect/checksums/luhn.js';
import { bicValid } from '../src/detect/checksums/swift.js';
import { financialValidators } from '../src/detect/validators/financial.js';

const compact = (s: string) => s.replace(/ /g, '');

/** The example IBAN of each country as printed in the SWIFT IBAN registry. */
const REGISTRY_EXAMPLES = [
  'AD12 0001 2030 2003 5910 0100', 'AE07 0331 2345 6789 0123 456', 'AL47 2121 1009 0000 0002 3569 8741',
  'AT61 1904 3002 3457 3201', 'AZ21 NABZ 0000 0000 1370 1000 1944', 'BA39 1290 0794 0102 8494',
  'BE68 5390 0754 7034', 'BG80 BNBG 9661 1020 3456 78', 'BH67 BMAG 0000 1299 1234 56',
  'BI42 1000 0100 0100 0033 2045 181', 'BR18 0036 0305 0000 1000 9795 493C 1', 'BY13 NBRB 3600 9000 0000 2Z00 AB00',
  'CH93 0076 2011 6238 5295 7', 'CR05 0152 0200 1026 2840 66', 'CY17 0020 0128 0000 0012 0052 7600',
  'CZ65 0800 0000 1920 0014 5399', 'DE89 3704 0044 0532 0130 00', 'DK50 0040 0440 1162 43',
  'DO28 BAGR 0000 0001 2124 5361 1324', 'EE38 2200 2210 2014 5685', 'EG38 0019 0005 0000 0000 2631 8000 2',
  'ES91 2100 0418 4502 0005 1332', 'FI21 1234 5600 0007 85', 'FO62 6460 0001 6316 34',
  'FR14 2004 1010 0505 0001 3M02 606', 'GB29 NWBK 6016 1331 9268 19', 'GB82 WEST 1234 5698 7654 32',
  'GE29 NB00 0000 0101 9049 17', 'GI75 NWBK 0000 0000 7099 453', 'GL89 6471 0001 0002 06',
  'GR16 0110 1250 0000 0001 2300 695', 'GT82 TRAJ 0102 0000 0012 1002 9690', 'HR12 1001 0051 8630 0016 0',
  'HU42 1177 3016 1111 1018 0000 0000', 'IE29 AIBK 9311 5212 3456 78', 'IL62 0108 0000 0009 9999 999',
  'IQ98 NBIQ 8501 2345 6789 012', 'IS14 0159 2600 7654 5510 7303 39', 'IT60 X054 2811 1010 0000 0123 456',
  'JO94 CBJO 0010 0000 0000 0131 0003 02', 'KW81 CBKU 0000 0000 0000 1234 5601 01', 'KZ86 125K ZT50 0410 0100',
  'LB62 0999 0000 0001 0019 0122 9114', 'LC55 HEMM 0001 0001 0012 0012 0002 3015', 'LI21 0881 0000 2324 013A A',
  'LT12 1000 0111 0100 1000', 'LU28 0019 4006 4475 0000', 'LV80 BANK 0000 4351 9500 1',
  'LY83 0020 4800 0020 1001 2036 1', 'MC58 1122 2000 0101 2345 6789 030', 'MD24 AG00 0225 1000 1310 4168',
  'ME25 5050 0001 2345 6789 51', 'MK07 2501 2000 0058 984', 'MR13 0002 0001 0100 0012 3456 753',
  'MT84 MALT 0110 0001 2345 MTLC AST0 01S', 'MU17 BOMM 0101 1010 3030 0200 000M UR', 'NL91 ABNA 0417 1643 00',
  'NO93 8601 1117 947', 'PK36 SCBL 0000 0011 2345 6702', 'PL61 1090 1014 0000 0712 1981 2874',
  'PS92 PALS 0000 0000 0400 1234 5670 2', 'PT50 0002 0123 1234 5678 9015 4', 'QA58 DOHB 0000 1234 5678 90AB CDEF G',
  'RO49 AAAA 1B31 0075 9384 0000', 'RS35 2600 0560 1001 6113 79', 'SA03 8000 0000 6080 1016 7519',
  'SC18 SSCB 1101 0000 0000 0000 1497 USD', 'SD21 2901 0501 2340 01', 'SE45 5000 0000 0583 9825 7466',
  'SI56 2633 0001 2039 086', 'SK31 1200 0000 1987 4263 7541', 'SM86 U032 2509 8000 0000 0270 100',
  'ST23 0001 0001 0051 8453 1014 6', 'SV62 CENR 0000 0000 0000 0070 0025', 'TL38 0080 0123 4567 8910 157',
  'TN59 1000 6035 1835 9847 8831', 'TR33 0006 1005 1978 6457 8413 26', 'UA21 3223 1300 0002 6007 2335 6600 1',
  'VA59 0011 2300 0012 3456 78', 'VG96 VPVG 0000 0123 4567 8901', 'XK05 1212 0123 4567 8906',
];

/** A structurally valid BBAN for a country: each field filled with a fixed pattern of its class. */
function sampleBban(country: string): string {
  let out = '';
  let k = 0;
  for (const f of bbanFields(country)!) {
    for (let i = 0; i < f.count; i++, k++) out += f.kind === 'a' ? 'ABCDEFGHJK'[k % 10] : String((k * 7 + 3) % 10);
  }
  return out;
}

describe('IBAN (ISO 13616, MOD 97-10)', () => {
  it('knows every country of the registry with its length', () => {
    expect(IBAN_COUNTRIES.length).toBe(89);
    for (const c of IBAN_COUNTRIES) expect(isCountryCode(c), c).toBe(true);
    expect([ibanLength('NO'), ibanLength('BE'), ibanLength('DE'), ibanLength('FR'), ibanLength('MT'), ibanLength('LC'), ibanLength('RU')])
      .toEqual([15, 16, 22, 27, 31, 32, 33]);
    expect(ibanLength('US')).toBeUndefined();
  });

  it.each(REGISTRY_EXAMPLES)('registry example %s is valid', (iban) => {
    expect(ibanValid(compact(iban))).toBe(true);
    expect(ibanLength(iban.slice(0, 2))).toBe(compact(iban).length);
  });

  it('rejects each registry example with one digit changed, a character dropped or added', () => {
    for (const iban of REGISTRY_EXAMPLES) {
      const c = compact(iban);
      const last = c.charCodeAt(c.length - 1);
      const changed = c.slice(0, -1) + (last >= 48 && last <= 57 ? String((last - 48 + 1) % 10) : last === 90 ? 'A' : String.fromCharCode(last + 1));
      expect(ibanValid(changed), changed).toBe(false);
      expect(ibanValid(c.slice(0, -1)), c).toBe(false);
      expect(ibanValid(`${c}0`), c).toBe(false);
    }
  });

  it('builds a valid IBAN for every registry country from its structure and check digits', () => {
    for (const c of IBAN_COUNTRIES) {
      const bban = sampleBban(c);
      expect(bbanStructureValid(c, bban), c).toBe(true);
      const iban = c + ibanCheckDigits(c, bban) + bban;
      expect(iban.length, c).toBe(ibanLength(c));
      expect(ibanValid(iban), iban).toBe(true);
      expect(ibanMod97(iban)).toBe(1);
    }
  });

  it.each([
    ['GB82WEST12345698765432', true],
    ['GB82west12345698765432', false], // the check takes upper case only (the validator upper-cases)
    ['GB00WEST12345698765432', false], // check digits 00 never issued
    ['GB99WEST12345698765432', false],
    ['GB821EST12345698765432', false], // bank code must be letters
    ['NL91ABNA0417164300', true],
    ['NL911BNA0417164300', false], // letter field holds a digit (Presidio: NL91 1BNA ...)
    ['US12345678901234567890', false], // no IBAN country
    ['AB150120690000003111141', false], // not a country
    ['DE8937040044053201300', false], // one short
    ['', false],
  ])('%s → %s', (iban, ok) => expect(ibanValid(iban)).toBe(ok));

  it('recomputes the registry check digits', () => {
    expect(ibanCheckDigits('GB', 'WEST12345698765432')).toBe('82');
    expect(ibanCheckDigits('DE', '370400440532013000')).toBe('89');
    expect(ibanCheckDigits('BE', '539007547034')).toBe('68');
  });

  it.runIf(hasCorpus('presidio_cases.jsonl'))('agrees with the IBAN-only texts of Presidio test cases', () => {
    const rows = readJsonl<{ entity: string; text: string; expected_count: number }>('presidio_cases.jsonl')
      .filter((r) => r.entity === 'IBAN_CODE' && /^[A-Z]{2}\d{2}(?:[A-Z0-9]{8,40}|(?: [A-Z0-9]{1,4}){2,10})$/.test(r.text));
    expect(rows.length).toBeGreaterThan(250);
    for (const r of rows) expect(ibanValid(compact(r.text)), r.text).toBe(r.expected_count === 1);
  });
});

describe('IBAN validator (separators and case)', () => {
  const v = financialValidators.iban!;
  it.each([
    ['GB82 WEST 1234 5698 7654 32', true],
    ['GB82-WEST-1234-5698-7654-32', true],
    ['GB82WEST12345698765432', true],
    ['gb82west12345698765432', null], // all lower case: valid, base score
    ['gb82 west 1234 5698 7654 32', null],
    ['GB82 west 1234 5698 7654 32', false], // mixed case
    ['LV80 bANK 0000 4351 9500 1', false], // Presidio: mixed case is no IBAN
    ['GB82 WEST-1234 5698 7654 32', false], // mixed separators
    ['GB82 WEST 1234 5698 7654 33', false],
  ])('%s → %s', (text, expected) => expect(v(text)).toBe(expected));
});

describe('Payment cards (Luhn + issuer ranges)', () => {
  /** Published test numbers of the card networks and gateways. */
  const TEST_CARDS = [
    '4111111111111111', '4012888888881881', '4222222222222', '5555555555554444', '5105105105105100',
    '2221000000000009', '378282246310005', '371449635398431', '6011111111111117', '6011000990139424',
    '3530111333300000', '3566002020360505', '30569309025904', '38520000023237', '6759649826438453',
    '5019717010103742', '6200000000000005', '122000000000003',
  ];
  it.each(TEST_CARDS)('test card %s: Luhn-valid, known issuer, validator true', (card) => {
    expect(luhnValid(card)).toBe(true);
    expect(cardIinKnown(card)).toBe(true);
    expect(financialValidators.credit_card!(card)).toBe(true);
  });

  it.each([
    ['4111 1111 1111 1111', true],
    ['4111-1111-1111-1111', true],
    ['3714 496353 98431', true], // Amex 4-6-5
    ['4111 1111-1111 1111', false], // mixed separators
    ['4111111111111112', false], // Luhn fails
    ['4012-8888-8888-1882', false],
    ['36168002586008', false], // Presidio: Luhn fails
    ['1748503543012', false], // Presidio: Luhn-valid, no issuer range
    ['0000000000000000', false], // one repeated digit
    ['3598899323053410', null], // Luhn-valid 35xx outside JCB's 3528-3589: needs context
    ['7000000000000008', false], // Luhn-valid, no card industry digit
    ['41111111111111111111', false], // 20 digits
  ])('%s → %s', (text, expected) => expect(financialValidators.credit_card!(text)).toBe(expected));

  it.each([
    ['4111111111111111', true], ['411111111111111', false], // Visa is 13, 16 or 19 digits
    ['341111111111111', true], ['3411111111111111', false], // Amex 15
    ['2720991234567890', true], ['2721001234567890', false], // Mastercard 2-series ends at 2720
    ['3528000000000000', true], ['3527000000000000', false], // JCB starts at 3528
    ['501800000000', true], // Maestro 12 digits
  ])('issuer range of %s → %s', (digits, ok) => expect(cardIinKnown(digits)).toBe(ok));
});

describe('ABA routing number', () => {
  it.each([
    ['021000021', true], // JPMorgan Chase, New York
    ['011000015', true], // Federal Reserve Bank of Boston
    ['121000358', true], // Presidio case
    ['121042882', true], // Presidio case
    ['322271627', true], // Presidio case 3222-7162-7
    ['071101307', true], // Presidio case 0711-0130-7
    ['421042111', false], // Presidio decoy
    ['123400000', false], // Presidio decoy 1234-0000-0
    ['123456789', false],
    ['000000000', false], // checksum holds, but one repeated digit
    ['021000022', false],
    ['02100002', false],
  ])('%s → %s', (digits, ok) => expect(abaValid(digits)).toBe(ok));

  it('separates the checksum from the routing-symbol prefix', () => {
    expect(abaChecksumValid('421042111')).toBe(false);
    expect(abaPrefixValid('421042111')).toBe(false);
    expect(abaChecksumValid('500000005')).toBe(true);
    expect(abaPrefixValid('500000005')).toBe(false); // prefix 50 is not assigned
    expect(financialValidators.us_bank_routing!('0711-0130-7')).toBe(true);
    expect(financialValidators.us_bank_routing!('500000005')).toBe(false);
  });
});

describe('Bitcoin addresses', () => {
  it.each([
    ['1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa', true], // genesis block address
    ['16Yeky6GMjeNkAiNcBY7ZhrLoMSgg1BoyZ', true], // Presidio case
    ['3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy', true], // BIP-16 P2SH example
    ['1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNb', false], // last character changed
    ['16Yeky6GMjeNkAiNcBY7ZhrLoMSgg1BoyZ2', false], // Presidio: one character too many
    ['1A1zP1eP5QGefi2DMPTfTL5SLmv7Divf0a', false], // 0 is not Base58
  ])('Base58Check %s → %s', (addr, ok) => {
    expect(bitcoinBase58AddressValid(addr)).toBe(ok);
    expect(bitcoinAddressValid(addr)).toBe(ok);
  });

  it('checks the version byte as well as the checksum', () => {
    // a valid Base58Check string whose version byte is 0x6f (testnet), not mainnet 0x00/0x05
    expect(base58CheckValid('mipcBbFg9gMiCh81Kj8tqqdgoZub1ZJRfn')).toBe(true);
    expect(bitcoinBase58AddressValid('mipcBbFg9gMiCh81Kj8tqqdgoZub1ZJRfn')).toBe(false);
  });

  // BIP-350 test vectors (segwit addresses), restricted to mainnet `bc`
  it.each([
    ['BC1QW508D6QEJXTDG4Y5R3ZARVARY0C5XW7KV8F3T4', true],
    ['bc1pw508d6qejxtdg4y5r3zarvary0c5xw7kw508d6qejxtdg4y5r3zarvary0c5xw7kt5nd6y', true],
    ['BC1SW50QGDZ25J', true],
    ['bc1zw508d6qejxtdg4y5r3zarvaryvaxxpcs', true],
    ['bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqzk5jj0', true],
    ['bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq', true], // Presidio case
    ['bc1p5d7rjq7g6rdk2yhzks9smlaqtedr4dekq08ge8ztwac72sfr9rusxg3297', true], // Presidio case
    ['tb1qrp33g0q5c5txsp9arysrx4k6zdkfs4nce4xj0gdcccefvpysxf3q0sl5k7', false], // valid, but testnet
    ['tc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vq5zuyut', false], // invalid human-readable part
    ['bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqh2y7hd', false], // Bech32 instead of Bech32m
    ['BC1S0XLXVLHEMJA6C4DQV22UAPCTQUPFHLXM9H8Z3K2E72Q4K9HCZ7VQ54WELL', false], // Bech32 instead of Bech32m
    ['bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kemeawh', false], // Bech32m instead of Bech32
    ['bc1p38j9r5y49hruaue7wxjce0updqjuyyx0kh56v8s25huc6995vvpql3jow4', false], // invalid checksum character
    ['BC130XLXVLHEMJA6C4DQV22UAPCTQUPFHLXM9H8Z3K2E72Q4K9HCZ7VQ7ZWS8R', false], // witness version 17
    ['bc1pw5dgrnzv', false], // program of 1 byte
    ['bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7v8n0nx0muaewav253zgeav', false], // 41 bytes
    ['BC1QR508D6QEJXTDG4Y5R3ZARVARYV98GJ9P', false], // v0 program of 16 bytes
    ['bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7v07qwwzcrf', false], // more than 4 padding bits
    ['bc1gmk9yu', false], // empty data
  ])('segwit %s → %s', (addr, ok) => {
    expect(segwitAddressValid(addr)).toBe(ok);
    expect(bitcoinAddressValid(addr)).toBe(ok);
  });

  it('decodes Bech32 and Bech32m strings (BIP-173/350 generic vectors)', () => {
    expect(bech32Decode('A12UEL5L')?.encoding).toBe('bech32');
    expect(bech32Decode('abcdef1qpzry9x8gf2tvdw0s3jn54khce6mua7lmqqqxw')?.encoding).toBe('bech32');
    expect(bech32Decode('A1LQFN3A')?.encoding).toBe('bech32m');
    expect(bech32Decode('abcdef1l7aum6echk45nj3s0wdvt2fg8x9yrzpqzd3ryx')?.encoding).toBe('bech32m');
    expect(bech32Decode('split1checkupstagehandshakeupstreamerranterredcaperredlc445v')?.encoding).toBe('bech32m');
    for (const bad of ['pzry9x0s0muk', '1pzry9x0s0muk', 'x1b4n0q5v', 'li1dgmt3', 'A1G7SGD8', 'M1VUXWEZ', 'a12UEL5L', 'in1muywd']) {
      expect(bech32Decode(bad), bad).toBeUndefined();
    }
  });

  it.runIf(hasCorpus('presidio_cases.jsonl'))('agrees with the single-address texts of Presidio test cases', () => {
    const rows = readJsonl<{ entity: string; text: string; expected_count: number }>('presidio_cases.jsonl')
      .filter((r) => r.entity === 'CRYPTO' && /^\S+$/.test(r.text));
    expect(rows.length).toBeGreaterThanOrEqual(6);
    for (const r of rows) expect(bitcoinAddressValid(r.text), r.text).toBe(r.expected_count === 1);
  });
});

describe('SWIFT/BIC', () => {
  it.each([
    ['DEUTDEFF', true],
    ['DEUTDEFF500', true],
    ['NWBKGB2L', true],
    ['BOFAUS3N', true],
    ['CHASUS33XXX', true],
    ['DEUTZZFF', false], // ZZ is no country
    ['BUSINESS', true], // structurally fine (NE is Niger): why context is needed
    ['QUESTION', false], // TI is no country
    ['DEUTDEFFX12', false], // a branch starting with X must be XXX
    ['deutdeff', false], // lower case
    ['DEUT1EFF', false], // bank code is letters
    ['DEUTDEF', false],
  ])('%s → %s', (bic, ok) => {
    expect(bicValid(bic)).toBe(ok);
    expect(financialValidators.swift_bic!(bic)).toBe(ok);
  });
});
