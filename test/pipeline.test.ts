/**
 * The streaming pipeline: byte framing, per-line processing, the ordered pool run with its
 * fail-closed policies, the library stream API and the pool's record API.
 *
 * Pool tests run the built worker (dist/pipeline/batch-worker.js): build first. Their
 * expected output comes from the built package's in-process redactor (same build as the
 * workers), the in-process tests' from the sources.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import v8 from 'node:v8';
import vm from 'node:vm';
import { LineFramer, LINE_OK, LINE_TOO_LONG, type Batch, type FramingOptions } from '../src/pipeline/framing.js';
import { processBatch, type BatchTask, type LineFailure } from '../src/pipeline/process-batch.js';
import { InputLineError, runPipeline, type InputSource } from '../src/pipeline/run.js';
import { memorySource } from '../src/pipeline/sources.js';
import { call } from './support/calls.js';
import { createPool, createRedactStream, createRedactor, type RedactPool, type RedactedRecord } from '../src/index.js';
// the build the pool's workers run: the oracle for pool output
import { createRedactor as createBuiltRedactor } from '../dist/index.js';

// ------------------------------------------------------------------ helpers


const callLines = (n: number, from = 0): string[] => Array.from({ length: n }, (_, i) => JSON.stringify(call(from + i)));
const jsonl = (lines: readonly string[]): string => lines.map((l) => l + '\n').join('');

type LineRedactor = { redactRecord(r: unknown): { record: unknown } };
/** Expected JSONL for lines, per an in-process redactor. */
function expected(r: LineRedactor, lines: readonly string[]): string {
  return lines.map((l) => JSON.stringify(r.redactRecord(JSON.parse(l)).record) + '\n').join('');
}

/** `seq` of each output line. */
const seqs = (out: string): number[] => out.split('\n').filter(Boolean).map((l) => (JSON.parse(l) as { seq: number }).seq);
const range = (n: number, from = 0): number[] => Array.from({ length: n }, (_, i) => from + i);

/** Collects what is written to it; with `delay`, each write completes on a later turn (a slow reader). */
class Sink extends Writable {
  readonly chunks: string[] = [];
  constructor(private readonly delay = false, highWaterMark = 16_384) {
    super({ highWaterMark });
  }
  override _write(chunk: Buffer, _enc: BufferEncoding, cb: (e?: Error | null) => void): void {
    this.chunks.push(chunk.toString('utf8'));
    if (this.delay) setImmediate(cb);
    else cb();
  }
  get text(): string {
    return this.chunks.join('');
  }
}

/** Cuts a buffer into chunks of `size` bytes (fresh Buffers). */
function chunked(data: Buffer | string, size: number): Buffer[] {
  const b = Buffer.isBuffer(data) ? data : Buffer.from(data, 'utf8');
  const out: Buffer[] = [];
  for (let i = 0; i < b.length; i += size) out.push(Buffer.from(b.subarray(i, i + size)));
  return out;
}

/** Frames chunks and returns every batch. */
function frame(chunks: readonly Buffer[], o: Partial<FramingOptions> = {}): Batch[] {
  const f = new LineFramer({ maxLineBytes: 1 << 20, ...o });
  const batches: Batch[] = [];
  for (const c of chunks) f.push(c, (b) => batches.push(b));
  f.end((b) => batches.push(b));
  return batches;
}

interface FramedLine {
  line: number;
  flag: number;
  text: string;
}

function linesOf(batches: readonly Batch[]): FramedLine[] {
  const out: FramedLine[] = [];
  for (const b of batches) {
    let start = 0;
    for (let i = 0; i < b.lines.length; i++) {
      const end = b.ends[i]!;
      out.push({ line: b.lines[i]!, flag: b.flags[i]!, text: Buffer.from(b.data.subarray(start, end)).toString('utf8') });
      start = end;
    }
  }
  return out;
}

function task(b: Batch, mode: 'redact' | 'scan' = 'redact', audit = false): BatchTask {
  return { seq: b.seq, data: b.data, ends: b.ends, lines: b.lines, flags: b.flags, mode, audit };
}

/** OS threads of this process (worker threads are threads). */
function threads(): number {
  return Number(/Threads:\s+(\d+)/.exec(readFileSync('/proc/self/status', 'utf8'))![1]);
}

