/**
 * The public contract of analyze / redact / createRedactor. Behaviour that needs a
 * detector uses EMAIL (or a pattern defined here), so these tests do not move
 * when other detectors change.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import {
  analyze, createRedactor, OptionsError, PatternFileError, redact,
  type AnalyzeOptions, type Finding, type PatternFile,
} from '../src/index.js';

const EMAIL_ONLY: AnalyzeOptions = { entities: ['EMAIL'] };
const spans = (fs: Finding[]) => fs.map((f) => [f.type, f.start, f.end]);

const dir = mkdtempSync(join(tmpdir(), 'scrubline-api-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let fileNo = 0;
/** Writes a temporary pattern file and returns its path. */
function patternFile(content: unknown): string {
  const path = join(dir, `patterns-${++fileNo}.json`);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
}

/** A low-score custom pattern, raised by the context word "ticket". */
const TICKETS: PatternFile = {
  family: 'test-tickets',
  patterns: [{
    id: 'ticket_ref', type: 'TICKET_REF', regex: '(?<![\\w-])TK\\d{5}(?![\\w-])', score: 0.3,
    context: ['ticket'], prefilter: 'TK',
  }],
};

describe('offsets are UTF-16 indices, end exclusive', () => {
  const email = 'ann.lee@example.com';
  it.each([
    ['ASCII', 'mail: ', 6],
    ['emoji and CJK', '😀 你好 mail: ', 12],
    ['precomposed é', 'é ', 2],
    ['e + combining acute', 'e\u0301 ', 3],
    ['astral letter', '𝒜 ', 3],
    ['ZWJ family emoji', '👩‍👩‍👧 ', 9],
    ['nothing', '', 0],
  ])('%s before the email', (_n, prefix, start) => {
    const text = `${prefix}${email} ok`;
    const found = analyze(text, EMAIL_ONLY);
    expect(spans(found)).toEqual([['EMAIL', start, start + 19]]);
    expect(text.slice(found[0]!.start, found[0]!.end)).toBe(email);
  });
});

describe('redact replaces each finding with [TYPE]', () => {
  it.each([
    ['write ann@example.com or bob@example.org.', 'write [EMAIL] or [EMAIL].'],
    ['😀ann@example.com😀', '😀[EMAIL]😀'],
    ['no personal data here', 'no personal data here'],
    ['', ''],
  ])('%j', (text, expected) => {
    const r = redact(text, EMAIL_ONLY);
    expect(r.text).toBe(expected);
    for (const f of r.findings) expect(text.slice(f.start, f.end)).toMatch(/^[^@\s]+@[^@\s]+$/);
  });

  it('custom and deny-list types get their own labels', () => {
    const r = redact('ticket TK12345 for Zebulon', { entities: ['TICKET_REF'], patterns: [TICKETS], deny: ['Zebulon'] });
    expect(r.text).toBe('ticket [TICKET_REF] for [DENY_LIST]');
  });
});

describe('findings are sorted and never overlap', () => {
  it('an email wins over a deny-listed word inside it', () => {
    const text = 'Zed: zed@example.com, example, zed';
    const found = analyze(text, { entities: ['EMAIL'], deny: ['example', 'zed'] });
    expect(spans(found)).toEqual([['DENY_LIST', 0, 3], ['EMAIL', 5, 20], ['DENY_LIST', 22, 29], ['DENY_LIST', 31, 34]]);
  });

  const piece = fc.constantFrom(
    'ann@example.com', 'b.o+b@mail.example.org', 'zed', 'Zed', 'example', ' ', ', ', '.', '@', '😀', '你好', 'é',
    'call me', '42', 'x@y', '\n',
  );
  it('for any mix of emails, deny-listed words and other text (property)', () => {
    const r = createRedactor({ entities: ['EMAIL'], deny: ['zed', { value: 'example', type: 'ORGANIZATION' }] });
    fc.assert(fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
      const text = pieces.join('');
      const found = r.analyze(text);
      for (let i = 0; i < found.length; i++) {
        const f = found[i]!;
        expect(f.start).toBeGreaterThanOrEqual(0);
        expect(f.end).toBeGreaterThan(f.start);
        expect(f.end).toBeLessThanOrEqual(text.length);
        if (i > 0) expect(found[i - 1]!.end).toBeLessThanOrEqual(f.start);
      }
      let rebuilt = '';
      let pos = 0;
      for (const f of found) {
        rebuilt += `${text.slice(pos, f.start)}[${f.type}]`;
        pos = f.end;
      }
      expect(r.redact(text).text).toBe(rebuilt + text.slice(pos));
    }), { numRuns: 300 });
  });
});

