/**
 * Contact-center conversation forms (patterns/conversation.json): partial numbers and
 * verification answers found by their cue, written or spoken. Each row gives the text
 * and the expected findings as [type, the exact words of the entity]; the span is
 * where those words occur, so cue words must stay outside the entity.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../src/index.js';
import { dateOfBirth, ssnSerial } from '../src/detect/validators/conversation.js';

/** The types the conversation patterns report (decoys must produce none of them). */
const TYPES = ['CREDIT_CARD', 'US_SSN', 'ACCOUNT_NUMBER', 'PHONE', 'CARD_CVV', 'CARD_EXPIRY', 'PIN', 'POSTAL_CODE', 'DATE'];

interface Found {
  type: string;
  start: number;
  end: number;
}

/** [type, start, end] of `words` in `text` (the first occurrence after `from`). */
function at(text: string, type: string, words: string, from = 0): Found {
  const start = text.indexOf(words, from);
  if (start < 0) throw new Error(`test table error: ${JSON.stringify(words)} is not in the text`);
  return { type, start, end: start + words.length };
}

function found(text: string): Found[] {
  return analyze(text, { entities: TYPES }).map((f) => ({ type: f.type, start: f.start, end: f.end }));
}

describe('partial numbers with a cue', () => {
  it.each([
    // noun-less "last four" / "ends with": a card, what callers verify most
    ['the last four digits are 4 2 4 2', 'CREDIT_CARD', '4 2 4 2'],
    ['the last four digits are 4242', 'CREDIT_CARD', '4242'],
    ['yeah the last 4 are 4242 thanks', 'CREDIT_CARD', '4242'],
    ['ends with 1111', 'CREDIT_CARD', '1111'],
    ['the one ending in eight eight two one', 'CREDIT_CARD', 'eight eight two one'],
    ['last four, four two four two', 'CREDIT_CARD', 'four two four two'],
    // card nouns
    ['card ending in one one one one', 'CREDIT_CARD', 'one one one one'],
    ['the visa ending in 4242 please', 'CREDIT_CARD', '4242'],
    ['last four of my card is one one one one', 'CREDIT_CARD', 'one one one one'],
    ['my debit card, the last four are 9 0 1 2', 'CREDIT_CARD', '9 0 1 2'],
    ['card number ending with double four two one', 'CREDIT_CARD', 'double four two one'],
    // SSN
    ['last four of my social is 8475', 'US_SSN', '8475'],
    ['the last four digits of my social security number are 8475', 'US_SSN', '8475'],
    ['my social security number, last four, 8475', 'US_SSN', '8475'],
    ['last four of the ssn would be eight four seven five', 'US_SSN', 'eight four seven five'],
    ['SSN ending in 0417', 'US_SSN', '0417'],
    // account
    ['the last four of the account is 1234', 'ACCOUNT_NUMBER', '1234'],
    ['my checking account ending in 5678', 'ACCOUNT_NUMBER', '5678'],
    ['account number ends with five six seven eight', 'ACCOUNT_NUMBER', 'five six seven eight'],
    // phone
    ['last four of my phone number are 0132', 'PHONE', '0132'],
    ['the number ending in oh one three two', 'PHONE', 'oh one three two'],
    ['cell phone ends in 7788', 'PHONE', '7788'],
  ])('%j → %s %j', (text, type, words) => {
    expect(found(text)).toEqual([at(text, type, words)]);
  });

  it('scores a cued partial number high (≥ 0.8), a typed noun above the noun-less form', () => {
    const card = analyze('card ending in 4242')[0];
    const bare = analyze('ends with 4242')[0];
    const ssn = analyze('last four of my social is 8475')[0];
    expect(card?.score).toBeGreaterThanOrEqual(0.85);
    expect(ssn?.score).toBeGreaterThanOrEqual(0.85);
    expect(bare?.score).toBeGreaterThanOrEqual(0.8);
    expect(bare!.score).toBeLessThan(card!.score);
  });

  it('carries the country of the SSN', () => {
    expect(analyze('last four of my social is 8475')[0]?.country).toBe('US');
  });
});