/** Thread count before starting a pool: first makes sure libuv's thread pool is up (it starts all its threads on first use). */
async function baseThreads(): Promise<number> {
  await readFile('/proc/self/status');
  return threads();
}

async function settledThreads(target: number): Promise<number> {
  for (let i = 0; i < 50 && threads() > target; i++) await new Promise((r) => setTimeout(r, 50));
  return threads();
}

const KEY = new Uint8Array(32).map((_, i) => (i * 37 + 11) & 0xff);

// ------------------------------------------------------------------ framing

describe('LineFramer', () => {
  const ok = (line: number, text: string): FramedLine => ({ line, flag: LINE_OK, text });

  it.each([
    ['plain lines', 'a\nb\n', [ok(1, 'a'), ok(2, 'b')]],
    ['BOM at the start, last line without newline', '\uFEFFa\nb', [ok(1, 'a'), ok(2, 'b')]],
    ['CRLF', 'a\r\nb\r\n', [ok(1, 'a'), ok(2, 'b')]],
    ['empty and blank lines are counted, not emitted', '\n\na\n  \t\nb\n\n\r\n', [ok(3, 'a'), ok(5, 'b')]],
    ['a lone CR inside a line is content', 'a\rb\n', [ok(1, 'a\rb')]],
    ['a BOM after the start is content', 'a\n\uFEFFb\n', [ok(1, 'a'), ok(2, '\uFEFFb')]],
    ['nothing', '', []],
    ['only a BOM', '\uFEFF', []],
    ['only newlines', '\n\n\n', []],
    ['multi-byte UTF-8', '{"n":"Zoë Björn 東京"}\n', [ok(1, '{"n":"Zoë Björn 東京"}')]],
  ])('%s: same lines whole, byte by byte and in 3-byte chunks', (_name, input, want) => {
    for (const size of [1 << 20, 1, 3]) {
      expect(linesOf(frame(chunked(input, size))), `chunks of ${size}`).toEqual(want);
    }
  });

  it('a line split across a thousand chunks arrives whole', () => {
    const long = JSON.stringify({ text: 'x'.repeat(100_000) });
    const lines = linesOf(frame(chunked(`${long}\n{"b":1}\n`, 100)));
    expect(lines).toEqual([ok(1, long), ok(2, '{"b":1}')]);
  });

  it('flags lines over maxLineBytes with their number and keeps none of their bytes', () => {
    const input = `ok1\n${'x'.repeat(250)}\nok3\n${'y'.repeat(101)}`;
    for (const size of [1 << 20, 16, 1]) {
      const lines = linesOf(frame(chunked(input, size), { maxLineBytes: 100 }));
      expect(lines, `chunks of ${size}`).toEqual([
        ok(1, 'ok1'),
        { line: 2, flag: LINE_TOO_LONG, text: '' },
        ok(3, 'ok3'),
        { line: 4, flag: LINE_TOO_LONG, text: '' },
      ]);
    }
  });

  it.each([
    ['exactly the maximum, LF', `${'a'.repeat(100)}\n`, LINE_OK],
    ['exactly the maximum, CRLF (the CR is not content)', `${'a'.repeat(100)}\r\n`, LINE_OK],
    ['exactly the maximum, last line', 'a'.repeat(100), LINE_OK],
    ['one byte over, LF', `${'a'.repeat(101)}\n`, LINE_TOO_LONG],
    ['one byte over, CRLF', `${'a'.repeat(101)}\r\n`, LINE_TOO_LONG],
  ])('maxLineBytes boundary: %s', (_name, input, flag) => {
    for (const size of [1 << 20, 7]) {
      const lines = linesOf(frame(chunked(input, size), { maxLineBytes: 100 }));
      expect(lines.map((l) => [l.line, l.flag])).toEqual([[1, flag]]);
    }
  });

  it('holds memory bounded while an oversized line streams past (64 MiB line, 1 MiB limit)', () => {
    v8.setFlagsFromString('--expose-gc');
    const gc = vm.runInNewContext('gc') as () => void;
    const f = new LineFramer({ maxLineBytes: 1 << 20 });
    const batches: Batch[] = [];
    gc();
    const before = process.memoryUsage().arrayBuffers;
    for (let i = 0; i < 64; i++) f.push(Buffer.alloc(1 << 20, 0x61), (b) => batches.push(b)); // fresh chunks: a framer keeping them would hold 64 MiB
    gc();
    const grown = process.memoryUsage().arrayBuffers - before;
    expect(grown).toBeLessThan(8 << 20);
    f.push(Buffer.from('\n{"a":1}\n'), (b) => batches.push(b));
    f.end((b) => batches.push(b));
    expect(linesOf(batches)).toEqual([{ line: 1, flag: LINE_TOO_LONG, text: '' }, ok(2, '{"a":1}')]);
  });

  it('packs lines into numbered batches by lines and by bytes; batches own their buffers', () => {
    const lines = Array.from({ length: 1000 }, (_, i) => `{"i":${i}}`);
    const input = jsonl(lines);
    const byLines = frame(chunked(input, 4096), { batchLines: 64 });
    expect(byLines.map((b) => b.seq)).toEqual(range(16));
    expect(byLines.every((b) => b.lines.length <= 64)).toBe(true);
    expect(linesOf(byLines).map((l) => l.line)).toEqual(range(1000, 1));
    expect(linesOf(byLines).map((l) => l.text)).toEqual(lines);
    expect(byLines.reduce((n, b) => n + b.bytes, 0)).toBe(Buffer.byteLength(input));
    for (const b of byLines) {
      expect(b.data.byteOffset).toBe(0);
      expect(b.data.buffer.byteLength).toBe(b.data.byteLength);
    }
    const byBytes = frame(chunked(input, 4096), { batchBytes: 1000 });
    expect(byBytes.length).toBeGreaterThan(5);
    expect(byBytes.every((b) => b.data.length < 1000 + 16)).toBe(true);
    expect(linesOf(byBytes).map((l) => l.text)).toEqual(lines);
  });
});

