import fc from 'fast-check';
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { describe, expect, it } from 'vitest';
import { bbanFields, ibanCheckDigits, ibanValid, IBAN_COUNTRIES } from '../src/detect/checksums/iban.js';
import { luhnCheckDigit, luhnValid } from '../src/detect/checksums/luhn.js';
import { nhsValid } from '../src/detect/checksums/nhs.js';
import { itinValid } from '../src/detect/checksums/us-itin.js';
import { ssnValid } from '../src/detect/checksums/us-ssn.js';
import { ipAddressValid } from '../src/detect/checksums/ip.js';
import { normalizeSpoken } from '../src/detect/spoken/normalize.js';
import { email as emailValid } from '../src/detect/validators/contact.js';
import { creditCard, iban as ibanValidator } from '../src/detect/validators/financial.js';
import { createRedactor, type Redactor } from '../src/redactor.js';
import { Key } from '../src/transform/keys.js';
import { compileOperators, type OperatorSpec } from '../src/transform/operators/index.js';
import { brandPrefixLength } from '../src/transform/surrogates/card.js';
import { Draw } from '../src/transform/surrogates/draw.js';
import { FEMALE, LAST, MALE } from '../src/transform/surrogates/names.js';
import { CITIES, ORGANIZATIONS } from '../src/transform/surrogates/data-places.js';
import type { Finding } from '../src/types.js';

const K1 = new Key(Buffer.from('0123456789abcdef0123456789abcdef'), 'test');
const K2 = new Key(Buffer.from('fedcba9876543210fedcba9876543210'), 'test');

function sur(type: string, value: string, key: Key = K1, region = 'US', extra: Partial<Finding> = {}): string {
  const ops = compileOperators({ operators: { default: 'surrogate' }, key });
  const f: Finding = { type, start: 0, end: value.length, score: 1, detector: 't', ...extra };
  return ops.apply(value, f, { key, subject: undefined, region });
}

/** Non-digit characters in order: the layout a digit surrogate must keep. */
const layout = (s: string) => s.replace(/\d/g, '#');
const digits = (s: string) => s.replace(/\D/g, '');

const analyzers = new Map<string, Redactor>();
/** The findings of one type in `text`, scored at any level (the detector's own verdict). */
function found(type: string, text: string, region = 'US'): string[] {
  const k = `${type}/${region}`;
  let r = analyzers.get(k);
  if (!r) analyzers.set(k, (r = createRedactor({ entities: [type], minScore: 0, region })));
  return r.analyze(text).filter((f) => f.type === type).map((f) => text.slice(f.start, f.end));
}

// ---- generators of valid inputs -------------------------------------------------------------

const cardArb = fc
  .tuple(
    fc.constantFrom(['4', 16], ['4', 13], ['51', 16], ['55', 16], ['2221', 16], ['34', 15], ['37', 15], ['6011', 16], ['65', 16], ['3530', 16]),
    fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 19, maxLength: 19 }),
    fc.constantFrom('', ' ', '-'),
  )
  .map(([[prefix, len], body, sep]) => {
    const head = (prefix as string) + body.slice(0, (len as number) - (prefix as string).length - 1).join('');
    const d = head + luhnCheckDigit(head);
    if (sep === '') return d;
    return (d.match(/.{1,4}/g) ?? []).join(sep);
  })
  .filter((c) => creditCard(c) === true);

const ibanArb = fc
  .tuple(fc.constantFrom(...IBAN_COUNTRIES), fc.array(fc.integer({ min: 0, max: 35 }), { minLength: 40, maxLength: 40 }), fc.boolean())
  .map(([cc, rnd, spaced]) => {
    let bban = '';
    let k = 0;
    for (const f of bbanFields(cc)!) {
      for (let i = 0; i < f.count; i++) {
        const r = rnd[k++ % rnd.length]!;
        bban += f.kind === 'n' ? String(r % 10) : f.kind === 'a' ? String.fromCharCode(65 + (r % 26)) : r < 10 ? String(r) : String.fromCharCode(55 + r);
      }
    }
    const compact = cc + ibanCheckDigits(cc, bban) + bban;
    return spaced ? (compact.match(/.{1,4}/g) ?? []).join(' ') : compact;
  })
  .filter((s) => ibanValid(s.replace(/ /g, '')));

