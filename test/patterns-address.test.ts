import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyze } from '../src/index.js';
import { checkStreetAddress, checkUnit, validLabelledPostalCode, validUsZip } from '../src/detect/validators/address.js';
import type { Finding, PatternFile } from '../src/types.js';

const FILE = fileURLToPath(new URL('../patterns/address.json', import.meta.url));
const ADDRESS = JSON.parse(readFileSync(FILE, 'utf8')) as PatternFile;

function find(text: string, types: string[], minScore?: number): Finding[] {
  return analyze(text, { entities: types, ...(minScore === undefined ? {} : { minScore }) }).filter((f) => types.includes(f.type));
}

/** `TYPE[covered text]` for each finding of the given types. */
function spans(text: string, types: string[], minScore?: number): string[] {
  return find(text, types, minScore).map((f) => `${f.type}[${text.slice(f.start, f.end)}]`);
}

describe('address validators', () => {
  it.each([
    ['62704', true], ['62704-1234', true], ['00501', true], ['00000', false], ['00312', false], ['62704-0000', false],
    ['6270', false], ['627041', false],
  ])('validUsZip(%s) = %s', (v, ok) => expect(validUsZip(v)).toBe(ok));

  it.each([['3520', true], ['394 13', true], ['000', false], ['00-000', false]])(
    'validLabelledPostalCode(%s) = %s', (v, ok) => expect(validLabelledPostalCode(v)).toBe(ok),
  );

  it.each<[string, boolean | null]>([['Apt. 864', true], ['apartment 4B', true], ['Suite 200', null], ['Unit 4', null]])(
    'checkUnit(%s) = %s', (v, want) => expect(checkUnit(v)).toBe(want),
  );

  it.each<[string, boolean | null]>([
    ['123 Main Street', true],
    ['4141 stevenson Boulevard', true],
    ['10601 North 56th Street', true],
    ['754 The Alameda', true],
    ['845 El Camino Real', true],
    ['3900 Broadway', true],
    ['131 mirada road', null],
    ['3 Central Park', null],
    ['100 Capitol Mall', null],
    ['2 tickets at Main Street', false],
    ['2001 the Court', false],
    ['5 dollars at Main Street', false],
  ])('checkStreetAddress(%s) = %s', (v, want) => expect(checkStreetAddress(v)).toBe(want));
});

describe('ADDRESS and POSTAL_CODE at the default minScore', () => {
  it.each<[string, string[]]>([
    ['I live at 123 Main Street, Springfield, IL 62704.', ['ADDRESS[123 Main Street, Springfield, IL 62704]']],
    ['Send it to 7 Mount Lassen Drive # D110 please', ['ADDRESS[7 Mount Lassen Drive # D110]']],
    ['It is 1414 West Peachtree Street Northwest', ['ADDRESS[1414 West Peachtree Street Northwest]']],
    ['We are at 520 8th Ave. near the park', ['ADDRESS[520 8th Ave.]']],
    ['Apt. is at 29 East Allen Street 2nd Floor', ['ADDRESS[29 East Allen Street 2nd Floor]']],
    ['Office: 4330 Clayton Road Suite 200', ['ADDRESS[4330 Clayton Road Suite 200]']],
    ['my address is 131 mirada road', ['ADDRESS[131 mirada road]']],
    ['Ship to P.O. Box 255 today', ['ADDRESS[P.O. Box 255]']],
    ['PSC 2581, Box 0041\nAPO AP 32376', ['ADDRESS[PSC 2581, Box 0041\nAPO AP 32376]']],
    ['Wohnhaft Friedhofstrasse 33, Wien', ['ADDRESS[Friedhofstrasse 33]']],
    ['Koskikatu 25 Apt. 864', ['ADDRESS[Koskikatu 25 Apt. 864]']],
    ['Hauptstr. 5 im Hof', ['ADDRESS[Hauptstr. 5]']],
    ['at Magasinsgatan 7', ['ADDRESS[Magasinsgatan 7]']],
    ['Gumpendorfer Strasse 44', ['ADDRESS[Gumpendorfer Strasse 44]']],
    ['Via delle Coste 41', ['ADDRESS[Via delle Coste 41]']],
    ['87 Rue Joseph Vernet', ['ADDRESS[87 Rue Joseph Vernet]']],
    ['1 Rue Bayard, 75008', ['ADDRESS[1 Rue Bayard, 75008]']],
    ['Her flat is Apt. 864', ['ADDRESS[Apt. 864]']],
    ['Springfield, IL 62704', ['POSTAL_CODE[62704]']],
    ['Van Nuys, California 91406-1234', ['POSTAL_CODE[91406-1234]']],
    ['my zip code is 94103', ['POSTAL_CODE[94103]']],
    ['ZIP: 3520', ['POSTAL_CODE[3520]']],
    ['the zip for that one is 30301', ['POSTAL_CODE[30301]']],
  ])('%s', (text, expected) => {
    expect(spans(text, ['ADDRESS', 'POSTAL_CODE'])).toEqual(expected);
  });

  it('reports US ZIPs with their country', () => {
    const [f] = find('Springfield, IL 62704', ['POSTAL_CODE']);
    expect(f?.country).toBe('US');
  });
});

describe('ADDRESS and POSTAL_CODE decoys (nothing at the default minScore)', () => {
  it.each([
    'Your order 94103 ships tomorrow',
    'call 94103 now',
    'zip code 00000',
    'I have 2 tickets at Main Street',
    'We ordered 3 Central Park tickets',
    'I need 3 separate court dates',
    'It costs 5 dollars at the main street',
    'The Apartments are nice',
    'Take Highway 101 north',
    'Suite 200 is on the left',
    'It was 2001 the Court said',
    'RT @Kaaaatie 4 : I just need a close friend',
    'He scored 12 in the final 3 minutes',
    'CALL ME 12345 TOMORROW',
    'Springfield IL 00312',
  ])('%s', (text) => {
    expect(spans(text, ['ADDRESS', 'POSTAL_CODE'])).toEqual([]);
  });
});

describe('weak candidates need context', () => {
  it.each<[string, string]>([
    ['It is 131 mirada road', '131 mirada road'],
    ['Suite 200', 'Suite 200'],
    ['94103', '94103'],
  ])('%s is a candidate below 0.5', (text, value) => {
    const found = find(text, ['ADDRESS', 'POSTAL_CODE'], 0);
    expect(found.map((f) => text.slice(f.start, f.end))).toEqual([value]);
    expect(found[0]!.score).toBeLessThan(0.5);
  });

  it('raises them with address or zip context', () => {
    expect(spans('deliver to Suite 200', ['ADDRESS'])).toEqual(['ADDRESS[Suite 200]']);
    expect(spans('the zip is 94103', ['POSTAL_CODE'])).toEqual(['POSTAL_CODE[94103]']);
  });
});

describe('patterns/address.json', () => {
  it('runs every pattern on digit windows', () => {
    for (const p of ADDRESS.patterns) expect(p.prefilter, p.id).toBe('digit');
  });

  it('has only linear-time regexes (recheck)', async () => {
    const { checkSync } = (await import('recheck')) as { checkSync: (s: string, f: string, o?: object) => { status: string } };
    for (const p of ADDRESS.patterns) {
      expect(checkSync(p.regex, p.flags ?? '', { timeout: 60_000 }).status, p.id).toBe('safe');
    }
  }, 600_000);
});

