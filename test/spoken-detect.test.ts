/**
 * Detection of spoken forms through the public API: the detectors run again on the written
 * form of spoken stretches and report exact spans of the original words. Tables give the
 * words each finding must cover; property tests embed random valid values, rendered in the
 * ways callers say them, in random filler speech and check that the value is fully covered
 * by findings of its type.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { luhnCheckDigit } from '../src/detect/checksums/luhn.js';
import { analyze, redact } from '../src/index.js';

interface Span {
  type: string;
  start: number;
  end: number;
}

function at(text: string, type: string, words: string): Span {
  const start = text.indexOf(words);
  if (start < 0) throw new Error(`test table error: ${JSON.stringify(words)} is not in the text`);
  return { type, start, end: start + words.length };
}

function spans(text: string, entities: readonly string[]): Span[] {
  return analyze(text, { entities }).map((f) => ({ type: f.type, start: f.start, end: f.end }));
}

const CARD16 = 'four one one one one one one one one one one one one one one one';

describe('spoken values: exact original spans', () => {
  it.each([
    [CARD16, 'CREDIT_CARD', CARD16],
    [`my card is ${CARD16} thanks`, 'CREDIT_CARD', CARD16],
    ['it is 4111 one one one one one one one one one one one one okay', 'CREDIT_CARD', '4111 one one one one one one one one one one one one'],
    ['the card is four one one one, one one one one, one one one one, one one one one', 'CREDIT_CARD', 'four one one one, one one one one, one one one one, one one one one'],
    ['five five double five, double five double five, triple five five, four four double four', 'CREDIT_CARD', 'five five double five, double five double five, triple five five, four four double four'],
    ['my social is five three six two two one four seven nine', 'US_SSN', 'five three six two two one four seven nine'],
    ['my social is five three six dash two two dash one four seven nine', 'US_SSN', 'five three six dash two two dash one four seven nine'],
    ['my phone number is four one five five five five oh one three two', 'PHONE', 'four one five five five five oh one three two'],
    ['call me at four one five double five five oh one three two', 'PHONE', 'four one five double five five oh one three two'],
    ['you can reach me at four one five eight nine two three three oh one', 'PHONE', 'four one five eight nine two three three oh one'],
    ['so it is john dot smith at gmail dot com thanks', 'EMAIL', 'john dot smith at gmail dot com'],
    ['my email is j s m i t h at outlook dot com', 'EMAIL', 'j s m i t h at outlook dot com'],
    ['mary underscore lee at example dot co dot uk', 'EMAIL', 'mary underscore lee at example dot co dot uk'],
    ['my zip is nine four one oh seven', 'POSTAL_CODE', 'nine four one oh seven'],
    ['date of birth is the fourteenth of march nineteen eighty five', 'DATE', 'fourteenth of march nineteen eighty five'],
  ])('%j → %s %j', (text, type, words) => {
    expect(spans(text, [type])).toEqual([at(text, type, words)]);
  });

  it('marks findings made on the written form with a +spoken detector', () => {
    const f = analyze(`card ${CARD16}`);
    expect(f).toHaveLength(1);
    expect(f[0]!.detector).toMatch(/\+spoken$/);
  });

  it('redacts the spoken words, keeping the rest of the sentence', () => {
    expect(redact(`yeah my card is ${CARD16} thanks`).text).toBe('yeah my card is [CREDIT_CARD] thanks');
    expect(redact('email john dot smith at gmail dot com please').text).toBe('email [EMAIL] please');
    expect(redact('my zip is nine four one oh seven ok').text).toBe('my zip is [POSTAL_CODE] ok');
  });

  it('finds nothing spoken when spoken detection is off', () => {
    expect(analyze(CARD16, { spoken: false })).toEqual([]);
    expect(analyze('john dot smith at gmail dot com', { spoken: false })).toEqual([]);
  });

  it.each([
    'one moment please, I have two kids',
    'four one one one', // too short for any identifier
    'four one one one one one one one one one one one one one one two', // Luhn-invalid
    'I was there at nine thirty and left at ten fifteen',
    'we talked about it at the office',
  ])('ordinary speech and invalid numbers: %j', (text) => {
    expect(spans(text, ['CREDIT_CARD', 'US_SSN', 'PHONE', 'EMAIL'])).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------
// Property tests
// ---------------------------------------------------------------------------------------------

const DIGIT_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const FILLER = ['yeah', 'so', 'um', 'thanks', 'okay', 'the', "it's", 'well', 'right', 'sure', 'and', 'like', 'uh', 'hmm'];

function luhnComplete(body: string): string {
  return body + String(luhnCheckDigit(body));
}

const digits = (n: number): fc.Arbitrary<string> =>
  fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n }).map((a) => a.join(''));

/** A Luhn-valid card of an issued IIN: 16 digits in 4-4-4-4 (Visa, Mastercard, Discover) or Amex 15 in 4-6-5. */
const cardGroups: fc.Arbitrary<string[]> = fc.oneof(
  fc.constantFrom('4', '51', '52', '53', '54', '55', '6011').chain((iin) =>
    digits(15 - iin.length).map((rest) => {
      const d = luhnComplete(iin + rest);
      return [d.slice(0, 4), d.slice(4, 8), d.slice(8, 12), d.slice(12)];
    })),
  fc.constantFrom('34', '37').chain((iin) =>
    digits(12).map((rest) => {
      const d = luhnComplete(iin + rest);
      return [d.slice(0, 4), d.slice(4, 10), d.slice(10)];
    })),
);