const ssnArb = fc
  .tuple(fc.integer({ min: 1, max: 899 }), fc.integer({ min: 1, max: 99 }), fc.integer({ min: 1, max: 9999 }), fc.constantFrom('-', ' ', ''))
  .map(([a, g, s, sep]) => [String(a).padStart(3, '0'), String(g).padStart(2, '0'), String(s).padStart(4, '0')].join(sep))
  .filter((s) => ssnValid(digits(s)));

const usPhoneArb = fc
  .tuple(fc.constantFrom('212', '312', '415', '503', '617', '713', '808', '917'), fc.integer({ min: 200, max: 999 }), fc.integer({ min: 0, max: 9999 }), fc.constantFrom('(a) e-n', 'a-e-n', 'a.e.n', '+1 a e n', '1-a-e-n'))
  .map(([a, e, n, shape]) => shape.replace('a', a).replace('e', String(e)).replace('n', String(n).padStart(4, '0')))
  .filter((s) => parsePhoneNumberFromString(s, 'US')?.isValid() === true);

const localPartArb = fc.stringMatching(/^[a-z]{1,8}(?:[._-][a-z]{1,8})?\d{0,4}$/);

// ---- determinism and keys -------------------------------------------------------------------

describe('surrogate: determinism and keys', () => {
  const samples: [string, string][] = [
    ['PERSON', 'Maria Gonzalez'], ['CREDIT_CARD', '4111 1111 1111 1111'], ['PHONE', '(415) 555-0132'], ['EMAIL', 'maria.gonzalez@gmail.com'],
    ['IBAN', 'DE89 3704 0044 0532 0130 00'], ['US_SSN', '536-22-8475'], ['ADDRESS', '42 Oak Street'], ['LOCATION', 'Toronto'],
    ['ORGANIZATION', 'Acme Widgets, Inc.'], ['DATE', 'March 14, 1985'], ['IP_ADDRESS', '10.1.2.3'], ['PASSPORT', 'X1234567'],
  ];

  it.each(samples)('%s: the same value gets the same surrogate under one key', (type, value) => {
    const a = sur(type, value);
    expect(sur(type, value)).toBe(a);
    expect(sur(type, value, new Key(Buffer.from('0123456789abcdef0123456789abcdef'), 'again'))).toBe(a);
  });

  it('formatting variants of one value share the surrogate value', () => {
    const cards = ['4111 1111 1111 1111', '4111-1111-1111-1111', '4111111111111111'].map((v) => digits(sur('CREDIT_CARD', v)));
    expect(new Set(cards).size).toBe(1);
    const phones = ['(415) 555-0132', '415-555-0132', '+1 415 555 0132'].map((v) => parsePhoneNumberFromString(sur('PHONE', v), 'US')!.number);
    expect(new Set(phones).size).toBe(1);
    expect(sur('PERSON', 'maria gonzalez')).toBe(sur('PERSON', 'Maria Gonzalez').toLowerCase());
    expect(sur('EMAIL', 'Maria.Gonzalez@gmail.com').toLowerCase()).toBe(sur('EMAIL', 'maria.gonzalez@gmail.com').toLowerCase());
  });

  it('different keys give different surrogates for most values', () => {
    const values: [string, string][] = [];
    for (let i = 0; i < 40; i++) {
      values.push(['PHONE', `(415) 555-${String(1000 + i * 37)}`]);
      values.push(['CREDIT_CARD', `4000 0000 0000 ${String(i).padStart(3, '0')}${luhnCheckDigit(`400000000000${String(i).padStart(3, '0')}`)}`]);
      values.push(['US_SSN', `536-22-${String(1000 + i)}`]);
      values.push(['EMAIL', `user${i}@gmail.com`]);
      values.push(['PERSON', `${MALE[i % MALE.length]} ${LAST[(i * 7) % LAST.length]}`]);
      values.push(['IP_ADDRESS', `10.0.0.${i + 1}`]);
    }
    const differ = values.filter(([t, v]) => sur(t, v, K1) !== sur(t, v, K2)).length;
    expect(differ / values.length).toBeGreaterThan(0.9);
  });

  it('different values mostly get different surrogates', () => {
    const outs = new Set(Array.from({ length: 100 }, (_x, i) => sur('US_SSN', `536-22-${String(1000 + i)}`)));
    expect(outs.size).toBeGreaterThan(95);
  });

  it('Draw: deterministic, in range, and unbiased enough', () => {
    const seed = K1.hmac('surrogate', 'x');
    const a = new Draw(seed);
    const b = new Draw(seed);
    const xs = Array.from({ length: 3000 }, () => a.int(6));
    expect(Array.from({ length: 3000 }, () => b.int(6))).toEqual(xs);
    const counts = [0, 0, 0, 0, 0, 0];
    for (const x of xs) counts[x]!++;
    for (const c of counts) expect(c).toBeGreaterThan(400); // 500 expected each
    expect(() => a.int(0)).toThrow(RangeError);
  });

  it('rejects parameters it does not know, without echoing values', () => {
    expect(() => compileOperators({ operators: { PERSON: { operator: 'surrogate', locale: 'fr' } as OperatorSpec } })).toThrow(/operators\.PERSON: unknown parameter "locale"/);
  });
});

