import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main, type EvalIo } from '../src/eval/cli.js';
import { summarize } from '../src/eval/report.js';
import { evaluateRecords, perTextAnalyzer, recordLevelAnalyzer } from '../src/eval/run.js';
import { coverage, mergeIntervals, newTally, scoreUnit } from '../src/eval/score.js';
import { EvalInputError, parseJsonl, unitsOfRecord, type EvalUnit } from '../src/eval/units.js';
import type { Finding } from '../src/types.js';

const f = (type: string, start: number, end: number): Finding => ({ type, start, end, score: 1, detector: 'test' });

function unit(text: string, spans: [string, number, number][], unmapped: [number, number][] = []): EvalUnit {
  return {
    record: 'r1',
    path: '/text',
    text,
    spans: spans.map(([type, start, end]) => ({ type, start, end })),
    unmapped: unmapped.map(([start, end]) => ({ start, end })),
  };
}

describe('coverage', () => {
  //              0123456789012345
  const text = 'call Ann Lee now';
  it.each([
    ['no intervals', [], 6, 0],
    ['whole span', [[5, 12]], 6, 6],
    ['words, not the space', [[5, 8], [9, 12]], 6, 6],
    ['first word only', [[5, 8]], 6, 3],
    ['second word only', [[9, 12]], 6, 3],
    ['wider than the span', [[0, 16]], 6, 6],
    ['touching from outside', [[0, 5], [12, 16]], 6, 0],
  ] as [string, [number, number][], number, number][])('%s', (_n, iv, nonSpace, covered) => {
    expect(coverage(text, 5, 12, iv)).toEqual({ nonSpace, covered });
  });

  it('merges overlapping and touching ranges', () => {
    expect(mergeIntervals([{ start: 5, end: 9 }, { start: 0, end: 3 }, { start: 3, end: 4 }, { start: 8, end: 12 }, { start: 20, end: 20 }]))
      .toEqual([[0, 4], [5, 12]]);
  });
});

describe('scoreUnit: caught and typed', () => {
  //            0123456789012345678901234
  const text = 'call Ann Lee on 555 0100';
  const gold: [string, number, number][] = [['PERSON', 5, 12]];
  it.each([
    ['nothing found', [], false, false],
    ['exact, same type', [f('PERSON', 5, 12)], true, true],
    ['two pieces, same type', [f('PERSON', 5, 8), f('PERSON', 9, 12)], true, true],
    ['one word only', [f('PERSON', 5, 8)], false, false],
    ['other type', [f('LOCATION', 5, 12)], true, false],
    ['mixed types', [f('PERSON', 5, 8), f('LOCATION', 9, 12)], true, false],
    ['overlapping findings', [f('PERSON', 0, 8), f('PERSON', 6, 12)], true, true],
    ['larger finding', [f('PERSON', 0, 15)], true, true],
  ] as [string, Finding[], boolean, boolean][])('%s', (_n, findings, caught, typed) => {
    const t = newTally();
    scoreUnit(t, unit(text, gold), findings);
    expect(t.perType.get('PERSON')).toEqual({ gold: 1, caught: caught ? 1 : 0, typed: typed ? 1 : 0 });
  });

  it('gold OTHER_ID is typed by a finding of any type', () => {
    const t = newTally();
    //                   0123456789012345678
    scoreUnit(t, unit('order 3348917502 ok', [['OTHER_ID', 6, 16]]), [f('ACCOUNT_NUMBER', 6, 16)]);
    expect(t.perType.get('OTHER_ID')).toEqual({ gold: 1, caught: 1, typed: 1 });
  });

  it('counts characters and bytes', () => {
    const t = newTally();
    scoreUnit(t, unit('né 😀', []), []);
    expect([t.units, t.chars, t.bytes]).toEqual([1, 5, 8]);
  });
});

describe('scoreUnit: false positives', () => {
  //            0         1         2         3
  //            0123456789012345678901234567890123456789
  const text = 'Ann at 10:30 wrote to bob@x.io re 42 units';
  const u = unit(text, [['PERSON', 0, 3]], [[7, 12]]);
  it.each([
    ['on gold', f('PERSON', 0, 3), 0],
    ['partly on gold, other type', f('EMAIL', 2, 6), 0],
    ['on an unmapped region', f('DATE', 7, 12), 0],
    ['on nothing', f('EMAIL', 22, 30), 1],
    ['touching gold only', f('PHONE', 3, 7), 1],
  ] as [string, Finding, number][])('%s', (_n, finding, fp) => {
    const t = newTally();
    scoreUnit(t, u, [finding]);
    expect(t.findings.get(finding.type)).toBe(1);
    expect(t.falsePositives.get(finding.type) ?? 0).toBe(fp);
  });

  it('a gold type left out of scoring still keeps its findings from being false positives', () => {
    const t = newTally();
    scoreUnit(t, u, [f('PERSON', 0, 3), f('EMAIL', 22, 30)], { goldTypes: new Set(['EMAIL']) });
    expect(t.perType.has('PERSON')).toBe(false);
    expect(t.falsePositives.get('PERSON') ?? 0).toBe(0);
    expect(t.falsePositives.get('EMAIL')).toBe(1);
  });
});