// ------------------------------------------------------------------ processBatch

/** A batch result's output lines as strings ("" for a failed line). */
function outLines(r: { data: Uint8Array; ends: Int32Array }): string[] {
  const out: string[] = [];
  let start = 0;
  for (const end of r.ends) {
    out.push(Buffer.from(r.data.subarray(start, end)).toString('utf8'));
    start = end;
  }
  return out;
}

describe('processBatch', () => {
  const redactor = createRedactor();
  const badUtf8 = Buffer.concat([Buffer.from('{"text":"caf'), Buffer.from([0xff]), Buffer.from(' 415-555-0199"}')]);
  const input = Buffer.concat([
    Buffer.from('{"seq":1,"text":"email me at ann.lee@example.com"}\n'),
    Buffer.from('{"seq":2,"text":"call 415-555-0132"\n'),
    badUtf8,
    Buffer.from('\n'),
    Buffer.from(`{"text":"my card is 4111 1111 1111 1111 ${'z'.repeat(80)}"}\n`),
    Buffer.from('\n'),
    Buffer.from('{"seq":6,"text":"or maria.g@example.org"}\n'),
  ]);
  const [batch] = frame([input], { maxLineBytes: 100 });

  it('fails bad lines with their numbers and kinds, never their content', () => {
    const r = processBatch(redactor, task(batch!));
    expect(r.errors).toEqual([
      { line: 2, kind: 'json' },
      { line: 3, kind: 'utf8' },
      { line: 4, kind: 'too-long' },
    ]);
    const out = outLines(r);
    expect(out.map((o) => o === '')).toEqual([false, true, true, true, false]);
    expect(r.records).toBe(2);
    expect(r.counts).toEqual({ EMAIL: 2 });
    expect(JSON.parse(out[0]!)).toEqual({ seq: 1, text: 'email me at [EMAIL]' });
    expect(JSON.parse(out[4]!)).toEqual({ seq: 6, text: 'or [EMAIL]' });
    const all = JSON.stringify({ ...r, data: out.join('') });
    for (const raw of ['ann.lee', 'maria.g', '415-555', '4111', 'caf', 'zzz']) expect(all).not.toContain(raw);
  });

  it('output lines keep their UTF-8 byte ends, with multi-byte text and a failed line between', () => {
    const lines = ['{"t":"café ☕ ann.lee@example.com"}', '{"t":"broken"', '{"t":"𝄞 naïve"}'];
    const [b] = frame([Buffer.from(lines.join('\n') + '\n')], { maxLineBytes: 1000 });
    const r = processBatch(redactor, task(b!));
    expect(r.errors).toEqual([{ line: 2, kind: 'json' }]);
    expect(r.ends[1]).toBe(r.ends[0]); // the failed line has no output
    expect(r.ends[2]).toBe(r.data.length);
    expect(outLines(r)).toEqual(['{"t":"café ☕ [EMAIL]"}\n', '', '{"t":"𝄞 naïve"}\n']);
  });

  it('scan mode: one line per record with paths, types and offsets, no raw values', () => {
    const r = processBatch(redactor, task(batch!, 'scan'));
    const out = outLines(r);
    const first = JSON.parse(out[0]!) as { line: number; findings: Record<string, unknown>[] };
    expect(first.line).toBe(1);
    expect(first.findings).toHaveLength(1);
    const f = first.findings[0]!;
    expect(Object.keys(f).sort()).toEqual(['detector', 'end', 'path', 'score', 'start', 'type']);
    expect(f.path).toBe('/text');
    expect(f.type).toBe('EMAIL');
    expect('email me at ann.lee@example.com'.slice(f.start as number, f.end as number)).toBe('ann.lee@example.com');
    expect(JSON.parse(out[4]!)).toMatchObject({ line: 6, findings: [{ path: '/text', type: 'EMAIL' }] });
    expect(out.join('')).not.toMatch(/ann\.lee|maria\.g/);
  });

  it('audit lines: one per finding, tokens for keyed operators, never a raw value', () => {
    const pseudo = createRedactor({ operators: { default: 'pseudonym' }, key: KEY });
    const r = processBatch(pseudo, task(batch!, 'redact', true));
    expect(r.audit).toHaveLength(2);
    const entries = r.audit.map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(entries.map((e) => [e.line, e.path, e.type, e.operator])).toEqual([
      [1, '/text', 'EMAIL', 'pseudonym'],
      [6, '/text', 'EMAIL', 'pseudonym'],
    ]);
    const redacted = JSON.parse(outLines(r)[0]!) as { text: string };
    expect(typeof entries[0]!.token).toBe('string');
    expect(redacted.text).toBe(`email me at ${entries[0]!.token as string}`);
    expect(r.audit.join('')).not.toMatch(/ann\.lee|maria\.g|example\./);
    // a non-keyed operator leaves no token
    const labelled = processBatch(redactor, task(batch!, 'redact', true));
    expect(labelled.audit.map((l) => JSON.parse(l) as Record<string, unknown>).every((e) => e.operator === 'label' && !('token' in e))).toBe(true);
  });
});

