import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyze } from '../src/index.js';
import { daysInMonth, expandTwoDigitYear, isLeapYear, isRealDate, monthNumber } from '../src/detect/checksums/calendar.js';
import {
  checkNumericDate, ordinalSuffixFits, validDayMonth, validDayMonthYear, validOrdinalDay, validWrittenDate, validYmd,
} from '../src/detect/validators/dates.js';
import type { PatternFile } from '../src/types.js';

const FILE = fileURLToPath(new URL('../patterns/dates.json', import.meta.url));
const DATES = JSON.parse(readFileSync(FILE, 'utf8')) as PatternFile;

/** The DATE spans found in `text`, as the substrings they cover. */
function dates(text: string, minScore?: number): string[] {
  return analyze(text, { entities: ['DATE'], ...(minScore === undefined ? {} : { minScore }) })
    .filter((f) => f.type === 'DATE')
    .map((f) => text.slice(f.start, f.end));
}

describe('calendar', () => {
  it.each([
    [2000, true], [1900, false], [2024, true], [2023, false], [2100, false], [1600, true],
  ])('isLeapYear(%i) = %s', (y, leap) => expect(isLeapYear(y)).toBe(leap));

  it.each([
    [2, 2024, 29], [2, 2023, 28], [2, undefined, 29], [4, 2021, 30], [12, 2021, 31], [13, 2021, 0], [0, 2021, 0],
  ])('daysInMonth(%i, %s) = %i', (m, y, n) => expect(daysInMonth(m, y)).toBe(n));

  it.each([
    [2024, 2, 29, true], [2023, 2, 29, false], [undefined, 2, 29, true], [2021, 4, 31, false], [2021, 1, 0, false],
    [2021, 12, 31, true],
  ])('isRealDate(%s, %i, %i) = %s', (y, m, d, ok) => expect(isRealDate(y, m, d)).toBe(ok));

  it('reads two-digit years as the nearest century', () => {
    expect(expandTwoDigitYear(21)).toBe(2021);
    expect(expandTwoDigitYear(49)).toBe(2049);
    expect(expandTwoDigitYear(77)).toBe(1977);
  });

  it.each([
    ['March', 3], ['mar.', 3], ['Sept', 9], ['SEP', 9], ['december', 12], ['May', 5], ['Marc', 3], ['Month', 0], ['Mayo', 0],
    ['Tuesday', 0], ['ma', 0],
  ])('monthNumber(%s) = %i', (w, n) => expect(monthNumber(w)).toBe(n));
});

describe('date validators', () => {
  it.each([
    ['2021-05-21', true], ['2024-02-29', true], ['2023-02-29', false], ['2021-13-01', false], ['2024-03-15T14:30:00Z', true],
  ])('validYmd(%s) = %s', (v, ok) => expect(validYmd(v)).toBe(ok));

  it.each([
    ['5/20/2021', true], ['20/5/2021', true], ['21.5.21', true], ['13/13/2021', false], ['2/30/2021', false],
    ['29/2/2023', false], ['29/2/24', true], ['29.02.00', true], ['31/4/21', false],
  ])('validDayMonthYear(%s) = %s', (v, ok) => expect(validDayMonthYear(v)).toBe(ok));

  it.each([
    ['5/21', true], ['21/5', true], ['12/31', true], ['1/2', false], ['3/4', false], ['13/13', false], ['2/30', false],
  ])('validDayMonth(%s) = %s', (v, ok) => expect(validDayMonth(v)).toBe(ok));

  it.each<[string, boolean | null]>([
    ['2021-05-21', true], ['2021-02-30', false], ['5/20/2021', true], ['05/21/77', true], ['21.05.2021', true],
    ['21.5.21', null], ['05-21-21', null], ['5/21', null], ['05/2021', null], ['13/2021', false], ['13/13/2021', false],
    ['2/30', false], ['1/2', false], ['7', false],
  ])('checkNumericDate(%s) = %s', (v, want) => expect(checkNumericDate(v)).toBe(want));

  it.each([
    ['March 6th', true], ['Feb 30', false], ['February 29, 2023', false], ['February 29, 2024', true], ['6 March 2020', true],
    ['15 and 31 April 1998', false], ['Tuesday, March 3rd', true], ["March 6, '20", true], ['11th of this month', true],
    ['32nd of this month', false], ['May-21', true], ['March 2020', true],
  ])('validWrittenDate(%s) = %s', (v, ok) => expect(validWrittenDate(v)).toBe(ok));

  it.each([
    [1, 'st', true], [2, 'nd', true], [3, 'rd', true], [4, 'th', true], [11, 'th', true], [12, 'nd', false],
    [13, 'rd', false], [21, 'st', true], [22, 'nd', true], [23, 'th', false], [31, 'st', true], [1, 'th', false],
  ])('ordinalSuffixFits(%i, %s) = %s', (n, s, ok) => expect(ordinalSuffixFits(n, s)).toBe(ok));

  it.each([['the 4th', true], ['the 31st', true], ['the 32nd', false], ['the 0th', false], ['the 3th', false]])(
    'validOrdinalDay(%s) = %s', (v, ok) => expect(validOrdinalDay(v)).toBe(ok),
  );
});

