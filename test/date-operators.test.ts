import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeSpoken } from '../src/detect/spoken/normalize.js';
import { OptionsError } from '../src/errors.js';
import { createRedactor } from '../src/redactor.js';
import { parseDate } from '../src/transform/dates/index.js';
import { Key } from '../src/transform/keys.js';
import { RESTRICTED_ZIP3, subjectOffset } from '../src/transform/operators/dates.js';
import { compileOperators, type OperatorSpec } from '../src/transform/operators/index.js';
import type { Finding } from '../src/types.js';

const K1 = new Key(Buffer.from('0123456789abcdef0123456789abcdef'), 'test');
const K2 = new Key(Buffer.from('fedcba9876543210fedcba9876543210'), 'test');

function run(spec: OperatorSpec, type: string, value: string, opts: { subject?: string; region?: string; key?: Key; country?: string } = {}): string {
  const key = opts.key ?? K1;
  const ops = compileOperators({ operators: { default: spec }, key });
  const f: Finding = { type, start: 0, end: value.length, score: 1, detector: 't', ...(opts.country ? { country: opts.country } : {}) };
  return ops.apply(value, f, { key, subject: opts.subject, region: opts.region ?? 'US' });
}

const shift = (value: string, subject = 'patient-1', region = 'US', key = K1) => run('shift_date', 'DATE', value, { subject, region, key });

// ---- an independent calendar for the expectations ----------------------------------------------