// ---- validity and difference, per type --------------------------------------------------------

describe('surrogate: CREDIT_CARD', () => {
  it('property: Luhn-valid, issued brand range, same length, grouping and brand, never the input', () => {
    fc.assert(
      fc.property(cardArb, (card) => {
        const s = sur('CREDIT_CARD', card);
        expect(creditCard(s)).toBe(true);
        expect(luhnValid(digits(s))).toBe(true);
        expect(layout(s)).toBe(layout(card));
        expect(digits(s)).not.toBe(digits(card));
        const keep = brandPrefixLength(digits(card));
        expect(digits(s).slice(0, keep)).toBe(digits(card).slice(0, keep));
      }),
      { numRuns: 200 },
    );
  });

  it.each([
    ['4111 1111 1111 1111', 1], ['5500-0000-0000-0004', 2], ['378282246310005', 2], ['6011111111111117', 4], ['2223000048400011', 4], ['3530111333300000', 4],
  ])('%s keeps the %i brand digits and is found by the card detector', (card, keep) => {
    const s = sur('CREDIT_CARD', card as string);
    expect(brandPrefixLength(digits(card as string))).toBe(keep);
    expect(found('CREDIT_CARD', `card number ${s} thanks`)).toEqual([s]);
  });

  it('a spoken card comes back spoken and valid', () => {
    const s = sur('CREDIT_CARD', 'four one one one one one one one one one one one one one one one');
    expect(s).toMatch(/^(?:(?:zero|one|two|three|four|five|six|seven|eight|nine) ){15}(?:zero|one|two|three|four|five|six|seven|eight|nine)$/);
    const w = normalizeSpoken(s).text.replace(/\D/g, '');
    expect(w.startsWith('4')).toBe(true);
    expect(creditCard(w)).toBe(true);
  });
});

describe('surrogate: IBAN', () => {
  it('property: same country, length and grouping, valid MOD 97-10, never the input', () => {
    fc.assert(
      fc.property(ibanArb, (value) => {
        const s = sur('IBAN', value);
        expect(ibanValidator(s)).toBe(true);
        expect(s.slice(0, 2)).toBe(value.slice(0, 2));
        expect(s.length).toBe(value.length);
        expect(s.replace(/[^ ]/g, '')).toBe(value.replace(/[^ ]/g, ''));
        expect(s.replace(/ /g, '')).not.toBe(value.replace(/ /g, ''));
      }),
      { numRuns: 200 },
    );
  });

  it.each(['DE89 3704 0044 0532 0130 00', 'GB82WEST12345698765432', 'FR14 2004 1010 0505 0001 3M02 606', 'NL91ABNA0417164300'])('%s: detected as an IBAN', (value) => {
    const s = sur('IBAN', value);
    expect(found('IBAN', `my iban is ${s}`)).toEqual([s]);
  });

  it('a lower-case IBAN stays lower-case', () => {
    const s = sur('IBAN', 'de89 3704 0044 0532 0130 00');
    expect(s).toMatch(/^de\d\d(?: [0-9a-z]{4}){4} [0-9a-z]{2}$/);
    expect(ibanValidator(s)).toBe(null); // valid, lower case: the validator's "undecided"
  });
});

