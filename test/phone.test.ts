import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze, createRedactor, OptionsError, type Finding, type Redactor } from '../src/index.js';
import { createPhoneRecognizer } from '../src/detect/phone.js';
import { allSameOrCounting } from '../src/detect/phone/shape.js';
import { TextView } from '../src/detect/view.js';

const redactors = new Map<string, Redactor>();

/** PHONE findings of `text`, through the public API (cached per region list and minScore). */
function phones(text: string, region: string | string[] = 'US', minScore = 0.5): Finding[] {
  const key = `${String(region)}|${minScore}`;
  let r = redactors.get(key);
  if (!r) {
    r = createRedactor({ entities: ['PHONE'], region, minScore });
    redactors.set(key, r);
  }
  return r.analyze(text).filter((f) => f.type === 'PHONE');
}

function spans(text: string, region: string | string[] = 'US', minScore = 0.5): string[] {
  return phones(text, region, minScore).map((f) => text.slice(f.start, f.end));
}

describe('phone numbers found, with exact spans', () => {
  // [region(s), text, expected spans in order]
  const cases: [string | string[], string, string[]][] = [
    // US / NANP, default region
    ['US', 'Call me at (415) 555-0132 tomorrow.', ['(415) 555-0132']],
    ['US', 'My cell is 415-555-0132.', ['415-555-0132']],
    ['US', 'reach me on 415.555.0132', ['415.555.0132']],
    ['US', 'Number: +1-415-555-0132', ['+1-415-555-0132']],
    ['US', '(415)555-0132', ['(415)555-0132']],
    ['US', '_: (415)555-0132', ['(415)555-0132']],
    ['US', 'my phone number is:(425) 882-9090', ['(425) 882-9090']],
    ['US', 'call 1-800-555-0199 now', ['1-800-555-0199']],
    ['US', 'call 1 (800) 555-0199 now', ['1 (800) 555-0199']],
    ['US', 'tel:+14155550132', ['+14155550132']],
    ['US', 'phone: +1 (415) 555-0132.', ['+1 (415) 555-0132']],
    ['US', '[415-555-0132]', ['415-555-0132']],
    ['US', 'dial "(415) 555-0132", please', ['(415) 555-0132']],
    ['US', '(415-555-0132)', ['415-555-0132']],
    ['US', "It's moderately priced.650-285-2770 is the contact", ['650-285-2770']],
    ['US', 'Phone: 415 555 0132, fax: 415 555 0199', ['415 555 0132', '415 555 0199']],
    ['US', 'numbers: 415-555-0132,415-555-0133', ['415-555-0132', '415-555-0133']],
    ['US', 'call 415 555 0132 2 times', ['415 555 0132']],
    ['US', 'at 14:30 415 555 0132', ['415 555 0132']],
    ['US', 'on 2020-03-05 415-555-0132', ['415-555-0132']],
    ['US', 'my number is 4258829090', ['4258829090']],
    ['US', 'Vancouver office: (604) 555-0199', ['(604) 555-0199']],
    // extensions
    ['US', 'call me at 415-555-0132, ext. 204', ['415-555-0132, ext. 204']],
    ['US', 'Desk: 415-555-0132x12', ['415-555-0132x12']],
    ['US', '+1 (415) 555-0132 ext 12 today', ['+1 (415) 555-0132 ext 12']],
    ['US', '415 555 0132 extension 5', ['415 555 0132 extension 5']],
    // international, validated for their own country whatever the region
    ['US', 'London: +44 20 7946 0958.', ['+44 20 7946 0958']],
    ['US', 'London: +44 (0)20 7946 0958', ['+44 (0)20 7946 0958']],
    ['US', 'London: (+44) 20 7946 0958', ['(+44) 20 7946 0958']],
    ['US', 'London: +44 (20) 7123 4567', ['+44 (20) 7123 4567']],
    ['US', 'Tel+44 20 7946 0958', ['+44 20 7946 0958']],
    ['US', 'from abroad dial 0044 20 7946 0958', ['0044 20 7946 0958']],
    ['US', 'Paris +33 1 42 68 53 00', ['+33 1 42 68 53 00']],
    ['US', 'Berlin +49 30 1234567', ['+49 30 1234567']],
    ['US', 'Mumbai +91 98123 45678', ['+91 98123 45678']],
    ['US', 'São Paulo +55 11 98456 5666', ['+55 11 98456 5666']],
    ['US', 'Tokyo +81 3-1234-5678', ['+81 3-1234-5678']],
    ['US', 'Beijing +86 138 1234 5678', ['+86 138 1234 5678']],
    ['US', 'Tel Aviv +972 52-555-2606', ['+972 52-555-2606']],
    ['US', 'Manila +63 917 123 4567', ['+63 917 123 4567']],
    ['US', 'Istanbul +90 532 123 45 67', ['+90 532 123 45 67']],
    ['US', 'Athens +30 21 0 1234567', ['+30 21 0 1234567']],
    // national numbers in their region
    ['GB', 'ring 020 7946 0958 today', ['020 7946 0958']],
    ['GB', 'ring (020) 7946 0958', ['(020) 7946 0958']],
    ['GB', 'mobile 07911 123456', ['07911 123456']],
    ['UK', 'ring 020 7946 0958 today', ['020 7946 0958']],
    ['DE', 'Tel. 030 1234567', ['030 1234567']],
    ['DE', 'Tel. 030/1234567', ['030/1234567']],
    ['DE', 'Handy 0151 23456789', ['0151 23456789']],
    ['FR', 'au 01 42 68 53 00', ['01 42 68 53 00']],
    ['FR', 'au 01.42.68.53.00', ['01.42.68.53.00']],
    ['FR', 'portable 06 12 34 56 78', ['06 12 34 56 78']],
    ['IL', 'My Israeli number is 09-7625400', ['09-7625400']],
    ['IL', 'mobile 052-555-2606', ['052-555-2606']],
    ['IN', 'office 022 2345 6789', ['022 2345 6789']],
    ['IN', 'mobile 98123 45678', ['98123 45678']],
    ['BR', 'ligue (11) 98456-5666', ['(11) 98456-5666']],
    ['JP', 'My Japanese number is 090-1234-5678', ['090-1234-5678']],
    ['JP', 'office 03-1234-5678', ['03-1234-5678']],
    ['CN', 'office 010 1234 5678', ['010 1234 5678']],
    ['PH', 'Telepono: 0917 123 4567', ['0917 123 4567']],
    ['PH', '0 (917) 123 4567', ['0 (917) 123 4567']],
    ['TR', 'Cep no: 0532 123 45 67', ['0532 123 45 67']],
    ['TR', '0-532-123-45-67', ['0-532-123-45-67']],
    // a list of regions: a national number valid in any of them
    [['US', 'GB'], 'US 415-555-0132 or UK 020 7946 0958', ['415-555-0132', '020 7946 0958']],
    [['IL', 'US'], 'try one of these phones 052 5552606 074-7111234', ['052 5552606', '074-7111234']],
  ];
  it.each(cases)('%s: %s', (region, text, expected) => {
    expect(spans(text, region)).toEqual(expected);
  });

  it('reports the country each number validated for', () => {
    const text = 'US 415-555-0132, CA (604) 555-0199, UK +44 20 7946 0958, FR +33 1 42 68 53 00';
    expect(phones(text).map((f) => f.country)).toEqual(['US', 'CA', 'GB', 'FR']);
    expect(phones('ring 020 7946 0958', ['US', 'GB'])[0]?.country).toBe('GB');
  });
});