// ------------------------------------------------------------------ runPipeline on a real pool

describe('runPipeline with a worker pool', () => {
  let pool1: RedactPool;
  let pool2: RedactPool;
  const built = createBuiltRedactor();
  const lines = callLines(3000);
  const want = expected(built, lines);

  beforeAll(() => {
    pool1 = createPool({ workers: 1 });
    pool2 = createPool({ workers: 2 });
  });
  afterAll(async () => {
    await pool1?.close();
    await pool2?.close();
  });

  /** The pool, counting batches in flight at once. */
  function counting(pool: RedactPool): { pool: RedactPool; max: () => number } {
    let now = 0;
    let max = 0;
    return {
      pool: {
        ...pool,
        async runBatch(t) {
          max = Math.max(max, ++now);
          try {
            return await pool.runBatch(t);
          } finally {
            now--;
          }
        },
      },
      max: () => max,
    };
  }

  it('keeps input order over many batches on 2 workers, with a slow reader, and bounded batches in flight', async () => {
    const c = counting(pool2);
    const out = new Sink(true, 1024);
    const s = await runPipeline({ pool: c.pool, mode: 'redact', sources: [memorySource('calls.jsonl', jsonl(lines))], output: out, policy: 'fail', maxLineBytes: 1 << 20, batchLines: 16 });
    expect(s.records).toBe(3000);
    expect(s.failedLines).toBe(0);
    expect(seqs(out.text)).toEqual(range(3000));
    expect(out.text).toBe(want);
    expect(out.text).not.toContain('@example.com');
    expect(c.max()).toBeLessThanOrEqual(4);
    expect(s.counts.EMAIL).toBeGreaterThanOrEqual(6000);
  });

  it('writes identical output with 1 and 2 workers', async () => {
    const outs: string[] = [];
    for (const pool of [pool1, pool2]) {
      const out = new Sink();
      await runPipeline({ pool, mode: 'redact', sources: [memorySource('calls.jsonl', jsonl(lines))], output: out, policy: 'fail', maxLineBytes: 1 << 20, batchLines: 37 });
      outs.push(out.text);
    }
    expect(outs[0]).toBe(want);
    expect(outs[1]).toBe(outs[0]);
  });

  it('reads files one after another into one ordered output', async () => {
    const out = new Sink();
    const s = await runPipeline({
      pool: pool2, mode: 'redact', output: out, policy: 'fail', maxLineBytes: 1 << 20, batchLines: 8,
      sources: [memorySource('a.jsonl', jsonl(lines.slice(0, 100))), memorySource('b.jsonl', jsonl(lines.slice(100, 250)))],
    });
    expect(s.records).toBe(250);
    expect(seqs(out.text)).toEqual(range(250));
  });

  // 200 good records with three bad lines among them: line 51 not JSON, 102 not UTF-8, 153 too long
  const good = callLines(200);
  const mixed = (() => {
    const parts: Buffer[] = [];
    let g = 0;
    for (let line = 1; line <= 203; line++) {
      if (line === 51) parts.push(Buffer.from('{"seq":-1,"text":"call 415-555-0132"\n'));
      else if (line === 102) parts.push(Buffer.concat([Buffer.from('{"seq":-2,"text":"caf'), Buffer.from([0xc3, 0x28]), Buffer.from('"}\n')]));
      else if (line === 153) parts.push(Buffer.from(`{"seq":-3,"text":"${'secret '.repeat(400)}"}\n`));
      else parts.push(Buffer.from(good[g++]! + '\n'));
    }
    return Buffer.concat(parts);
  })();
  const mixedSource = (): InputSource => ({ name: 'mixed.jsonl', open: () => Readable.from(chunked(mixed, 999)) });

  it('fail policy: stops at the first bad line, names it, and writes exactly the records before it', async () => {
    const out = new Sink();
    const err = await runPipeline({ pool: pool2, mode: 'redact', sources: [mixedSource()], output: out, policy: 'fail', maxLineBytes: 2000, batchLines: 16 })
      .then(() => undefined, (e: unknown) => e);
    expect(err).toBeInstanceOf(InputLineError);
    const e = err as InputLineError;
    expect([e.line, e.kind, e.code, e.file]).toEqual([51, 'json', 'E_INPUT', 'mixed.jsonl']);
    expect(e.message).toBe('mixed.jsonl:51: not valid JSON; nothing of it was written');
    expect(seqs(out.text)).toEqual(range(50));
  });

  it('skip policy: drops exactly the bad lines and keeps every other record once, in order', async () => {
    const out = new Sink();
    const s = await runPipeline({ pool: pool2, mode: 'redact', sources: [mixedSource()], output: out, policy: 'skip', maxLineBytes: 2000, batchLines: 16 });
    expect(s.failedLines).toBe(3);
    expect(s.records).toBe(200);
    expect(out.text).toBe(want.split('\n').slice(0, 200).map((l) => l + '\n').join(''));
    expect(out.text).not.toMatch(/415-555-0132|secret|"seq":-/);
  });

  it('quarantine policy: the quarantine gets file, line and reason only', async () => {
    const out = new Sink();
    const q = new Sink();
    const s = await runPipeline({ pool: pool2, mode: 'redact', sources: [mixedSource()], output: out, quarantine: q, policy: 'quarantine', maxLineBytes: 2000, batchLines: 16 });
    expect(s.failedLines).toBe(3);
    expect(seqs(out.text)).toEqual(range(200));
    expect(q.text.split('\n').filter(Boolean).map((l) => JSON.parse(l) as unknown)).toEqual([
      { file: 'mixed.jsonl', line: 51, reason: 'json' },
      { file: 'mixed.jsonl', line: 102, reason: 'utf8' },
      { file: 'mixed.jsonl', line: 153, reason: 'too-long' },
    ]);
  });

  it('stops reading while the output does not drain, and an abort ends the run', async () => {
    let pulled = 0;
    const many = function* () {
      for (let i = 0; i < 2000; i++) {
        pulled++;
        yield Buffer.from(jsonl(callLines(10, i * 10)));
      }
    };
    const stuck = new Writable({ highWaterMark: 1, write: () => undefined }); // never completes a write
    const ac = new AbortController();
    const run = runPipeline({
      pool: pool2, mode: 'redact', output: stuck, policy: 'fail', maxLineBytes: 1 << 20, batchLines: 10, signal: ac.signal,
      sources: [{ name: 'gen', open: () => Readable.from(many()) }],
    });
    await new Promise((r) => setTimeout(r, 1500));
    expect(pulled).toBeLessThan(40); // 2000 chunks were on offer; a few batches in flight at most
    ac.abort();
    const s = await run;
    expect(s.stopped).toBe('signal');
  });
});