describe('surrogate: US_SSN', () => {
  it('property: passes the SSN rules, keeps separators, never the input', () => {
    fc.assert(
      fc.property(ssnArb, (value) => {
        const s = sur('US_SSN', value);
        expect(ssnValid(digits(s))).toBe(true);
        expect(layout(s)).toBe(layout(value));
        expect(digits(s)).not.toBe(digits(value));
      }),
      { numRuns: 300 },
    );
  });

  it('a dashed surrogate is detected as a US_SSN, never an ITIN (9xx)', () => {
    for (const v of ['536-22-8475', '078-05-1121', '219-09-9998', '001-01-0001']) {
      const s = sur('US_SSN', v);
      expect(s).toMatch(/^[0-8]\d\d-\d\d-\d{4}$/);
      expect(found('US_SSN', `ssn ${s}`)).toEqual([s]);
    }
  });

  it('a spoken SSN comes back spoken', () => {
    const s = sur('US_SSN', 'five three six two two eight four seven five');
    const w = normalizeSpoken(s).text.replace(/\D/g, '');
    expect(w).toHaveLength(9);
    expect(ssnValid(w)).toBe(true);
  });
});

describe('surrogate: PHONE', () => {
  it('property: US numbers map to 555-0100…0199 with the same layout, valid, never the input', () => {
    fc.assert(
      fc.property(usPhoneArb, (value) => {
        const s = sur('PHONE', value);
        expect(layout(s)).toBe(layout(value));
        const p = parsePhoneNumberFromString(s, 'US')!;
        expect(p.isValid()).toBe(true);
        expect(p.country).toBe('US');
        expect(p.nationalNumber.slice(3, 8)).toBe('55501');
        expect(p.number).not.toBe(parsePhoneNumberFromString(value, 'US')!.number);
      }),
      { numRuns: 150 },
    );
  });

  it.each<[string, string, RegExp]>([
    ['(415) 867-5309', 'US', /^\(\d{3}\) 555-01\d\d$/],
    ['+1 415 867 5309', 'US', /^\+1 \d{3} 555 01\d\d$/],
    ['416-555-1234', 'CA', /^\d{3}-555-01\d\d$/],
    ['+44 20 7123 4567', 'US', /^\+44 2\d \d{4} \d{4}$/],
    ['020 7123 4567', 'GB', /^02\d \d{4} \d{4}$/],
    ['0161 123 4567', 'GB', /^01\d\d 496 0\d{3}$/],
    ['07911 123456', 'GB', /^0\d{4} \d{6}$/],
    ['0808 157 1234', 'GB', /^0808 157 0\d{3}$/],
    ['+61 2 9876 5432', 'US', /^\+61 [2378] (?:5550|7010) \d{4}$/],
    ['0412 345 678', 'AU', /^0[2378]\d\d \d{3} \d{3}$/],
    ['+49 30 12345678', 'US', /^\+49 30 \d{8}$/],
    ['+33 6 12 34 56 78', 'US', /^\+33 6 \d\d \d\d \d\d \d\d$/],
  ])('%s (%s) → %s, valid and detected', (value, region, shape) => {
    const s = sur('PHONE', value, K1, region);
    expect(s).toMatch(shape);
    const p = parsePhoneNumberFromString(s, region as 'US')!;
    expect(p.isValid()).toBe(true);
    expect(p.number).not.toBe(parsePhoneNumberFromString(value, region as 'US')!.number);
    expect(found('PHONE', `call me on ${s} please`, region)).toEqual([s]);
  });

  it('UK numbers land in Ofcom drama ranges', () => {
    const drama = /^(?:2079460|1134960|1144960|1164960|1174960|1184960|1214960|1314960|1414960|1514960|1614960|1914980|2896496|2920180)\d{3}$/;
    for (const v of ['020 7123 4567', '0161 123 4567', '07911 123456', '+44 113 222 3333', '028 9032 1234']) {
      const p = parsePhoneNumberFromString(sur('PHONE', v, K1, 'GB'), 'GB')!;
      expect(p.nationalNumber).toMatch(drama);
    }
  });

  it('a spoken number comes back spoken, "oh" kept', () => {
    const s = sur('PHONE', 'four one five eight six seven five three oh nine');
    expect(s).toMatch(/^(?:(?:oh|one|two|three|four|five|six|seven|eight|nine) ){9}(?:oh|one|two|three|four|five|six|seven|eight|nine)$/);
    const w = normalizeSpoken(s).text;
    expect(w).toMatch(/^\d{3}55501\d\d$/);
  });

  it('a value that is not a valid number still gets a different number of the same shape', () => {
    const s = sur('PHONE', '555-1234');
    expect(layout(s)).toBe('###-####');
    expect(s).not.toBe('555-1234');
  });
});