describe('national numbers are validated for the configured regions only', () => {
  const cases: [string | string[], string][] = [
    ['US', 'ring 020 7946 0958 today'],
    ['US', 'Telepono: 0917 123 4567'],
    ['GB', 'see (415) 555-0132 tomorrow'],
    // written without the national prefix its national format requires (Presidio's rule)
    ['PH', '917 123 4567'],
    ['PH', '9171234567'],
    ['GB', '2079460958'],
    // not valid in the region
    ['TR', '1123456789'],
    ['TR', '8123456789'],
    ['TR', '532123456'],
    ['PH', '0917123456'],
  ];
  it.each(cases)('%s: %s', (region, text) => {
    expect(spans(text, region, 0)).toEqual([]);
  });
});

describe('decoys are not phone numbers', () => {
  const decoys: string[] = [
    'on 2020-03-05 at 10:30',
    'born 03/05/2020',
    'due 5.3.2020 or 2020/03/05',
    'from 10:30 to 11:45',
    'it costs $45.50 or 1,200 points',
    'it costs $4155550132',
    'a total of 1.200.000 EUR',
    'the amount was 1,234,567.89',
    'server 192.168.100.200',
    'version 10.2.3.4',
    'card 4111 1111 1111 1111',
    'card 4111-1111-1111-1111',
    'amex 3782 822463 10005',
    'SSN 123-45-6789',
    'ssn 123 45 6789',
    'zip 94105-1234',
    'order 4155550132',
    'order number 415-555-0132',
    'my account number is 4155550132',
    'Your order #415-555-0132',
    'SKU-415-555-0132',
    'invoice INV4155550132',
    'is415-555-0132',
    '415-555-0132abc',
    'tracking 1Z999AA10123456784',
    'scores 15-8 15-17 17-15',
    'final 6-3 1-6 6-3 4-6 6-4',
    'years 1990-2000',
    'totals 2019 2020 2021 2022',
    'ISBN 978-3-16-148410-0',
    'counting 1234567890',
    'the code is 0000000000',
    'coordinates 37.7749, -122.4194',
    'I have 12345678 points',
    'log 2017 - 01 - 25 01 : 00 : 11',
    'prices 639.55 639.38',
    'bare 4155550132',
    '5+4155550132',
    'The office is at 17031 2202 Rissik St',
    'send it to 2437 Main Street',
    'quoted 53.980 ( 113.576',
    "I'm calling about 4412345",
  ];
  it.each(decoys)('%s', (text) => {
    expect(spans(text)).toEqual([]);
  });

  it('keeps date, IP and card shapes out even at minScore 0 and with every region', () => {
    const all = ['US', 'GB', 'DE', 'FR', 'IL', 'IN', 'CA', 'BR', 'JP', 'CN'];
    for (const text of ['2020-03-05', '03/05/2020', '192.168.100.200', '4111 1111 1111 1111', '123-45-6789', '94105-1234']) {
      expect(spans(text, all, 0), text).toEqual([]);
    }
  });

  it('does not report an unvalidated number without phone words, even at minScore 0', () => {
    expect(spans('0490 75 40 81', 'US', 0)).toEqual([]);
    expect(spans('mobile: 0490 75 40 81', 'US', 0)).toEqual(['0490 75 40 81']);
  });
});