describe('runPipeline: failing and crashing workers (test hooks)', () => {
  // workers copy process.env when they start (also the ones piscina starts to replace a crashed one),
  // so the hooks are set before the pool starts and kept until it is closed
  let pool: RedactPool;
  let startedBefore: RedactPool;
  const lines = callLines(300);
  const want = expected(createBuiltRedactor(), lines);
  beforeAll(() => {
    startedBefore = createPool({ workers: 1 });
    process.env.SCRUBLINE_TEST_CRASH_LINE = '137';
    process.env.SCRUBLINE_TEST_FAIL_LINE = '200';
    pool = createPool({ workers: 2 });
  });
  afterAll(async () => {
    await pool?.close();
    await startedBefore?.close();
    delete process.env.SCRUBLINE_TEST_CRASH_LINE;
    delete process.env.SCRUBLINE_TEST_FAIL_LINE;
  });

  const wantWithout = (...drop: number[]) => want.split('\n').slice(0, 300).filter((_, i) => !drop.includes(i + 1)).map((l) => l + '\n').join('');

  it('workers copy the environment when they start: a pool started before the hooks were set runs clean', async () => {
    const out = new Sink();
    const s = await runPipeline({ pool: startedBefore, mode: 'redact', sources: [memorySource('calls.jsonl', jsonl(lines))], output: out, policy: 'fail', maxLineBytes: 1 << 20, batchLines: 16 });
    expect([s.records, s.failedLines]).toEqual([300, 0]);
    expect(out.text).toBe(want);
  });

  it('skip: a crashed worker costs only its line; every other record appears exactly once, in order', async () => {
    const out = new Sink();
    const s = await runPipeline({ pool, mode: 'redact', sources: [memorySource('calls.jsonl', jsonl(lines))], output: out, policy: 'skip', maxLineBytes: 1 << 20, batchLines: 16 });
    expect(s.failedLines).toBe(2);
    expect(s.records).toBe(298);
    expect(seqs(out.text)).toEqual(range(300).filter((i) => i !== 136 && i !== 199));
    expect(out.text).toBe(wantWithout(137, 200));
    expect(out.text).not.toContain('@example.com');
  });

  it('fail: a worker crash stops the run naming the line (E_WORKER); the record never appears', async () => {
    const out = new Sink();
    const err = await runPipeline({ pool, mode: 'redact', sources: [memorySource('calls.jsonl', jsonl(lines))], output: out, policy: 'fail', maxLineBytes: 1 << 20, batchLines: 16 })
      .then(() => undefined, (e: unknown) => e);
    expect(err).toBeInstanceOf(InputLineError);
    expect([(err as InputLineError).line, (err as InputLineError).kind, (err as InputLineError).code]).toEqual([137, 'worker', 'E_WORKER']);
    expect(seqs(out.text)).toEqual(range(136));
  });

  it('fail: a detector failure stops the run naming the line', async () => {
    const input = [...lines.slice(0, 136), '', ...lines.slice(137)]; // line 137 blank: no crash
    const out = new Sink();
    const err = await runPipeline({ pool, mode: 'redact', sources: [memorySource('calls.jsonl', jsonl(input))], output: out, policy: 'fail', maxLineBytes: 1 << 20, batchLines: 16 })
      .then(() => undefined, (e: unknown) => e);
    expect([(err as InputLineError).line, (err as InputLineError).kind]).toEqual([200, 'detector']);
    expect((err as Error).message).toBe('calls.jsonl:200: a detector failed on it; nothing of it was written');
    expect(seqs(out.text)).toEqual(range(199).filter((i) => i !== 136));
  });
});