describe('surrogate: EMAIL', () => {
  it('property: example domains, valid, local-part style kept, never the input', () => {
    fc.assert(
      fc.property(localPartArb, fc.constantFrom('gmail.com', 'yahoo.co.uk', 'corp.example.de'), (local, domain) => {
        const value = `${local}@${domain}`;
        const s = sur('EMAIL', value);
        expect(s).toMatch(/@example\.(?:com|net|org)$/);
        expect(emailValid(s)).toBe(true);
        const sl = s.slice(0, s.lastIndexOf('@'));
        expect(sl.replace(/[a-z]+/g, 'a').replace(/\d/g, '9')).toBe(local.replace(/[a-z]+/g, 'a').replace(/\d/g, '9'));
        expect(s.toLowerCase()).not.toBe(value.toLowerCase());
      }),
      { numRuns: 200 },
    );
  });

  it.each<[string, RegExp]>([
    ['maria.gonzalez85@gmail.com', /^[a-z]+\.[a-z]+\d\d@example\.(?:com|net|org)$/],
    ['MGonzalez@corp.com', /^[A-Z][A-Z][a-z]+@example\.(?:com|net|org)$/],
    ['j_smith-1990@yahoo.co.uk', /^[a-z]_[a-z]+-(?:19[5-9]\d|200\d)@example\.(?:com|net|org)$/],
    ['INFO@SHOP.COM', /^[A-Z]+@EXAMPLE\.(?:COM|NET|ORG)$/],
  ])('%s → %s, detected as an email', (value, shape) => {
    const s = sur('EMAIL', value);
    expect(s).toMatch(shape);
    expect(found('EMAIL', `write to ${s} today`)).toEqual([s]);
  });

  it('a spoken address comes back spoken', () => {
    const s = sur('EMAIL', 'maria dot g at gmail dot com');
    expect(s).toMatch(/^[a-z]+ dot [a-z] at example dot (?:com|net|org)$/);
  });
});