describe('scores', () => {
  const score = (text: string, region: string | string[] = 'US'): number[] => phones(text, region, 0).map((f) => f.score);
  const cases: [string, number[]][] = [
    // validated and formatted
    ['see 415-555-0132', [0.75]],
    ['see +44 20 7946 0958', [0.75]],
    // validated, context word near
    ['phone 415-555-0132', [1]],
    // validated but a bare digit run: below the default minScore unless a word says it is a number
    ['see 4155550132', [0.45]],
    ['the number is 4155550132', [0.8]],
    // a negative word before it
    ['account 415-555-0132', [0.3]],
    ['order number 4155550132', [0.3]],
    // a strong phone word between the negative one and the number wins; one further away does not
    ['account phone 415-555-0132', [1]],
    ['thanks for calling, my order is 4412345678', [0.3]],
    // no plan validates it: NANP shape (unassigned area code), or phone words
    ['see (977) 625-2661', [0.5]],
    ['call (977) 625-2661', [0.85]],
    ["They're not answering at 785 8949", [0.55]],
    ['Mobile: 0490 75 40 81', [0.55]],
  ];
  it.each(cases)('%s', (text, expected) => {
    const got = score(text);
    expect(got.length).toBe(expected.length);
    got.forEach((s, i) => expect(s).toBeCloseTo(expected[i]!, 5));
  });

  it('drops the unvalidated candidate when a negative word precedes it', () => {
    expect(score('order number 0490 75 40 81')).toEqual([]);
  });
});

describe('the recognizer alone (no spoken-form pass)', () => {
  const rec = createPhoneRecognizer({
    regions: ['US', 'GB', 'DE', 'FR', 'IL', 'IN', 'CA', 'BR'], contextBefore: 48, contextAfter: 24, entities: new Set(['PHONE']),
  })!;
  const scan = (text: string): string[] => {
    const out: Finding[] = [];
    rec.scan(new TextView(text), out);
    return out.map((f) => text.slice(f.start, f.end));
  };
  const cases: [string, string[]][] = [
    // table rows: several single-digit groups are no phone grouping, whatever a lenient plan says
    ['Berwick 3 0 0 3 1 14 0', []],
    ['Borac 4 0 0 4 1 10 0', []],
    ['+46 (0)8 928 571 38 fax', ['+46 (0)8 928 571 38']],
    ['Athens +30 21 0 1234567', ['+30 21 0 1234567']],
  ];
  it.each(cases)('%s', (text, expected) => {
    expect(scan(text)).toEqual(expected);
  });
  it('is not built when PHONE is not enabled', () => {
    expect(createPhoneRecognizer({ regions: ['US'], contextBefore: 48, contextAfter: 24, entities: new Set(['EMAIL']) })).toBeUndefined();
  });
});

