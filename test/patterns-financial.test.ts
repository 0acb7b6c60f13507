import { describe, expect, it } from 'vitest';
import { IBAN_COUNTRIES, bbanFields, ibanCheckDigits, ibanLength } from '../src/detect/checksums/iban.js';
import type { Finding } from '../src/index.js';
import { patternFamily, recheckStatus, show } from './support/family.js';

const TYPES = ['CREDIT_CARD', 'IBAN', 'SWIFT_BIC', 'CRYPTO_WALLET', 'US_BANK_ROUTING', 'ACCOUNT_NUMBER', 'CARD_EXPIRY', 'CARD_CVV', 'PIN'];
const { patterns: FAMILY, scan } = patternFamily('financial.json', TYPES);


/** A structurally valid BBAN for a country: each field filled with a fixed pattern of its class. */
function sampleBban(country: string): string {
  let out = '';
  let k = 0;
  for (const f of bbanFields(country)!) {
    for (let i = 0; i < f.count; i++, k++) out += f.kind === 'a' ? 'ABCDEFGHJK'[k % 10] : String((k * 7 + 3) % 10);
  }
  return out;
}



/** Text → the findings expected at the default minScore (0.5), as `TYPE:value`. */
const FOUND: [string, string[]][] = [
  ['4111 1111 1111 1111', ['CREDIT_CARD:4111 1111 1111 1111']],
  ['card number 4111-1111-1111-1111 please', ['CREDIT_CARD:4111-1111-1111-1111']],
  ['my visa is 4012888888881881.', ['CREDIT_CARD:4012888888881881']],
  ['amex 3714 496353 98431', ['CREDIT_CARD:3714 496353 98431']],
  ['diners 3056 930902 5904', ['CREDIT_CARD:3056 930902 5904']],
  ['4012888888881881 4012-8888-8888-1881 4012 8888 8888 1881',
    ['CREDIT_CARD:4012888888881881', 'CREDIT_CARD:4012-8888-8888-1881', 'CREDIT_CARD:4012 8888 8888 1881']],
  ['card 4111 1111 1111 1111 123 exp 12/25', ['CREDIT_CARD:4111 1111 1111 1111', 'CARD_EXPIRY:12/25']],
  ['my credit card: 122000000000003', ['CREDIT_CARD:122000000000003']],
  ['card number 3598899323053410 is lost', ['CREDIT_CARD:3598899323053410']], // unknown 35xx range: context needed
  ['IBAN GB82 WEST 1234 5698 7654 32', ['IBAN:GB82 WEST 1234 5698 7654 32']],
  ['pay to DE89370400440532013000 today', ['IBAN:DE89370400440532013000']],
  ['Dash as iban separator: AL47-2121-1009-0000-0002-3569-8741', ['IBAN:AL47-2121-1009-0000-0002-3569-8741']],
  ['this is an iban VG96 VPVG 0000 0123 4567 8901 X in a sentence', ['IBAN:VG96 VPVG 0000 0123 4567 8901']],
  ['my iban is gb82west12345698765432', ['IBAN:gb82west12345698765432']], // lower case: base 0.6
  ['SWIFT code DEUTDEFF', ['SWIFT_BIC:DEUTDEFF']],
  ['BIC NWBKGB2L or SWIFT DEUTDEFF500', ['SWIFT_BIC:NWBKGB2L', 'SWIFT_BIC:DEUTDEFF500']],
  ['send btc to 1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa', ['CRYPTO_WALLET:1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa']],
  ['3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy', ['CRYPTO_WALLET:3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy']],
  ['wallet bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq.', ['CRYPTO_WALLET:bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq']],
  ['BC1QW508D6QEJXTDG4Y5R3ZARVARY0C5XW7KV8F3T4', ['CRYPTO_WALLET:BC1QW508D6QEJXTDG4Y5R3ZARVARY0C5XW7KV8F3T4']],
  ['routing number is: 101205681', ['US_BANK_ROUTING:101205681']],
  ['ABA 0711-0130-7', ['US_BANK_ROUTING:0711-0130-7']],
  ['my bank account number is 912803456', ['ACCOUNT_NUMBER:912803456']],
  ['checking acct 0012345678901', ['ACCOUNT_NUMBER:0012345678901']],
  ['my card expires 03/2027', ['CARD_EXPIRY:03/2027']],
  ['expiration date: 11-26', ['CARD_EXPIRY:11-26']],
  ['valid thru 1/28', ['CARD_EXPIRY:1/28']],
  ['the cvv is 482', ['CARD_CVV:482']],
  ['CVC2: 0193', ['CARD_CVV:0193']],
  ['security code on the back is 773', ['CARD_CVV:773']],
  ['my PIN is 4821', ['PIN:4821']],
  ['passcode: 90210417', ['PIN:90210417']],
];