/** A valid SSN: area 001-899 but 666, group 01-99, serial 0001-9999, not a published sample, as 3-2-4 groups. */
const ssnGroups: fc.Arbitrary<string[]> = fc
  .tuple(fc.integer({ min: 1, max: 899 }).filter((a) => a !== 666), fc.integer({ min: 1, max: 99 }), fc.integer({ min: 1, max: 9999 }))
  .map(([a, g, s]) => [String(a).padStart(3, '0'), String(g).padStart(2, '0'), String(s).padStart(4, '0')])
  .filter((g) => {
    const d = g.join('');
    return !['078051120', '219099999', '123456789'].includes(d) && !d.startsWith('98765432') && !/^(\d)\1{8}$/.test(d);
  });

/**
 * A valid US number: an assigned area code, an exchange 2xx-9xx that is neither N11 nor 555 (555
 * numbers are fictional and scored below the default threshold), any line number.
 */
const AREA_CODES = ['201', '202', '206', '212', '213', '214', '303', '305', '312', '404', '415', '503', '512', '602', '617', '646', '702', '713', '720', '801', '818', '917'];
const phoneGroups: fc.Arbitrary<string[]> = fc
  .tuple(fc.constantFrom(...AREA_CODES), fc.integer({ min: 2, max: 9 }), digits(2), digits(4))
  .filter(([, a, b]) => b !== '11' && !(a === 5 && b === '55'))
  .map(([area, a, b, line]) => [area, `${a}${b}`, line]);

/**
 * How a group is said: digit words, "oh" or "zero" for 0, "double X" / "triple X" for repeats
 * (`choices` picks among them). A number said from its start opens with "zero", not "oh": the
 * normaliser reads a leading "oh" as a digit only before another number word ("oh oh seven" loses one 0).
 */
function spokenGroup(g: string, choices: readonly number[], first: boolean): string {
  const out: string[] = [];
  let i = 0;
  let k = 0;
  while (i < g.length) {
    const c = choices[k++ % choices.length]!;
    const d = g.charCodeAt(i) - 48;
    let run = 1;
    while (i + run < g.length && g[i + run] === g[i]) run++;
    const word = d === 0 ? ((c & 1) === 1 && !(first && i === 0) ? 'oh' : 'zero') : DIGIT_WORDS[d]!;
    if (run >= 3 && c % 3 === 0) {
      out.push('triple', word);
      i += 3;
    } else if (run >= 2 && c % 2 === 0) {
      out.push('double', word);
      i += 2;
    } else {
      out.push(word);
      i++;
    }
  }
  return out.join(' ');
}

/**
 * Renders number groups: written with one separator, all spoken, or mixed written and spoken groups,
 * spoken groups joined by a space, a comma or an "uh". In mixed form the first two groups are not both
 * written: the normaliser starts a mixed run at a written group followed by a spoken one, so
 * "4111 1111 one one one one …" keeps 4111 apart (a known gap of src/detect/spoken/normalize.ts).
 */