// ------------------------------------------------------------------ createRedactStream

describe('createRedactStream', () => {
  const lines = callLines(300);
  const input = '\uFEFF' + jsonl(lines.slice(0, 150)) + '\r\n\n' + lines.slice(150).join('\r\n'); // BOM, CRLF, a blank line, no final newline

  it('in-process (workers: 0): JSONL chunks split mid-line in, redacted JSONL out, in order', async () => {
    const out = new Sink(true);
    await pipeline(Readable.from(chunked(input, 37)), createRedactStream({ workers: 0 }), out);
    expect(out.text).toBe(expected(createRedactor(), lines));
  });

  it('on a pool: the same output, strings accepted, and the pool closed at the end', async () => {
    const base = await baseThreads();
    const out = new Sink(true, 256);
    const s = createRedactStream({ workers: 2, batchSize: 16 });
    expect(threads()).toBeGreaterThanOrEqual(base + 2);
    await pipeline(Readable.from(chunked(input, 4096)), s, out);
    expect(out.text).toBe(expected(createBuiltRedactor(), lines));
    expect(await settledThreads(base)).toBe(base);
    // strings: written as text
    const out2 = new Sink();
    const s2 = createRedactStream({ workers: 1 });
    s2.pipe(out2);
    s2.write(lines[0]!.slice(0, 20));
    s2.write(lines[0]!.slice(20) + '\n' + lines[1]);
    s2.end();
    await new Promise((r) => out2.on('finish', r));
    expect(out2.text).toBe(expected(createBuiltRedactor(), lines.slice(0, 2)));
  });

  it('fails closed: a bad line errors the stream with its number; earlier lines are out, nothing after', async () => {
    const bad = [lines[0], lines[1], '{"seq":-1,"text":"call 415-555-0132"', lines[3], lines[4]].join('\n') + '\n';
    for (const workers of [0, 2]) {
      const out = new Sink();
      const err = await pipeline(Readable.from([Buffer.from(bad)]), createRedactStream({ workers, name: 'calls.jsonl' }), out).then(() => undefined, (e: unknown) => e);
      expect(err, `workers ${workers}`).toBeInstanceOf(InputLineError);
      expect((err as Error).message).toBe('calls.jsonl:3: not valid JSON; nothing of it was written');
      expect(seqs(out.text)).toEqual([0, 1]);
    }
  });

  it("onError: 'skip' drops bad lines (and reports their numbers)", async () => {
    const bad = [lines[0], '{"seq":-1', lines[2], 'x'.repeat(1001), lines[4]].join('\n'); // records are ~320 bytes
    const skipped: LineFailure[] = [];
    const out = new Sink();
    await pipeline(Readable.from([Buffer.from(bad)]), createRedactStream({ workers: 0, onError: 'skip', maxLineBytes: 1000, onSkip: (f) => skipped.push(f) }), out);
    expect(seqs(out.text)).toEqual([0, 2, 4]);
    expect(skipped).toEqual([{ line: 2, kind: 'json' }, { line: 4, kind: 'too-long' }]);
  });

  it('objectMode: records in, { record, findings } out, in order, in-process and on a pool', async () => {
    const records = lines.map((l) => JSON.parse(l) as unknown);
    for (const [workers, oracle] of [[0, createRedactor()], [2, createBuiltRedactor()]] as const) {
      const got: RedactedRecord[] = [];
      const s = createRedactStream({ workers, objectMode: true, batchSize: 8 });
      await pipeline(Readable.from(records), s, new Writable({ objectMode: true, highWaterMark: 2, write(r: RedactedRecord, _e, cb) { got.push(r); setImmediate(cb); } }));
      expect(got, `workers ${workers}`).toEqual(records.map((r) => oracle.redactRecord(r)));
      expect(got.map((r) => (r.record as { seq: number }).seq)).toEqual(range(300));
      expect(got[0]!.findings.map((f) => f.path)).toContain('/customer/email');
    }
  });

  it('objectMode: a record that cannot be redacted errors the stream with its number, or is skipped', async () => {
    const records: unknown[] = [call(0), call(1), 10n, call(3)];
    const e = await pipeline(Readable.from(records), createRedactStream({ workers: 0, objectMode: true }), new Writable({ objectMode: true, write: (_r, _e, cb) => cb() }))
      .then(() => undefined, (x: unknown) => x);
    expect(e).toBeInstanceOf(InputLineError);
    expect([(e as InputLineError).line, (e as InputLineError).kind]).toEqual([3, 'detector']);
    const got: RedactedRecord[] = [];
    const skipped: number[] = [];
    await pipeline(Readable.from(records), createRedactStream({ workers: 2, objectMode: true, onError: 'skip', onSkip: (f) => skipped.push(f.line) }),
      new Writable({ objectMode: true, write: (r: RedactedRecord, _e, cb) => { got.push(r); cb(); } }));
    expect(got.map((r) => (r.record as { seq: number }).seq)).toEqual([0, 1, 3]);
    expect(skipped).toEqual([3]);
  });

  it('a slow writer is not kept waiting: each line (or record) comes out before the next is written', async () => {
    const until = async (ok: () => boolean): Promise<void> => {
      for (let t = 0; !ok(); t += 10) {
        if (t > 15_000) throw new Error('no output for a written line');
        await new Promise((r) => setTimeout(r, 10));
      }
    };
    for (const objectMode of [false, true]) {
      const s = createRedactStream({ workers: 2, objectMode });
      const got: unknown[] = [];
      s.on('data', (d: unknown) => got.push(d));
      const ended = new Promise((r) => s.on('end', r));
      for (let i = 0; i < 5; i++) {
        const before = got.length;
        s.write(objectMode ? JSON.parse(lines[i]!) : lines[i] + '\n');
        await until(() => got.length > before);
      }
      s.end();
      await ended;
      const built = createBuiltRedactor();
      if (objectMode) expect(got).toEqual(lines.slice(0, 5).map((l) => built.redactRecord(JSON.parse(l))));
      else expect(Buffer.concat(got as Buffer[]).toString('utf8')).toBe(expected(built, lines.slice(0, 5)));
    }
  });

  it('destroying the stream closes its pool', async () => {
    const base = await baseThreads();
    const s = createRedactStream({ workers: 2 });
    s.on('error', () => undefined);
    s.write(jsonl(lines.slice(0, 50)));
    await new Promise((r) => setTimeout(r, 200));
    expect(threads()).toBeGreaterThanOrEqual(base + 2);
    s.destroy();
    expect(await settledThreads(base)).toBe(base);
  });

  it('rejects bad options at creation', () => {
    expect(() => createRedactStream({ workers: 0, onError: 'quarantine' as 'skip' })).toThrow(/onError/);
    expect(() => createRedactStream({ workers: -1 })).toThrow(/workers/);
    expect(() => createRedactStream({ workers: 0, maxLineBytes: 0 })).toThrow(/maxLineBytes/);
  });
});