describe('surrogate: PERSON', () => {
  const given = new Set([...FEMALE, ...MALE].map((n) => n.toLowerCase()));
  const family = new Set(LAST.map((n) => n.toLowerCase()));

  it.each<[string, RegExp]>([
    ['Maria', /^[A-Z][a-z]+$/],
    ['maria gonzalez', /^[a-z]+ [a-z]+$/],
    ['MARIA GONZALEZ', /^[A-Z]+ [A-Z]+$/],
    ['Ms. Maria Gonzalez', /^Ms\. [A-Z][a-z]+ [A-Z][a-z]+$/],
    ['Dr Gonzalez', /^Dr [A-Z][a-z]+$/],
    ['Gonzalez, Maria', /^[A-Z][a-z]+, [A-Z][a-z]+$/],
    ['J. R. Tolkien Jr.', /^[A-Z]\. [A-Z]\. [A-Z][a-z]+ Jr\.$/],
    ['Anne-Marie Smith-Jones', /^[A-Z][a-z]+-[A-Z][a-z]+ [A-Z][a-z]+-[A-Z][a-z]+$/],
    ['Ludwig van Beethoven', /^[A-Z][a-z]+ van [A-Z][a-z]+$/],
  ])('%s keeps its shape: %s', (value, shape) => {
    const s = sur('PERSON', value);
    expect(s).toMatch(shape);
    expect(s.toLowerCase()).not.toBe(value.toLowerCase());
  });

  it('roles: a lone given name gets a given name, a titled or lone family name a family name', () => {
    expect(given.has(sur('PERSON', 'Maria').toLowerCase())).toBe(true);
    expect(family.has(sur('PERSON', 'Gonzalez').toLowerCase())).toBe(true);
    expect(family.has(sur('PERSON', 'Mr. Smith').slice(4).toLowerCase())).toBe(true);
    const [g, f] = sur('PERSON', 'Gonzalez, Maria').split(', ') as [string, string];
    expect(family.has(g.toLowerCase()) && given.has(f.toLowerCase())).toBe(true);
  });

  it('a female title or a known female name selects female given names', () => {
    const female = new Set(FEMALE);
    for (const v of ['Ms. Taylor Reed', 'Mrs. Alex Kim', 'Jennifer Lopez', 'Sarah Connor', 'Priya Patel']) {
      const words = sur('PERSON', v).split(' ');
      const g = words[words.length - 2]!;
      expect(female.has(g)).toBe(true);
    }
    const male = new Set(MALE);
    for (const v of ['Mr. Taylor Reed', 'John Smith', 'Robert Brown']) {
      const words = sur('PERSON', v).split(' ');
      expect(male.has(words[words.length - 2]!)).toBe(true);
    }
  });

  it('one person keeps one surrogate across mentions', () => {
    const full = sur('PERSON', 'Maria Gonzalez').split(' ');
    expect(sur('PERSON', 'Ms. Gonzalez')).toBe(`Ms. ${full[1]}`);
    expect(sur('PERSON', 'Maria')).toBe(full[0]);
    expect(sur('PERSON', 'maria')).toBe(full[0]!.toLowerCase());
  });

  it('property: names keep token count and per-token case, and never equal the input', () => {
    const pool = ['maria', 'john', 'wei', 'fatima', 'olumide', 'gonzalez', 'smith', 'nguyen', 'okafor', 'kowalski', 'priya', 'lee'];
    const styled = fc.tuple(fc.constantFrom(...pool), fc.constantFrom('lower', 'upper', 'title')).map(([w, c]) =>
      c === 'lower' ? w : c === 'upper' ? w.toUpperCase() : w[0]!.toUpperCase() + w.slice(1),
    );
    fc.assert(
      fc.property(fc.array(styled, { minLength: 1, maxLength: 3 }), (words) => {
        const value = words.join(' ');
        const s = sur('PERSON', value);
        const out = s.split(' ');
        expect(out).toHaveLength(words.length);
        out.forEach((w, i) => {
          const src = words[i]!;
          if (src === src.toLowerCase()) expect(w).toBe(w.toLowerCase());
          else if (src === src.toUpperCase()) expect(w).toBe(w.toUpperCase());
          else expect(w[0]).toBe(w[0]!.toUpperCase());
          expect(w.toLowerCase()).not.toBe(src.toLowerCase());
        });
      }),
      { numRuns: 200 },
    );
  });

  it('surrogate names are detected as PERSON after a name cue and on their own', () => {
    for (const v of ['Maria Gonzalez', 'John Smith', 'Wei Zhang', 'Olumide Okafor', 'Anna Kowalski', 'Ravi Kumar']) {
      const s = sur('PERSON', v);
      expect(found('PERSON', `my name is ${s}`)).toEqual([s]);
    }
  });
});