describe('scoreUnit: examples', () => {
  const text = 'Ann Lee and Bo Ek met';
  const u = unit(text, [['PERSON', 0, 7], ['PERSON', 12, 17]]);
  it('keep offsets and covering types, no text by default', () => {
    const t = newTally();
    scoreUnit(t, u, [f('LOCATION', 0, 3), f('URL', 18, 21)], { keepMissed: 5, keepFalsePositives: 5 });
    expect(t.missed.get('PERSON')).toEqual([
      { record: 'r1', path: '/text', type: 'PERSON', start: 0, end: 7, nonSpace: 6, covered: 3, coveredBy: ['LOCATION'] },
      { record: 'r1', path: '/text', type: 'PERSON', start: 12, end: 17, nonSpace: 4, covered: 0, coveredBy: [] },
    ]);
    expect(t.fpExamples.get('URL')).toEqual([
      { record: 'r1', path: '/text', type: 'URL', start: 18, end: 21, score: 1, detector: 'test' },
    ]);
    expect(JSON.stringify([...t.missed, ...t.fpExamples])).not.toMatch(/Ann|Bo Ek|met/);
  });

  it('keep at most N per type, with text only when asked', () => {
    const t = newTally();
    scoreUnit(t, u, [], { keepMissed: 1, withText: true });
    expect(t.missed.get('PERSON')!.map((m) => m.text)).toEqual(['Ann Lee']);
  });
});