describe('regions', () => {
  it('rejects a region without a numbering plan, naming only the region', () => {
    expect(() => createRedactor({ entities: ['PHONE'], region: 'XX' })).toThrow(OptionsError);
    expect(() => createRedactor({ entities: ['PHONE'], region: 'XX' })).toThrow(/XX/);
  });
});

describe('shape helpers', () => {
  const cases: [string, boolean][] = [
    ['0000000000', true],
    ['1234567890', true],
    ['9876543210', true],
    ['7890123456', true],
    ['4155550132', false],
    ['1234567891', false],
  ];
  it.each(cases)('allSameOrCounting(%s) = %s', (d, expected) => {
    expect(allSameOrCounting(d)).toBe(expected);
  });
});

describe('properties', () => {
  const alphabet = fc.constantFrom(...'0123456789012345678901234567890123456789 -.()+/x,:#$aZ\n'.split(''));
  it('every finding starts at a digit, "+" or "(" and ends at a digit, inside the text', () => {
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 80 }).map((a) => a.join('')), (text) => {
        for (const f of phones(text, ['US', 'GB', 'DE'], 0)) {
          expect(f.start).toBeGreaterThanOrEqual(0);
          expect(f.end).toBeLessThanOrEqual(text.length);
          expect(f.end).toBeGreaterThan(f.start);
          expect('0123456789+('.includes(text[f.start]!)).toBe(true);
          expect('0123456789'.includes(text[f.end - 1]!)).toBe(true);
          expect(f.score).toBeGreaterThanOrEqual(0);
          expect(f.score).toBeLessThanOrEqual(1);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('finds a valid number embedded in arbitrary words at the same span', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z ]{0,20}$/), fc.stringMatching(/^[a-z ]{0,20}$/), (before, after) => {
        const text = `${before} (415) 555-0132 ${after}`;
        const found = phones(text, 'US', 0);
        expect(found.map((f) => text.slice(f.start, f.end))).toEqual(['(415) 555-0132']);
      }),
      { numRuns: 200 },
    );
  });

  it('stays fast on digit-dense text', () => {
    const pieces = ['1 23 45 67 89 12 3', '415 555 0132 2', '12-34-56-78', '0 12 345 6789 01', '(12) 3 45', '+4 4 4 4'];
    let text = '';
    for (let i = 0; text.length < 200_000; i++) text += pieces[i % pieces.length] + (i % 3 === 0 ? ' ' : '\n');
    const t0 = performance.now();
    phones(text, ['US', 'GB', 'DE', 'FR', 'IL', 'IN', 'CA', 'BR'], 0);
    expect(performance.now() - t0).toBeLessThan(5000);
  });
});

describe('a phone number before street-like words is still a phone number', () => {
  it.each([
    ['call (415) 555-0132 a sq', '(415) 555-0132'],
    ['(415) 555-0132 on Main St', '(415) 555-0132'],
    ['my number 4155550132 main st office', '4155550132'],
    ['order 123 (415) 555-0132', '(415) 555-0132'],
    ['see https://shop.example.org/orders/123 (415) 555-0132', '(415) 555-0132'],
    ['born March 14, 1985 (415) 555-0132', '(415) 555-0132'],
  ])('%j', (text, expected) => {
    const found = analyze(text, { entities: ['PHONE'], minScore: 0 });
    expect(found.map((f) => text.slice(f.start, f.end))).toEqual([expected]);
  });

  it('an order or account number stays below the default threshold', () => {
    expect(analyze('order number 4155550132', { entities: ['PHONE'] })).toEqual([]);
    expect(analyze('account 415-555-0132', { entities: ['PHONE'] })).toEqual([]);
  });

  it('a short plain number before a street is a house number', () => {
    expect(analyze('send it to 2437 Main Street', { entities: ['PHONE'], minScore: 0 })).toEqual([]);
  });
});