/** Decoys: checksum failures, order numbers, phone numbers, prices, long digit runs, words. */
const NOT_FOUND: string[] = [
  '4111111111111112', // Luhn fails
  'my credit card number is 4012-8888-8888-1882',
  '1748503543012', // Luhn-valid, no issuer
  'order 7000000000000008 shipped', // Luhn-valid, no card industry
  '4111 1111-1111 1111', // mixed separators
  '1234 5678 9012 3456 7890', // 20 digits grouped: no card from its middle
  '41111111111111111111', // 20 digits
  'call me at 555-123-4567 or +1 415 555 0199',
  'your order number is 12345678 and it costs $1,234.56',
  'order 98765432101 ships on 12/25', // no expiry word, no account word
  'AL47 2121 1009 0000 0002 3569 8740', // check digits
  'AL47 212A 1009 0000 0002 3569 8741',
  'LV80 bANK 0000 4351 9500 1', // mixed case
  'GB82 WEST-1234 5698 7654 32', // mixed separators
  'IL15 0120 6900 0000 3111 0120 6900 0000 3111 141', // too long for IL
  'Slash as iban separator: AL47/2121/1009/0000/0002/3569/8741',
  "Dalla's Pizza | 3843 Peartree Road, Bamblee, SD 20241 440-600-5124",
  'DEUTDEFF', // a BIC shape without any context word
  'Please upgrade me to BUSINESS CLASS', // an upper-case word of BIC shape, no swift/bic in the text
  'the swift code is deutdeff', // lower case
  '16Yeky6GMjeNkAiNcBY7ZhrLoMSgg1BoyZ2', // one character too many
  '8f953371d3e85eddb89b05ed6b9e680791055315c73e1025ab5dba7bb2aee189',
  'bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kemeawh', // Bech32m checksum on a v0 program
  '121000358', // a valid ABA number alone: not enough
  'routing number 421042111', // checksum and prefix fail
  '912803456', // 9 digits alone are no account number
  'my account number is 1234567', // 7 digits
  'account 00000000', // one repeated digit
  'let me check order 12345678 for you', // "check" the verb is no account cue
  'the meeting is at 12/25', // no expiry word
  'expires in 30 days',
  'cvv is required', // no digits
  'my code is 482', // no cvv word
  'pin the tweet', // no digits
  'PIN: 123', // 3 digits
];

describe('financial patterns', () => {
  it.each(FOUND)('%s', (text, expected) => expect(show(text, scan(text))).toEqual(expected));
  it.each(NOT_FOUND)('no finding in %s', (text) => expect(show(text, scan(text))).toEqual([]));

  it('finds a valid IBAN of every registry country: compact, in 4s, with dashes, in a sentence', () => {
    for (const c of IBAN_COUNTRIES) {
      const bban = sampleBban(c);
      const iban = c + ibanCheckDigits(c, bban) + bban;
      const grouped = iban.replace(/(.{4})(?=.)/g, '$1 ');
      for (const form of [iban, grouped, grouped.replace(/ /g, '-'), iban.toLowerCase()]) {
        const text = `Please wire it to ${form}, thanks`;
        expect(show(text, scan(text, 0.5, ['IBAN'])), form).toEqual([`IBAN:${form}`]);
      }
      const wrong = c + ibanCheckDigits(c, bban) + bban.slice(0, -1) + (bban.endsWith('1') ? '2' : '1');
      expect(scan(wrong, 0, ['IBAN']), wrong).toEqual([]);
      expect(ibanLength(c)).toBe(iban.length);
    }
  });

  it('scores by evidence: checksum and issuer range high, context-only types low until a cue word', () => {
    const score = (text: string, type: string) => scan(text, 0, [type]).map((f) => Math.round(f.score * 100) / 100);
    expect(score('4111111111111111', 'CREDIT_CARD')).toEqual([0.9]);
    expect(score('card 4111111111111111', 'CREDIT_CARD')).toEqual([1]);
    expect(score('3598899323053410', 'CREDIT_CARD')).toEqual([0.3]);
    expect(score('GB82WEST12345698765432', 'IBAN')).toEqual([1]);
    expect(score('gb82west12345698765432', 'IBAN')).toEqual([0.6]);
    expect(score('swift transfers are slow, so the reference we got was DEUTDEFF', 'SWIFT_BIC')).toEqual([0.3]); // cue too far
    expect(score('the swift code is DEUTDEFF', 'SWIFT_BIC')).toEqual([0.65]);
    expect(score('121000358', 'US_BANK_ROUTING')).toEqual([0.3]);
    expect(score('routing 121000358', 'US_BANK_ROUTING')).toEqual([0.65]);
    expect(score('945456787654', 'ACCOUNT_NUMBER')).toEqual([0.15]);
    expect(score('account 945456787654', 'ACCOUNT_NUMBER')).toEqual([0.5]);
  });

  it('reports the group (the value), not the cue word', () => {
    const text = 'cvv2 is 123';
    expect(scan(text).map((f) => [f.start, f.end])).toEqual([[8, 11]]);
  });

  it('carries the country of US-specific findings', () => {
    expect(scan('routing number 021000021').map((f) => f.country)).toEqual(['US']);
    expect(scan('account number 0012345678').map((f) => f.country)).toEqual(['US']);
  });

  it('keeps every regex free of catastrophic backtracking (recheck)', { timeout: 600_000 }, () => {
    for (const p of FAMILY) expect(recheckStatus(p.source, p.re.flags.replace('g', '')), p.id).toBe('safe');
  });

  it('builds the IBAN regex from the registry table', () => {
    const byLen = new Map<number, string[]>();
    for (const c of IBAN_COUNTRIES) byLen.set(ibanLength(c)!, [...(byLen.get(ibanLength(c)!) ?? []), c]);
    const branches = [...byLen.keys()].sort((a, b) => a - b).map((len) => {
      const q = Math.floor((len - 4) / 4);
      const r = (len - 4) % 4;
      return `(?:${byLen.get(len)!.join('|')})\\d{2}(?:[ -]?[A-Z0-9]{4}){${q}}${r ? `[ -]?[A-Z0-9]{${r}}` : ''}`;
    });
    const iban = FAMILY.find((p) => p.id === 'iban')!;
    expect(iban.source).toBe(`(?<![A-Za-z0-9])(?:${branches.join('|')})(?![A-Za-z0-9])`);
  });
});