interface D {
  y: number;
  m: number;
  d: number;
}
function plus(date: D, days: number): D {
  const t = new Date(Date.UTC(date.y, date.m - 1, date.d) + days * 86_400_000);
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}
function dayNumber(date: D): number {
  return Date.UTC(date.y, date.m - 1, date.d) / 86_400_000;
}
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const p2 = (n: number) => String(n).padStart(2, '0');
const suffix = (n: number) => (n % 100 >= 11 && n % 100 <= 13 ? 'th' : ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
const weekdayOf = (x: D) => DAYS[new Date(Date.UTC(x.y, x.m - 1, x.d)).getUTCDay()]!;

describe('shift_date: the subject offset', () => {
  it('property: within ±maxDays and never 0', () => {
    fc.assert(
      fc.property(fc.string(), fc.integer({ min: 1, max: 3650 }), (subject, maxDays) => {
        const o = subjectOffset(K1, subject, maxDays);
        expect(Number.isInteger(o)).toBe(true);
        expect(o).not.toBe(0);
        expect(Math.abs(o)).toBeLessThanOrEqual(maxDays);
      }),
      { numRuns: 500 },
    );
  });

  it('is deterministic per key and subject, spread over both signs, and differs between subjects and keys', () => {
    expect(subjectOffset(K1, 'patient-1', 365)).toBe(subjectOffset(K1, 'patient-1', 365));
    const offsets = Array.from({ length: 200 }, (_x, i) => subjectOffset(K1, `subject-${i}`, 365));
    expect(new Set(offsets).size).toBeGreaterThan(150);
    expect(offsets.filter((o) => o < 0).length).toBeGreaterThan(60);
    expect(offsets.filter((o) => o > 0).length).toBeGreaterThan(60);
    const other = Array.from({ length: 200 }, (_x, i) => subjectOffset(K2, `subject-${i}`, 365));
    expect(other.filter((o, i) => o !== offsets[i]).length).toBeGreaterThan(190);
    expect(subjectOffset(K1, 'patient-1', 365)).not.toBe(subjectOffset(K1, 'patient-2', 365));
  });

  it('maxDays 1 moves every date by exactly one day', () => {
    const out = run({ operator: 'shift_date', maxDays: 1 }, 'DATE', '2020-01-01', { subject: 'x' });
    expect(['2019-12-31', '2020-01-02']).toContain(out);
  });

  it('rejects bad parameters, naming the operator', () => {
    expect(() => compileOperators({ operators: { DATE: { operator: 'shift_date', maxDays: 0 } } })).toThrow(OptionsError);
    expect(() => compileOperators({ operators: { DATE: { operator: 'shift_date', maxDays: 1.5 } } })).toThrow(/operators\.DATE: "maxDays"/);
    expect(() => compileOperators({ operators: { DATE: { operator: 'shift_date', days: 3 } } })).toThrow(/unknown parameter "days"/);
  });
});

describe('shift_date: formats', () => {
  const off = subjectOffset(K1, 'patient-1', 365);
  type Fmt = (x: D) => string;
  const table: [string, D, Fmt, string?][] = [
    ['03/14/1985', { y: 1985, m: 3, d: 14 }, (x) => `${p2(x.m)}/${p2(x.d)}/${x.y}`],
    ['3/14/1985', { y: 1985, m: 3, d: 14 }, (x) => `${x.m}/${x.d}/${x.y}`],
    ['14.03.1985', { y: 1985, m: 3, d: 14 }, (x) => `${p2(x.d)}.${p2(x.m)}.${x.y}`],
    ['1985-03-14', { y: 1985, m: 3, d: 14 }, (x) => `${x.y}-${p2(x.m)}-${p2(x.d)}`],
    ['1985/3/9', { y: 1985, m: 3, d: 9 }, (x) => `${x.y}/${x.m}/${x.d}`],
    ['2024-03-15T14:30:00Z', { y: 2024, m: 3, d: 15 }, (x) => `${x.y}-${p2(x.m)}-${p2(x.d)}T14:30:00Z`],
    ['2024-03-15 09:05', { y: 2024, m: 3, d: 15 }, (x) => `${x.y}-${p2(x.m)}-${p2(x.d)} 09:05`],
    ['14/03/85', { y: 1985, m: 3, d: 14 }, (x) => `${p2(x.d)}/${p2(x.m)}/${p2(x.y % 100)}`, 'GB'],
    ['05/06/2021', { y: 2021, m: 5, d: 6 }, (x) => `${p2(x.m)}/${p2(x.d)}/${x.y}`, 'US'],
    ['05/06/2021', { y: 2021, m: 6, d: 5 }, (x) => `${p2(x.d)}/${p2(x.m)}/${x.y}`, 'GB'],
    ['March 14, 1985', { y: 1985, m: 3, d: 14 }, (x) => `${MONTHS[x.m - 1]} ${x.d}, ${x.y}`],
    ['14 March 1985', { y: 1985, m: 3, d: 14 }, (x) => `${x.d} ${MONTHS[x.m - 1]} ${x.y}`],
    ['march 14 1985', { y: 1985, m: 3, d: 14 }, (x) => `${MONTHS[x.m - 1]!.toLowerCase()} ${x.d} ${x.y}`],
    ['MAR 14 1985', { y: 1985, m: 3, d: 14 }, (x) => `${MONTHS[x.m - 1]!.slice(0, 3).toUpperCase()} ${x.d} ${x.y}`],
    ['Mar. 6, 2020', { y: 2020, m: 3, d: 6 }, (x) => `${MONTHS[x.m - 1]!.slice(0, 3)}. ${x.d}, ${x.y}`],
    ['5-MAY-2021', { y: 2021, m: 5, d: 5 }, (x) => `${x.d}-${MONTHS[x.m - 1]!.slice(0, 3).toUpperCase()}-${x.y}`],
    ['14th of March, 1985', { y: 1985, m: 3, d: 14 }, (x) => `${x.d}${suffix(x.d)} of ${MONTHS[x.m - 1]}, ${x.y}`],
    ['Tuesday, March 3rd, 2020', { y: 2020, m: 3, d: 3 }, (x) => `${weekdayOf(x)}, ${MONTHS[x.m - 1]} ${x.d}${suffix(x.d)}, ${x.y}`],
    // without a year: reckoned in a leap year, the year stays unwritten
    ['Mar 14th', { y: 2000, m: 3, d: 14 }, (x) => `${MONTHS[x.m - 1]!.slice(0, 3)} ${x.d}${suffix(x.d)}`],
    ['5/21', { y: 2000, m: 5, d: 21 }, (x) => `${x.m}/${x.d}`],
  ];

  it.each(table)('%s → moved by the subject offset, same format', (value, date, fmt, region) => {
    expect(shift(value, 'patient-1', region ?? 'US')).toBe(fmt(plus(date, off)));
  });

  it('month-year, year and day-only dates move by the same offset at their precision', () => {
    const mid = plus({ y: 2020, m: 3, d: 15 }, off);
    expect(shift('March 2020')).toBe(`${MONTHS[mid.m - 1]} ${mid.y}`);
    expect(shift('03/2020')).toBe(`${p2(mid.m)}/${mid.y}`);
    expect(shift('1985')).toBe(String(plus({ y: 1985, m: 7, d: 2 }, off).y));
    const day = plus({ y: 2000, m: 1, d: 4 }, off).d;
    expect(shift('the 4th')).toBe(`the ${day}${suffix(day)}`);
  });

  it('a day range moves together, or becomes [DATE] when it would split across months', () => {
    for (const subject of ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h']) {
      const o = subjectOffset(K1, subject, 365);
      const a = plus({ y: 2000, m: 5, d: 27 }, o);
      const b = plus({ y: 2000, m: 5, d: 29 }, o);
      const expected = a.m === b.m ? `${MONTHS[a.m - 1]} ${a.d}-${b.d}` : '[DATE]';
      expect(shift('May 27-29', subject)).toBe(expected);
      const c = plus({ y: 1990, m: 2, d: 14 }, o);
      const e = plus({ y: 1990, m: 2, d: 15 }, o);
      expect(shift('14 or 15 February 1990', subject)).toBe(c.m === e.m ? `${c.d} or ${e.d} ${MONTHS[c.m - 1]} ${c.y}` : '[DATE]');
      const f = plus({ y: 2000, m: 3, d: 3 }, o);
      const g = plus({ y: 2000, m: 3, d: 14 }, o);
      const month = MONTHS[f.m - 1];
      expect(shift('March 3rd to 14th of March', subject)).toBe(
        f.m === g.m ? `${month} ${f.d}${suffix(f.d)} to ${g.d}${suffix(g.d)} of ${month}` : '[DATE]',
      );
    }
    expect(shift('March 3rd to April 14th')).toBe('[DATE]');
  });

  it('a weekday without a year moves by the offset', () => {
    const o = subjectOffset(K1, 'patient-1', 365);
    const wd = DAYS[(((2 + o) % 7) + 7) % 7]!; // Tuesday = 2
    const x = plus({ y: 2000, m: 3, d: 3 }, o);
    expect(shift('Tuesday, March 3rd')).toBe(`${wd}, ${MONTHS[x.m - 1]} ${x.d}${suffix(x.d)}`);
  });

  it('a spoken date comes back spoken, as the same date moved', () => {
    for (const subject of ['p1', 'p2', 'p3', 'p4', 'p5']) {
      const o = subjectOffset(K1, subject, 365);
      const x = plus({ y: 1985, m: 3, d: 14 }, o);
      const out = shift('the fourteenth of march nineteen eighty five', subject);
      expect(out).toMatch(/^the [a-z ]+ of [a-z]+ [a-z ]+$/);
      expect(out).not.toMatch(/\d/);
      expect(normalizeSpoken(out).text).toBe(`the ${x.d}${suffix(x.d)} of ${MONTHS[x.m - 1]!.toLowerCase()} ${x.y}`);
    }
  });

  it.each([
    'next Friday', 'tomorrow', 'soon', '13/13/2020', 'February 30, 2020', '2021-02-29', '32/01/2020', 'the 45th', '',
    'March 3 - April 5', '12:30', '1/2/3/4', 'March 14, 1985 and 42 apples', 'Smith',
  ])('unreadable %j → [DATE], never left in clear', (value) => {
    expect(shift(value)).toBe('[DATE]');
  });

  it('property: one subject keeps the interval between any two dates (ISO and written forms)', () => {
    const day = fc.integer({ min: dayNumber({ y: 1900, m: 1, d: 1 }), max: dayNumber({ y: 2090, m: 12, d: 31 }) }).map((n) => {
      const t = new Date(n * 86_400_000);
      return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
    });
    const iso = (x: D) => `${x.y}-${p2(x.m)}-${p2(x.d)}`;
    const written = (x: D) => `${MONTHS[x.m - 1]} ${x.d}, ${x.y}`;
    const back = (s: string): D => {
      const p = parseDate(s)!;
      return { y: p.year!, m: p.month!, d: p.days[0]! };
    };
    fc.assert(
      fc.property(day, day, fc.string({ maxLength: 12 }), fc.boolean(), (a, b, subject, useWritten) => {
        const f = useWritten ? written : iso;
        const sa = back(shift(f(a), subject));
        const sb = back(shift(f(b), subject));
        expect(dayNumber(sb) - dayNumber(sa)).toBe(dayNumber(b) - dayNumber(a));
        expect(dayNumber(sa) - dayNumber(a)).toBe(subjectOffset(K1, subject, 365));
      }),
      { numRuns: 300 },
    );
  });

  it('in a redactor: one subject keeps intervals, another subject gets other dates, no subject still shifts', () => {
    const r = createRedactor({ operators: { DATE: 'shift_date' }, key: K1 });
    const text = 'Born on 03/14/1985, admitted on 04/01/2020.';
    const dates = (t: string) => [...t.matchAll(/\d\d\/\d\d\/\d{4}/g)].map((m) => {
      const [mm, dd, yy] = m[0].split('/').map(Number) as [number, number, number];
      return dayNumber({ y: yy, m: mm, d: dd });
    });
    const orig = dates(text);
    const a = r.redact(text, { subject: 'A' }).text;
    const b = r.redact(text, { subject: 'B' }).text;
    const none = r.redact(text).text;
    const da = dates(a);
    expect(da).toHaveLength(2);
    expect(da[1]! - da[0]!).toBe(orig[1]! - orig[0]!);
    expect(da[0]! - orig[0]!).toBe(subjectOffset(K1, 'A', 365));
    expect(b).not.toBe(a);
    expect(dates(b)[1]! - dates(b)[0]!).toBe(orig[1]! - orig[0]!);
    expect(none).not.toContain('03/14/1985');
    expect(r.redact(text, { subject: 'A' }).text).toBe(a);
  });
});

describe('generalize', () => {
  it.each([
    ['03/14/1985', '1985', '03/1985'],
    ['3/14/1985', '1985', '3/1985'],
    ['14.03.1985', '1985', '03.1985'],
    ['1985-03-14', '1985', '1985-03'],
    ['05/21/85', '1985', '05/1985'],
    ['March 14, 1985', '1985', 'March 1985'],
    ['14 Mar 1985', '1985', 'Mar 1985'],
    ['the fourteenth of march nineteen eighty five', '1985', 'march 1985'],
    ['Mar 14th', '[DATE]', 'Mar'],
    ['1985', '1985', '1985'],
    ['next Friday', '[DATE]', '[DATE]'],
    ['February 30, 1985', '[DATE]', '[DATE]'],
  ])('DATE %j → %j (year), %j (month)', (value, year, month) => {
    expect(run('generalize', 'DATE', value)).toBe(year);
    expect(run({ operator: 'generalize', dateTo: 'month' }, 'DATE', value)).toBe(month);
  });

  it.each([
    ['94107', '941XX'], ['94107-1234', '941XX'], ['10001', '100XX'], ['02138', '021XX'],
    ['03701', '037XX'], ['05801', '058XX'], ['10299', '000XX'], ['99501', '995XX'],
    ['nine four one oh seven', '941XX'], ['9410', '[POSTAL_CODE]'], ['941077', '[POSTAL_CODE]'], ['SW1A 1AA', '[POSTAL_CODE]'],
  ])('POSTAL_CODE %j → %j', (value, expected) => {
    expect(run('generalize', 'POSTAL_CODE', value)).toBe(expected);
  });

  it('the 17 Safe Harbor restricted prefixes become 000XX, their neighbours do not', () => {
    const listed = ['036', '059', '063', '102', '203', '556', '692', '790', '821', '823', '830', '831', '878', '879', '884', '890', '893'];
    expect([...RESTRICTED_ZIP3].sort()).toEqual(listed);
    for (const p of listed) {
      expect(run('generalize', 'POSTAL_CODE', `${p}42`)).toBe('000XX');
      expect(run('generalize', 'POSTAL_CODE', `${p}42-0001`)).toBe('000XX');
      const next = String(Number(p) + 1).padStart(3, '0');
      if (!listed.includes(next)) expect(run('generalize', 'POSTAL_CODE', `${next}42`)).toBe(`${next}XX`);
    }
  });

  it('a postal code of another country becomes the label', () => {
    expect(run('generalize', 'POSTAL_CODE', '10115', { country: 'DE' })).toBe('[POSTAL_CODE]');
    expect(run('generalize', 'POSTAL_CODE', '94107', { country: 'US' })).toBe('941XX');
  });

  it.each([
    ['47', '40-49'], ['47 years old', '40-49 years old'], ['aged 47', 'aged 40-49'], ['89', '80-89'], ['89 years old', '80-89 years old'],
    ['90', '90+'], ['90 years old', '90+ years old'], ['104', '90+'], ['5', '0-9'], ['0', '0-9'], ['forty seven', '40-49'],
    ['200', '[AGE]'], ['old', '[AGE]'], ['47 or 48', '[AGE]'],
  ])('AGE %j → %j', (value, expected) => {
    expect(run('generalize', 'AGE', value)).toBe(expected);
  });

  it('property: an age band holds the age', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 150 }), (age) => {
        const band = run('generalize', 'AGE', String(age));
        if (age >= 90) expect(band).toBe('90+');
        else {
          const [lo, hi] = band.split('-').map(Number) as [number, number];
          expect(lo).toBeLessThanOrEqual(age);
          expect(hi).toBeGreaterThanOrEqual(age);
          expect(hi - lo).toBe(9);
          expect(lo % 10).toBe(0);
        }
      }),
    );
  });

  it('other types become the label', () => {
    expect(run('generalize', 'EMAIL', 'maria@example.com')).toBe('[EMAIL]');
    expect(run('generalize', 'PERSON', 'Maria Gonzalez')).toBe('[PERSON]');
  });

  it('rejects bad parameters', () => {
    expect(() => compileOperators({ operators: { DATE: { operator: 'generalize', dateTo: 'day' } } })).toThrow(/"dateTo" must be one of year, month/);
  });

  it('needs no key', () => {
    expect(compileOperators({ operators: { DATE: 'generalize' } }).key).toBeUndefined();
  });
});