describe('DATE at the default minScore', () => {
  it.each<[string, string[]]>([
    ['Today is 5/20/2021', ['5/20/2021']],
    ['Today is 5-20-2021.', ['5-20-2021']],
    ['Today is 21.05.2021', ['21.05.2021']],
    ['born 2021-05-21 in Oslo', ['2021-05-21']],
    ['logged at 2024-03-15T14:30:00.123Z, then', ['2024-03-15T14:30:00.123Z']],
    ['created 2000-04-16 11:34:35 by admin', ['2000-04-16 11:34:35']],
    ['my birthday is 05/21/77', ['05/21/77']],
    ['It is on March 6th', ['March 6th']],
    ['see you march 1st!', ['march 1st']],
    ['Mar. 6, 2020 was a Friday', ['Mar. 6, 2020']],
    ['On Tuesday, March 3rd we met', ['Tuesday, March 3rd']],
    ['I bought my car on May 1st, 1977', ['May 1st, 1977']],
    ['The hearing of 5 March 1998 was adjourned', ['5 March 1998']],
    ['on the 14th of March at noon', ['14th of March']],
    ['between 15 and 16 March 1998', ['15 and 16 March 1998']],
    ['issued 5-MAY-2021', ['5-MAY-2021']],
    ['He left in July 1974.', ['July 1974']],
    ['I need the car on the 11th of this month', ['11th of this month']],
    ['I want to come back on the 13th.', ['the 13th']],
    ['a table for the 4th please', ['the 4th']],
    ['date of birth: 1/2/1990', ['1/2/1990']],
    ['I was born in 1983 in Leeds', ['1983']],
  ])('%s', (text, expected) => {
    expect(dates(text)).toEqual(expected);
  });
});

describe('DATE decoys (nothing at the default minScore)', () => {
  it.each([
    'The meeting is at 6:45 pm',
    'That will be $45.50 please',
    'Upgrade to version 1.2.3 today',
    'Version 10.12.15 is out',
    'Add 1/2 cup of sugar',
    'The final score was 3-2',
    'Call me at 415-555-0132',
    'My SSN is 123-45-6789',
    'I may come later',
    'We march on the capital',
    'May I help you?',
    'Order 12345 has 2021 items',
    'There were 1999 votes',
    'It is on the 4th floor',
    'She finished in the 3rd place',
    'Room 1972 is free',
    'IP 192.168.1.10 is down',
    'pay 12/31 of the total', // a date-shaped fraction without context is weak
    'today and tomorrow', // relative days are below the default minScore
    'next Friday works',
  ])('%s', (text) => {
    expect(dates(text)).toEqual([]);
  });
});

describe('weak DATE candidates (minScore 0)', () => {
  it.each<[string, string[]]>([
    ['I bought my car in 1972', ['1972']],
    ['I bought my car in May.', ['May']],
    ['Today is 5/21', ['5/21']],
    ['Today is 05/2021', ['05/2021']],
    ['Book it for next Friday', ['next Friday']],
    ['Monday next week is fine', ['Monday next week']],
    ['the day after tomorrow', ['the day after tomorrow']],
    ['what about the 4th?', ['the 4th']],
  ])('%s', (text, expected) => {
    const found = analyze(text, { entities: ['DATE'], minScore: 0 });
    expect(found.map((f) => text.slice(f.start, f.end))).toEqual(expected);
    for (const f of found) expect(f.score).toBeLessThan(0.5);
  });

  it.each(['Today is5/21', "Today is5/21and it's sunny", 'Today is2024-06-05T09:15:30.500-07:00', 'I may go', 'today'])(
    'no candidate at all in %s', (text) => {
      expect(dates(text, 0)).toEqual([]);
    },
  );

  it('raises a weak candidate with date context', () => {
    expect(dates('date: 5/21')).toEqual(['5/21']);
    expect(dates('she was born in 1983')).toEqual(['1983']);
  });
});

describe('patterns/dates.json', () => {
  it('runs digit-bearing patterns on digit windows and gates the others by literals', () => {
    for (const p of DATES.patterns) {
      if (/\\d|\[\d|0\?\[1-9\]/.test(p.regex)) expect(p.prefilter, p.id).toBe('digit');
      else expect(Array.isArray(p.prefilter) && p.prefilter.length > 0, p.id).toBe(true);
    }
  });

  it('has only linear-time regexes (recheck)', async () => {
    const { checkSync } = (await import('recheck')) as { checkSync: (s: string, f: string, o?: object) => { status: string } };
    for (const p of DATES.patterns) {
      expect(checkSync(p.regex, p.flags ?? '', { timeout: 30_000 }).status, p.id).toBe('safe');
    }
  }, 300_000);
});