describe('options', () => {
  // "ticket" is within the context window of TK12345 only.
  const text = 'ref TK54321 then mail ann@example.com, ticket TK12345';

  it('entities limits the types reported', () => {
    expect(spans(analyze(text, { entities: ['TICKET_REF'], patterns: [TICKETS], minScore: 0 })))
      .toEqual([['TICKET_REF', 4, 11], ['TICKET_REF', 46, 53]]);
    expect(spans(analyze(text, { entities: ['EMAIL'], patterns: [TICKETS], minScore: 0 }))).toEqual([['EMAIL', 22, 37]]);
    expect(analyze(text, { entities: ['CREDIT_CARD'] }).filter((f) => f.type === 'EMAIL')).toEqual([]);
    expect(createRedactor({ entities: ['EMAIL'] }).entities).toEqual(['EMAIL']);
  });

  it.each([
    [undefined, [['TICKET_REF', 46, 53, 0.65]]],
    [0, [['TICKET_REF', 4, 11, 0.3], ['TICKET_REF', 46, 53, 0.65]]],
    [0.3, [['TICKET_REF', 4, 11, 0.3], ['TICKET_REF', 46, 53, 0.65]]],
    [0.31, [['TICKET_REF', 46, 53, 0.65]]],
    [0.7, []],
  ] as [number | undefined, [string, number, number, number][]][])('minScore %s', (minScore, expected) => {
    const options: AnalyzeOptions = { entities: ['TICKET_REF'], patterns: [TICKETS] };
    if (minScore !== undefined) options.minScore = minScore;
    const got = analyze(text, options).map((f) => [f.type, f.start, f.end, Math.round(f.score * 100) / 100]);
    expect(got).toEqual(expected);
  });

  it('minScore 1 keeps score-1 findings', () => {
    expect(spans(analyze(text, { entities: ['EMAIL'], minScore: 1 }))).toEqual([['EMAIL', 22, 37]]);
  });

  const emails = 'ann@example.com; ANN@EXAMPLE.COM; bob@example.com; eve@other.org';
  const emailStarts = (allow: AnalyzeOptions['allow']) => analyze(emails, { entities: ['EMAIL'], allow }).map((f) => f.start);
  it.each([
    ['nothing allowed', [], [0, 17, 34, 51]],
    ['an exact string, any case', ['Ann@Example.com'], [34, 51]],
    ['a string with surrounding space', ['  bob@example.com '], [0, 17, 51]],
    ['a string that is only part of a value', ['example.com'], [0, 17, 34, 51]],
    ['a RegExp matching whole values', [/[a-z]+@example\.com/], [17, 51]],
    ['a RegExp with the i flag', [/[a-z]+@example\.com/i], [51]],
    ['a RegExp matching only part of a value', [/example\.com/], [0, 17, 34, 51]],
    ['a global RegExp (no lastIndex state)', [/[a-z]+@example\.com/g], [17, 51]],
    ['strings and RegExps together', ['eve@other.org', /bob@.*/], [0, 17]],
  ] as [string, AnalyzeOptions['allow'], number[]][])('allow: %s', (_n, allow, starts) => {
    expect(emailStarts(allow)).toEqual(starts);
  });

  it.each([
    ['a bare string, reported as DENY_LIST', ['Zebulon'], 'Zebulon met ZEBULON, not Zebulons', [['DENY_LIST', 0, 7], ['DENY_LIST', 12, 19]]],
    ['{ value, type }', [{ value: 'Project Falcon', type: 'ORGANIZATION' }], 'the project falcon team', [['ORGANIZATION', 4, 18]]],
    ['{ value } without a type', [{ value: 'Falcon' }], 'Falcon', [['DENY_LIST', 0, 6]]],
    ['the longer of two values', ['Project', 'Project Falcon'], 'Project Falcon', [['DENY_LIST', 0, 14]]],
    ['a value with regex characters', ['a.b (c)'], 'x a.b (c) y axb (c)', [['DENY_LIST', 2, 9]]],
  ] as [string, AnalyzeOptions['deny'], string, [string, number, number][]][])('deny: %s', (_n, deny, input, expected) => {
    const found = analyze(input, { entities: ['EMAIL'], deny });
    expect(spans(found)).toEqual(expected);
    for (const f of found) expect(f.score).toBe(1);
  });
});