describe('surrogate: ADDRESS, LOCATION, ORGANIZATION', () => {
  it.each<[string, RegExp]>([
    ['42 Oak Street', /^[1-9]\d [A-Z][a-z]+ Street$/],
    ['12 Willow Lane, Springfield, IL 62704', /^[1-9]\d [A-Z][a-z]+ Lane, [A-Z][a-zA-Z ]+, [A-Z]{2} [1-9]\d{4}$/],
    ['Apt 5B, 221 Baker St.', /^Apt [1-9]B, [1-9]\d\d [A-Z][a-z]+ St\.$/],
    ['350 5th Avenue', /^[1-9]\d\d \d{1,2}(?:st|nd|rd|th) Avenue$/],
    ['1600 Pennsylvania Avenue NW, Washington, DC 20500', /^[1-9]\d{3} [A-Z][a-zA-Z ]+ Avenue NW, [A-Z][a-zA-Z ]+, [A-Z]{2} [1-9]\d{4}$/],
  ])('ADDRESS %s keeps its layout: %s', (value, shape) => {
    const s = sur('ADDRESS', value);
    expect(s).toMatch(shape);
    expect(s).not.toBe(value);
  });

  it('ADDRESS surrogates are detected as street addresses', () => {
    for (const v of ['42 Oak Street', '12 Willow Lane', '221 Baker Street', '9 Elm Road']) {
      const s = sur('ADDRESS', v);
      expect(found('ADDRESS', `I live at ${s} now`)).toEqual([s]);
    }
  });

  it('LOCATION: a city for a city, a country for a country, a state for a state, case kept', () => {
    const cities = new Set(CITIES.split('|'));
    expect(cities.has(sur('LOCATION', 'Toronto'))).toBe(true);
    expect(sur('LOCATION', 'springfield')).toBe(sur('LOCATION', 'springfield').toLowerCase());
    expect(sur('LOCATION', 'PARIS')).toBe(sur('LOCATION', 'PARIS').toUpperCase());
    expect(CITIES.includes(sur('LOCATION', 'Germany'))).toBe(false);
    expect(sur('LOCATION', 'Ohio')).toMatch(/^[A-Z][a-z]+(?: [A-Z][a-z]+)?$/);
    for (const v of ['Toronto', 'Berlin', 'Lagos', 'Mumbai']) {
      const s = sur('LOCATION', v);
      expect(s).not.toBe(v);
      expect(found('LOCATION', `I live in ${s}`)).toEqual([s]);
    }
  });

  it('ORGANIZATION: a fictitious company with the legal suffix kept', () => {
    const orgs = ORGANIZATIONS.split('|');
    const s = sur('ORGANIZATION', 'Acme Widgets, Inc.');
    expect(s.endsWith(', Inc.')).toBe(true);
    expect(orgs).toContain(s.slice(0, -', Inc.'.length));
    expect(orgs).toContain(sur('ORGANIZATION', 'Globex'));
    expect(sur('ORGANIZATION', 'Contoso')).not.toBe('Contoso');
    const ltd = sur('ORGANIZATION', 'Barclays Ltd');
    expect(found('ORGANIZATION', `I work at ${ltd}`)).toEqual([ltd]);
  });
});