describe('units of a record', () => {
  it('reads a flat record', () => {
    const units = unitsOfRecord({ id: 'a', text: 'hi Bo', spans: [{ start: 3, end: 5, type: 'PERSON', text: 'Bo' }],
      unmapped_spans: [{ start: 0, end: 2 }] }, 'f:1');
    expect(units).toEqual([{ record: 'a', path: '/text', text: 'hi Bo', spans: [{ start: 3, end: 5, type: 'PERSON' }],
      unmapped: [{ start: 0, end: 2 }] }]);
  });

  it('reads every turn and system action of a conversation, not the metadata, with JSON Pointer paths', () => {
    const rec = {
      id: 'c1',
      call: { personal: { text: 'meta', name: 'x' } },
      turns: [{ speaker: 'agent', text: 'Hi', spans: [] }, { speaker: 'customer', text: 'Bo', spans: [{ start: 0, end: 2, type: 'PERSON' }] }],
      system_actions: [{ turn_index: 1, text: 'ok', spans: [] }],
      'a/b~c': { text: 'x', spans: [] },
    };
    expect(unitsOfRecord(rec, 'f:1').map((u) => u.path)).toEqual([
      '/turns/0/text', '/turns/1/text', '/system_actions/0/text', '/a~1b~0c/text',
    ]);
  });

  it.each([
    ['offsets past the end', { id: 'a', text: 'secret value', spans: [{ start: 0, end: 99, type: 'PERSON' }] }, /span 0 has bad offsets/],
    ['no type', { id: 'a', text: 'secret value', spans: [{ start: 0, end: 6 }] }, /span 0 has no type/],
    ['spans not an array', { id: 'a', text: 'secret value', spans: [], unmapped_spans: 'secret value' }, /spans must be an array/],
    ['not an object', ['secret value'], /must be a JSON object/],
  ])('rejects a record with %s, naming the place only', (_n, rec, msg) => {
    let err: unknown;
    try {
      unitsOfRecord(rec, 'data.jsonl:7');
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(EvalInputError);
    expect((err as Error).message).toMatch(msg);
    expect((err as Error).message).toContain('data.jsonl:7');
    expect((err as Error).message).not.toContain('secret');
  });

  it('parses JSONL, skipping blank lines; a bad line is named by number, without its content', () => {
    const recs = parseJsonl('{"id":"a","text":"x","spans":[]}\n\n{"id":"b","text":"y","spans":[]}\n', 'in.jsonl');
    expect(recs.map((r) => [r.line, r.units[0]!.record])).toEqual([[1, 'a'], [3, 'b']]);
    expect(() => parseJsonl('{"id":"a","text":"x","spans":[]}\n{"text": "secret value"', 'in.jsonl'))
      .toThrow(/^in\.jsonl:2: not valid JSON$/);
  });
});

describe('evaluateRecords', () => {
  const content = [
    JSON.stringify({ id: 'c1', turns: [
      { text: 'mail ann@example.com', spans: [{ start: 5, end: 20, type: 'EMAIL' }] },
      { text: 'or bo@example.org', spans: [] },
    ] }),
  ].join('\n');
  const fakeAnalyze = (text: string): Finding[] => {
    const at = text.indexOf('@');
    if (at < 0) return [];
    const s = text.lastIndexOf(' ', at) + 1;
    return [f('EMAIL', s, text.length)];
  };

  it('per text and record-level analyzers give the same score', () => {
    const records = parseJsonl(content, 'c.jsonl');
    const a = evaluateRecords(records, perTextAnalyzer(fakeAnalyze));
    const b = evaluateRecords(records, recordLevelAnalyzer((rec) => {
      const turns = (rec as { turns: { text: string }[] }).turns;
      return { findings: turns.flatMap((t, i) => fakeAnalyze(t.text).map((x) => ({ ...x, path: `/turns/${i}/text` }))) };
    }));
    for (const t of [a, b]) {
      expect(t.perType.get('EMAIL')).toEqual({ gold: 1, caught: 1, typed: 1 });
      expect(t.falsePositives.get('EMAIL')).toBe(1);
      expect([t.records, t.units, t.chars]).toEqual([1, 2, 37]);
    }
    const s = summarize('c', a);
    expect(s.fpPer10kChars).toBeCloseTo(1e4 / 37, 1);
    expect(s.all).toEqual({ type: 'ALL', gold: 1, caught: 1, caughtPct: 100, typed: 1, typedPct: 100 });
  });
});

describe('eval CLI', () => {
  const dir = mkdtempSync(join(tmpdir(), 'scrubline-eval-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const file = join(dir, 'gold.jsonl');
  // Gold: one real email (caught), one EMAIL label on a non-email (missed), one PERSON; an unlabelled email (false positive).
  const texts = [
    { id: 'r1', text: 'write to zed.quux@example.com today', spans: [{ start: 9, end: 29, type: 'EMAIL' }] },
    { id: 'r2', text: 'it is nowhere-qq at all', spans: [{ start: 6, end: 16, type: 'EMAIL' }, { start: 0, end: 2, type: 'PERSON' }] },
    { id: 'r3', text: 'cc yy.other@example.org', spans: [], unmapped_spans: [] },
  ];
  writeFileSync(file, texts.map((t) => JSON.stringify(t)).join('\n') + '\n');

  function run(args: string[]): { code: number; out: string; err: string } {
    const out: string[] = [];
    const err: string[] = [];
    const io: EvalIo = { out: (s) => out.push(s), err: (s) => err.push(s) };
    const code = main(args, io);
    return { code, out: out.join('\n'), err: err.join('\n') };
  }

  it('scores with --json, restricted by --entities', () => {
    const r = run(['--json', '--entities', 'EMAIL', file]);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out) as { files: { types: { type: string; gold: number; caught: number; typed: number }[];
      falsePositives: number; chars: number; findings: { type: string; findings: number }[] }[] };
    const s = j.files[0]!;
    expect(s.types.map((t) => [t.type, t.gold, t.caught, t.typed])).toEqual([['EMAIL', 2, 1, 1]]);
    expect(s.findings).toEqual([{ type: 'EMAIL', findings: 2, falsePositives: 1 }]);
    expect(s.falsePositives).toBe(1);
    expect(s.chars).toBe(texts.reduce((n, t) => n + t.text.length, 0));
  });

  it('prints no raw values by default, even with --show-missed and --show-fp', () => {
    const r = run(['--entities', 'EMAIL', '--show-missed', '5', '--show-fp', '5', file]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/missed EMAIL \(1 of 1\):\n {2}r2 \/text \[6,16\) covered 0\/10 by nothing/);
    expect(r.out).toMatch(/false positives EMAIL \(1 of 1\):\n {2}r3 \/text \[3,23\) score 1\.00 pattern:email/);
    for (const t of texts) for (const w of t.text.split(' ').filter((x) => x.length > 3)) expect(r.out).not.toContain(w);
  });

  it('prints the text of listed spans only with --show-text', () => {
    const r = run(['--entities', 'EMAIL', '--show-missed', '5', '--show-fp', '5', '--show-text', file]);
    expect(r.out).toContain('"nowhere-qq"');
    expect(r.out).toContain('"yy.other@example.org"');
  });

  it.each([
    [['--min-score', '1.5', file], 2, /--min-score takes a number in \[0, 1\]/],
    [['--entities', 'EMAIL_ADDRESS', file], 2, /unknown entity type "EMAIL_ADDRESS" \(did you mean EMAIL\?\)/],
    [['--show-missed', 'lots', file], 2, /--show-missed takes a whole number/],
    [[], 2, /no input file/],
    [['--nope', file], 2, /Unknown option '--nope'/],
    [[join(dir, 'absent.jsonl')], 1, /cannot read .*absent\.jsonl: ENOENT/],
  ])('rejects %j', (args, code, msg) => {
    const r = run(args);
    expect(r.code).toBe(code);
    expect(r.err).toMatch(msg);
    expect(r.out).toBe('');
  });

  it('names the line of a bad record without its content', () => {
    const bad = join(dir, 'bad.jsonl');
    writeFileSync(bad, '{"id":"a","text":"x","spans":[]}\n{"text":"zed.quux@example.com" oops}\n');
    const r = run([bad]);
    expect(r.code).toBe(1);
    expect(r.err).toBe(`error: ${bad}:2: not valid JSON`);
  });

  it('prints help', () => {
    const r = run(['--help']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/--show-missed N/);
    expect(r.out).toMatch(/--show-text/);
  });
});