describe('errors', () => {
  function errorOf(fn: () => unknown): Error {
    try {
      fn();
    } catch (e) {
      return e as Error;
    }
    throw new Error('expected an error');
  }

  it.each([42, null, undefined, { text: 'x' }, ['x'], Buffer.from('x')])('non-string input %#', (input) => {
    for (const fn of [() => analyze(input as unknown as string), () => redact(input as unknown as string),
      () => createRedactor(EMAIL_ONLY).analyze(input as unknown as string)]) {
      const e = errorOf(fn);
      expect(e).toBeInstanceOf(OptionsError);
      expect(e.message).toMatch(/takes a string/);
    }
  });

  it.each([
    ['EMAIL_ADDRESS', 'EMAIL'],
    ['email', 'EMAIL'],
    ['PHONE_NUMBER', 'PHONE'],
    ['CREDIT_CARDS', 'CREDIT_CARD'],
  ])('unknown entity type %s suggests %s', (name, near) => {
    const e = errorOf(() => analyze('x', { entities: [name] }));
    expect(e).toBeInstanceOf(OptionsError);
    expect(e.message).toContain(`unknown entity type "${name}"`);
    expect(e.message).toContain(`did you mean ${near}?`);
  });

  it.each([
    ['EMIAL', 'EMAIL'],
    ['CREDT_CARD', 'CREDIT_CARD'],
    ['US_SNN', 'US_SSN'],
  ])('a misspelt entity type %s suggests %s', (name, near) => {
    const e = errorOf(() => analyze('x', { entities: [name] }));
    expect(e).toBeInstanceOf(OptionsError);
    expect(e.message).toContain(`did you mean ${near}?`);
  });

  it('an unknown type far from every name gets no suggestion', () => {
    const e = errorOf(() => analyze('x', { entities: ['ZZZZZZZZ'] }));
    expect(e.message).toBe('unknown entity type "ZZZZZZZZ"');
  });

  const good = { id: 'emp_id', type: 'EMPLOYEE_ID', regex: 'EMP-\\d{6}', score: 0.9 };
  it.each([
    ['bad JSON', '{"family": "hr", "patterns": [', undefined, /not valid JSON/],
    ['not an object', '[1, 2]', undefined, /JSON object/],
    ['a regex that does not compile', { family: 'hr', patterns: [{ ...good, regex: 'EMP-(\\d{6}' }] }, 'emp_id', /regex does not compile/],
    ['an unknown validator', { family: 'hr', patterns: [{ ...good, validator: 'emp_checksum' }] }, 'emp_id', /unknown validator "emp_checksum"/],
    ['no type', { family: 'hr', patterns: [{ ...good, type: undefined }] }, 'emp_id', /"type"/],
    ['no regex', { family: 'hr', patterns: [{ ...good, regex: undefined }] }, 'emp_id', /"regex"/],
    ['no score', { family: 'hr', patterns: [{ ...good, score: undefined }] }, 'emp_id', /"score"/],
    ['a score above 1', { family: 'hr', patterns: [{ ...good, score: 1.5 }] }, 'emp_id', /"score"/],
    ['no id', { family: 'hr', patterns: [{ ...good, id: undefined }] }, '#0', /"id"/],
    ['no id, second pattern', { family: 'hr', patterns: [good, { ...good, id: undefined }] }, '#1', /"id"/],
    ['no family', { patterns: [good] }, undefined, /"family"/],
    ['an id used by a built-in pattern', { family: 'hr', patterns: [{ ...good, id: 'email' }] }, 'email', /used twice/],
  ])('a pattern file with %s names the file and the pattern', (_n, content, id, msg) => {
    const path = patternFile(content);
    const e = errorOf(() => analyze('EMP-123456', { patterns: [path] }));
    expect(e).toBeInstanceOf(PatternFileError);
    expect(e.message).toMatch(msg);
    if (id !== 'email') {
      expect(e.message).toContain(path);
      expect((e as PatternFileError).file).toBe(path);
    }
    if (id === undefined) expect((e as PatternFileError).patternId).toBeUndefined();
    else {
      expect((e as PatternFileError).patternId).toBe(id);
      expect(e.message).toContain(`"${id}"`);
    }
  });

  it('a missing pattern file is named', () => {
    const path = join(dir, 'absent.json');
    const e = errorOf(() => analyze('x', { patterns: [path] }));
    expect(e).toBeInstanceOf(PatternFileError);
    expect(e.message).toBe(`${path}: cannot read: ENOENT`);
  });

  it('a parsed pattern set is named by its position', () => {
    const e = errorOf(() => analyze('x', { patterns: [TICKETS, { family: 'hr', patterns: [{ ...good, score: 2 }] } as PatternFile] }));
    expect(e).toBeInstanceOf(PatternFileError);
    expect(e.message).toMatch(/^patterns\[1\] \(pattern "emp_id"\): /);
  });
});