describe('surrogate: IP_ADDRESS, DATE and others', () => {
  it('property: IPv4 → a documentation range, valid, prefix kept', () => {
    fc.assert(
      fc.property(fc.ipV4(), fc.option(fc.integer({ min: 0, max: 32 }), { nil: undefined }), (ip, prefix) => {
        const value = prefix === undefined ? ip : `${ip}/${prefix}`;
        const s = sur('IP_ADDRESS', value);
        expect(s).toMatch(/^(?:192\.0\.2|198\.51\.100|203\.0\.113)\.(?:[1-9]\d?|1\d\d|2[0-4]\d|25[0-4])(?:\/\d+)?$/);
        expect(ipAddressValid(s)).toBe(true);
        expect(s.endsWith(prefix === undefined ? s.slice(-1) : `/${prefix}`)).toBe(true);
        expect(s).not.toBe(value);
      }),
      { numRuns: 200 },
    );
  });

  it('IPv6 → 2001:db8::/32, zone and case kept, detected', () => {
    for (const v of ['fe80::1%eth0', '2a00:1450:4001:81c::200e', '2A00:1450:4001:081C:0000:0000:0000:200E']) {
      const s = sur('IP_ADDRESS', v);
      expect(s.toLowerCase()).toMatch(/^2001:db8:/);
      expect(ipAddressValid(s)).toBe(true);
      if (v.includes('%')) expect(s.endsWith('%eth0')).toBe(true);
      if (/[A-F]/.test(v)) expect(s).toBe(s.toUpperCase());
      expect(found('IP_ADDRESS', `from ${s} today`)).toEqual([s]);
    }
  });

  it('DATE → another date in the same format; unreadable dates → [DATE]', () => {
    const s = sur('DATE', '03/14/1985');
    expect(s).toMatch(/^\d\d\/\d\d\/\d{4}$/);
    expect(s).not.toBe('03/14/1985');
    expect(sur('DATE', 'March 14, 1985')).toMatch(/^(?:January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}, \d{4}$/);
    expect(sur('DATE', 'next Friday')).toBe('[DATE]');
    expect(sur('DATE', 'March 2020')).not.toBe('March 2020');
    expect(sur('CARD_EXPIRY', '05/27')).toMatch(/^(?:0[1-9]|1[0-2])\/\d\d$/);
    const d = sur('DATE', '1985-03-14');
    expect(found('DATE', `born on ${d}`)).toEqual([d]);
  });

  it.each<[string, RegExp]>([
    ['http://www.ScrapbookInsider.com.pt/', /^http:\/\/www\.[a-z]+\.example\.(?:com|net|org)\/$/],
    ['https://shop.co.uk/orders/123?id=42#top', /^https:\/\/[a-z]+\.example\.(?:com|net|org)\/[a-z]{6}\/\d{3}\?[a-z]{2}=\d{2}#[a-z]{3}$/],
    ['mysite.com/about.html', /^[a-z]+\.example\.(?:com|net|org)\/[a-z]{5}\.html$/],
    ['https://maria:pw@intranet.acme.io:8443/u/MGonzalez', /^https:\/\/[a-z]{5}:[a-z]{2}@[a-z]+\.example\.(?:com|net|org):8443\/[a-z]\/[A-Z]{2}[a-z]{7}$/],
  ])('URL %s → a host under a reserved example domain, path redrawn: %s', (value, shape) => {
    const s = sur('URL', value);
    expect(s).toMatch(shape);
    expect(s).not.toContain('Gonzalez');
    if (value.startsWith('http')) expect(found('URL', `visit ${s} today`)).toEqual([s]);
  });

  it('other types: letter for letter, digit for digit, separators and case kept', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[A-Z]{1,3}[- ]?\d{4,9}[a-z]?$/), (value) => {
        const s = sur('PASSPORT', value);
        expect(s.replace(/[A-Z]/g, 'A').replace(/[a-z]/g, 'a').replace(/\d/g, '9')).toBe(value.replace(/[A-Z]/g, 'A').replace(/[a-z]/g, 'a').replace(/\d/g, '9'));
        expect(s).not.toBe(value);
      }),
      { numRuns: 200 },
    );
  });

  it('other types with a checksum validator get a valid surrogate', () => {
    for (let i = 0; i < 20; i++) {
      const nhs = sur('UK_NHS', ['943 476 5919', '401 023 2137', '485 777 3457'][i % 3]!, i % 2 ? K1 : K2);
      expect(nhsValid(nhs.replace(/ /g, ''))).toBe(true);
    }
    const itin = sur('US_ITIN', '912-70-1234');
    expect(itinValid(digits(itin))).toBe(true);
    expect(itin).toMatch(/^9\d\d-\d\d-\d{4}$/);
  });

  it('a value with nothing to replace gets the label, never itself', () => {
    expect(sur('PASSPORT', '---')).toBe('[PASSPORT]');
    expect(sur('PERSON', 'Mr.')).toBe('[PERSON]');
  });
});

describe('surrogate in a redactor', () => {
  it('replaces every finding with its surrogate and leaves none of the inputs', () => {
    const r = createRedactor({ operators: { default: 'surrogate' }, key: K1 });
    const text = 'This is Maria Gonzalez, call me on (415) 867-5309 or mail maria.gonzalez@gmail.com; card 4111 1111 1111 1111, SSN 536-22-8475.';
    const out = r.redact(text).text;
    for (const v of ['Gonzalez', '867-5309', 'maria.gonzalez@gmail.com', '4111 1111 1111 1111', '536-22-8475']) expect(out).not.toContain(v);
    expect(out).toMatch(/\(\d{3}\) 555-01\d\d/);
    expect(out).toMatch(/@example\.(?:com|net|org)/);
    expect(r.redact(text).text).toBe(out);
  });
});