function rendered(groups: fc.Arbitrary<string[]>, seps: readonly string[]): fc.Arbitrary<string> {
  return groups.chain((g) =>
    fc.record({
      mode: fc.constantFrom('written', 'spoken', 'mixed'),
      sep: fc.constantFrom(...seps),
      written: fc.array(fc.boolean(), { minLength: g.length, maxLength: g.length }),
      choices: fc.array(fc.nat(5), { minLength: 1, maxLength: 8 }),
      join: fc.constantFrom(' ', ', ', ' uh '),
    }).map(({ mode, sep, written, choices, join }) => {
      if (mode === 'written') return g.join(sep);
      if (mode === 'spoken') return g.map((x, i) => spokenGroup(x, choices, i === 0)).join(join);
      const w = written.slice();
      if (w[0] && w[1]) w[1] = false;
      return g.map((x, i) => (w[i] ? x : spokenGroup(x, choices, i === 0))).join(join);
    }));
}

/** An email written, spoken ("john dot smith at gmail dot com") or with the local part spelled ("j s m i t h at …"). */
const email: fc.Arbitrary<string> = fc
  .record({
    first: fc.constantFrom('john', 'mary', 'anna', 'li', 'carlos', 'priya', 'sam', 'olu'),
    last: fc.option(fc.constantFrom('smith', 'lee', 'garcia', 'nguyen', 'okafor', 'brown'), { nil: undefined }),
    host: fc.constantFrom('gmail', 'outlook', 'yahoo', 'hotmail', 'example', 'acme'),
    tld: fc.constantFrom('com', 'net', 'org'),
    mode: fc.constantFrom('written', 'spoken', 'spelled'),
  })
  .map(({ first, last, host, tld, mode }) => {
    if (mode === 'written') return `${first}${last ? '.' + last : ''}@${host}.${tld}`;
    if (mode === 'spoken') return `${first}${last ? ' dot ' + last : ''} at ${host} dot ${tld}`;
    return `${[...(first[0] + (last ?? first))].join(' ')} at ${host} dot ${tld}`;
  });

const filler = fc.array(fc.constantFrom(...FILLER), { minLength: 0, maxLength: 6 }).map((a) => a.join(' '));

/** `before cue value after`, and where the value is. */
function embed(before: string, cue: string, value: string, after: string): { text: string; start: number; end: number } {
  const head = [before, cue].filter((s) => s.length > 0).join(' ');
  const pre = head.length > 0 ? head + ' ' : '';
  return { text: pre + value + (after.length > 0 ? ' ' + after : ''), start: pre.length, end: pre.length + value.length };
}

/** Offsets of the value's non-space characters that no finding of `type` covers. */
function uncovered(text: string, start: number, end: number, type: string): number[] {
  const found = analyze(text).filter((f) => f.type === type);
  const miss: number[] = [];
  for (let i = start; i < end; i++) {
    if (text.charCodeAt(i) > 32 && !found.some((f) => f.start <= i && i < f.end)) miss.push(i);
  }
  return miss;
}

const RUNS = 150;

describe('property: a valid value said in any supported way inside filler speech is fully covered', () => {
  it.each([
    // cues: cards and emails need none; an SSN or a bare US number needs its context word to pass the threshold
    ['CREDIT_CARD', rendered(cardGroups, [' ', '-', '']), ['', 'my card number is', "it's"]],
    ['US_SSN', rendered(ssnGroups, ['-', ' ', '']), ['my social is', 'social security number', 'ssn']],
    ['PHONE', rendered(phoneGroups, ['-', ' ', '.']), ['my number is', 'call me at', 'my phone number is']],
    ['EMAIL', email, ['', 'my email is', 'it is']],
  ] as const)('%s', (type, value, cues) => {
    fc.assert(
      fc.property(filler, fc.constantFrom(...cues), value, filler, (before, cue, v, after) => {
        const { text, start, end } = embed(before, cue, v, after);
        expect(uncovered(text, start, end, type), text).toEqual([]);
      }),
      { numRuns: RUNS },
    );
  });

  it('the renderer really produces spoken, mixed, "oh", double and triple forms', () => {
    const samples = fc.sample(rendered(cardGroups, [' ']), { numRuns: 400, seed: 1 });
    expect(samples.some((s) => /^[a-z ,]+$/.test(s))).toBe(true);
    expect(samples.some((s) => /\d/.test(s) && /[a-z]/.test(s))).toBe(true);
    expect(samples.some((s) => /\bdouble\b/.test(s))).toBe(true);
    expect(samples.some((s) => /\btriple\b/.test(s))).toBe(true);
    expect(samples.some((s) => /\boh\b/.test(s))).toBe(true);
  });
});