describe('a user pattern file adds a type without code changes', () => {
  const path = patternFile({
    family: 'hr',
    description: 'employee badges',
    patterns: [{ id: 'employee_id', type: 'EMPLOYEE_ID', regex: 'EMP-\\d{6}', score: 0.9, prefilter: 'digit' }],
  });

  it('is found and redacted', () => {
    const r = createRedactor({ patterns: [path], entities: ['EMPLOYEE_ID', 'EMAIL'] });
    expect(r.entities).toEqual(expect.arrayContaining(['EMPLOYEE_ID', 'EMAIL']));
    const out = r.redact('Badge EMP-123456 belongs to ann@example.com; EMP-12345 is too short.');
    expect(out.text).toBe('Badge [EMPLOYEE_ID] belongs to [EMAIL]; EMP-12345 is too short.');
    expect(out.findings.map((f) => [f.type, f.start, f.end, f.score, f.detector])).toEqual([
      ['EMPLOYEE_ID', 6, 16, 0.9, 'pattern:employee_id'],
      ['EMAIL', 28, 43, 1, 'pattern:email'],
    ]);
  });

  it('is on by default once loaded, and unknown without the file', () => {
    expect(redact('id EMP-654321 ok', { patterns: [path] }).text).toBe('id [EMPLOYEE_ID] ok');
    expect(() => analyze('x', { entities: ['EMPLOYEE_ID'] })).toThrow(OptionsError);
  });
});

describe('createRedactor', () => {
  const text = 'ann@example.com, ticket TK12345, 😀 bob@example.org';
  const options: AnalyzeOptions = { entities: ['EMAIL', 'TICKET_REF'], patterns: [TICKETS] };

  it('gives the same findings as analyze with the same options, call after call', () => {
    const r = createRedactor(options);
    const once = analyze(text, options);
    expect(spans(once)).toEqual([['EMAIL', 0, 15], ['TICKET_REF', 24, 31], ['EMAIL', 36, 51]]);
    for (let i = 0; i < 3; i++) {
      expect(r.analyze(text)).toEqual(once);
      expect(r.analyze('nothing here')).toEqual([]);
      expect(r.redact(text).text).toBe('[EMAIL], ticket [TICKET_REF], 😀 [EMAIL]');
    }
  });

  it('does not change its options when the caller mutates them later', () => {
    const opts: AnalyzeOptions = { entities: ['EMAIL'], deny: ['Zed'] };
    const r = createRedactor(opts);
    (opts.entities as string[]).push('TICKET_REF');
    (opts.deny as string[]).push('Ann');
    expect(spans(r.analyze('Zed and Ann: ann@example.com'))).toEqual([['DENY_LIST', 0, 3], ['EMAIL', 13, 28]]);
  });

  it('returns an empty list for empty text', () => {
    expect(createRedactor().analyze('')).toEqual([]);
    expect(createRedactor().redact('')).toEqual({ text: '', findings: [] });
  });
});