describe('verification answers with a cue', () => {
  it.each([
    // CVV (cvv/security code come from financial.json, the spoken cues from conversation.json)
    ['cvv is 123', 'CARD_CVV', '123'],
    ['security code three four five', 'CARD_CVV', 'three four five'],
    ['the three digit code on the back is 123', 'CARD_CVV', '123'],
    ['and the security number is seven seven one', 'CARD_CVV', 'seven seven one'],
    // expiry
    ['it expires oh nine twenty seven', 'CARD_EXPIRY', 'oh nine twenty seven'],
    ['exp 09/27', 'CARD_EXPIRY', '09/27'],
    ['expiration date is nine twenty six', 'CARD_EXPIRY', 'nine twenty six'],
    ['expires 12 27', 'CARD_EXPIRY', '12 27'],
    ['expires oh nine slash twenty seven', 'CARD_EXPIRY', 'oh nine slash twenty seven'],
    ['it expires september twenty twenty seven', 'CARD_EXPIRY', 'september twenty twenty seven'],
    // PIN (financial.json; spaced digits through the spoken view)
    ['my pin is 4 8 1 5', 'PIN', '4 8 1 5'],
    ['pin number is four eight one five', 'PIN', 'four eight one five'],
    // ZIP
    ['my zip is nine four one oh seven', 'POSTAL_CODE', 'nine four one oh seven'],
    ['zip code over there is 94107', 'POSTAL_CODE', '94107'],
    // date of birth
    ['date of birth is the fourteenth of march nineteen eighty five', 'DATE', 'fourteenth of march nineteen eighty five'],
    ['dob 03/14/1985', 'DATE', '03/14/1985'],
    ['I was born on march fourteenth', 'DATE', 'march fourteenth'],
    ['born on the twenty first of may 1990', 'DATE', 'twenty first of may 1990'],
    ['my birthday is oh three fourteen eighty five', 'DATE', 'oh three fourteen eighty five'],
    ['date of birth march fourteenth nineteen eighty five', 'DATE', 'march fourteenth nineteen eighty five'],
    ['I was born in 1985', 'DATE', '1985'],
  ])('%j → %s %j', (text, type, words) => {
    expect(found(text)).toEqual([at(text, type, words)]);
  });

  it('reports a spoken ZIP as a US postal code', () => {
    const f = analyze('my zip is nine four one oh seven');
    expect(f.map((x) => [x.type, x.country])).toEqual([['POSTAL_CODE', 'US']]);
    expect(f[0]!.score).toBeGreaterThanOrEqual(0.8);
  });

  it('scores a spoken expiry and date of birth high', () => {
    expect(analyze('expires oh nine twenty seven')[0]!.score).toBeGreaterThanOrEqual(0.8);
    expect(analyze('born on march fourteenth')[0]!.score).toBeGreaterThanOrEqual(0.8);
  });
});

describe('decoys: numbers and number words that are not verification answers', () => {
  it.each([
    "I've been waiting four hours",
    'order 1111',
    'the last four years',
    'in the last four years, 2019 was the best',
    'the last four orders cost 1234 dollars',
    'my order number ends in 1234',
    'the tracking number ending in 5521',
    'the lease ends in 2025',
    'it ends with 2019',
    'ssn ending in 0000',
    'I have been waiting for 4 hours',
    'the offer expires in 30 days',
    'one one one one',
    'we close at five thirty',
    'born on a tuesday',
    'my birthday is february thirtieth',
    'date of birth 02/30/1985',
    'expires in two weeks',
  ])('%j', (text) => {
    expect(found(text)).toEqual([]);
  });
});

describe('validators', () => {
  it.each([
    ['8475', true],
    ['0001', true],
    ['0000', false],
  ])('ssn serial %j → %s', (v, ok) => {
    expect(ssnSerial(v)).toBe(ok);
  });

  it.each([
    ['03/14/1985', true],
    ['14/03/1985', true],
    ['14.03.85', true],
    ['02/29/1984', true],
    ['02/29/1985', false],
    ['13/13/1985', false],
    ['03/14/1850', false],
    ['031485', true],
    ['31485', true],
    ['03141985', true],
    ['133185', false],
    ['march 14th', true],
    ['march 14 1985', true],
    ['march 141985', true],
    ['march fourteenth', true],
    ['14th of march 1985', true],
    ['fourteenth of march', true],
    ['twenty first of may 1990', true],
    ['february thirtieth', false],
    ['june 31st', false],
    ['1985', true],
    ['1850', false],
  ])('date of birth %j → %s', (v, ok) => {
    expect(dateOfBirth(v)).toBe(ok);
  });
});