// ------------------------------------------------------------------ createPool().redactRecords

describe('createPool().redactRecords', () => {
  it('matches the in-process redactor, pseudonym tokens included, across threads under one key', async () => {
    const options = { operators: { default: 'pseudonym' as const }, key: KEY };
    const records = range(400).map((i) => ({ seq: i, email: `shared${i % 10}@example.com`, text: `reach me at shared${i % 10}@example.com or (415) 555-01${String(i % 10).padStart(2, '0')}` }));
    const pool = createPool({ ...options, workers: 2 });
    try {
      expect(pool.randomKey).toBe(false);
      const got = await pool.redactRecords(records);
      const local = createBuiltRedactor(options);
      expect(got).toEqual(records.map((r) => local.redactRecord(r)));
      const tokens = got.map((r) => (r.record as { email: string }).email);
      for (let i = 0; i < 400; i++) {
        expect(tokens[i]).toMatch(/^<EMAIL_[0-9a-f]{16}>$/);
        expect(tokens[i]).toBe(tokens[i % 10]);
      }
      expect(new Set(tokens).size).toBe(10);
      expect(JSON.stringify(got)).not.toContain('@example.com');
    } finally {
      await pool.close();
    }
  });
});

describe('createPool().close()', () => {
  it('lets running batches finish before stopping the threads (a late reply never hits a destroyed pool)', async () => {
    const pool = createPool({ workers: 1 });
    const text = Array.from({ length: 400 }, (_, i) => JSON.stringify(call(i))).join('\n') + '\n';
    const [batch] = frame([Buffer.from(text)], { batchLines: 400 });
    const running = pool.runBatch({ seq: 0, data: batch!.data, ends: batch!.ends, lines: batch!.lines, flags: batch!.flags, mode: 'redact', audit: false });
    await pool.close(); // called while the batch is still in the worker
    const result = await running;
    expect(result.records).toBe(400);
    expect(result.errors).toEqual([]);
  });
});
