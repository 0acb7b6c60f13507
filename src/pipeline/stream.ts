/**
 * The library's streaming API: a Node Transform that redacts JSONL (bytes in, bytes out)
 * or parsed records (objectMode), in input order, on a worker pool or in-process.
 *
 *   createReadStream('calls.jsonl').pipe(createRedactStream({ workers: 4 })).pipe(out)
 *
 * Fail-closed like the CLI: a line (or record) that cannot be decoded, parsed or scanned
 * is never written; by default it errors the stream with an InputLineError naming its
 * number (never its content); with `onError: 'skip'` it is dropped.
 */
import { Transform, type TransformCallback } from 'node:stream';
import { OptionsError } from '../errors.js';
import { createRedactor, type Redactor } from '../redactor.js';
import type { RecordFinding } from '../records/walk.js';
import type { RedactOptions, RedactRecordResult } from '../types.js';
import { LineFramer, type Batch } from './framing.js';
import { createPool, type RedactPool } from './pool.js';
import { processBatch, type BatchResult, type BatchTask, type LineErrorKind, type LineFailure } from './process-batch.js';
import { InputLineError } from './run.js';

export interface RedactStreamOptions extends RedactOptions {
  /** Worker threads (default: the number of cores); 0 redacts in this thread. */
  workers?: number;
  /** Take parsed records and emit `{ record, findings }` instead of JSONL bytes. */
  objectMode?: boolean;
  /** A line that cannot be scanned: `fail` (default) errors the stream, `skip` drops it. */
  onError?: 'fail' | 'skip';
  /** Called for each dropped line under `skip` (its number and why; never its content). */
  onSkip?: (failure: LineFailure) => void;
  /** Longer lines fail closed without being held whole (default 64 MiB). */
  maxLineBytes?: number;
  /** Names the input in error messages (default `input`). */
  name?: string;
  /** Lines (or records) per batch sent to a worker (default 64 lines of at most 256 KiB, or 64 records). */
  batchSize?: number;
  /** Batches in flight at most (default 2 per worker). */
  inFlight?: number;
}

/** What objectMode emits per record. */
export interface RedactedRecord<T = unknown> {
  record: T;
  findings: RecordFinding[];
}

const DEFAULT_MAX_LINE_BYTES = 64 * 1024 * 1024;

/** Runs batches of lines or arrays of records somewhere: on a pool, or in this thread. */
interface Engine {
  readonly slots: number;
  lines(task: BatchTask): Promise<BatchResult>;
  records(records: unknown[]): Promise<RedactRecordResult[]>;
  close(): Promise<void>;
}

function poolEngine(pool: RedactPool): Engine {
  return {
    slots: pool.workers,
    lines: (task) => pool.runBatch(task),
    records: (records) => pool.redactRecords(records),
    close: () => pool.close(),
  };
}

function localEngine(redactor: Redactor): Engine {
  return {
    slots: 1,
    lines: async (task) => processBatch(redactor, task),
    records: async (records) => records.map((r) => redactor.redactRecord(r)),
    close: async () => undefined,
  };
}

/** The output of one unit of work, in input order: text or records, plus failures. */
interface Outcome {
  items: (Uint8Array | RedactedRecord)[];
  /** Per item: its failure, if any (items[i] is then ignored). */
  failures: (LineFailure | undefined)[];
}

interface Pending {
  outcome?: Outcome;
  error?: unknown;
}

/** Runs a batch of lines; if the worker fails on it as a whole, retries its lines one by one. */
async function runLines(engine: Engine, b: Batch): Promise<Outcome> {
  const task: BatchTask = { seq: b.seq, data: b.data, ends: b.ends, lines: b.lines, flags: b.flags, mode: 'redact', audit: false };
  let results: BatchResult[];
  try {
    results = [await engine.lines(task)];
  } catch {
    results = [];
    let start = 0;
    for (let i = 0; i < b.lines.length; i++) {
      const end = b.ends[i]!;
      const one: BatchTask = {
        ...task,
        data: b.data.slice(start, end),
        ends: Int32Array.of(end - start),
        lines: b.lines.slice(i, i + 1),
        flags: b.flags.slice(i, i + 1),
      };
      start = end;
      try {
        results.push(await engine.lines(one));
      } catch {
        results.push({ seq: b.seq, data: new Uint8Array(0), ends: Int32Array.of(0), errors: [{ line: b.lines[i]!, kind: 'worker' }], counts: {}, audit: [], records: 0 });
      }
    }
  }
  const items: Uint8Array[] = [];
  const failures: (LineFailure | undefined)[] = [];
  for (const r of results) {
    const bad = new Map(r.errors.map((e) => [e.line, e]));
    let start = 0;
    for (let i = 0; i < r.ends.length; i++) {
      items.push(r.data.subarray(start, r.ends[i]!));
      start = r.ends[i]!;
      failures.push(bad.get(b.lines[failures.length]!));
    }
  }
  return { items, failures };
}

/** Redacts records; if that fails as a whole, retries them one by one to find the failing ones. */
async function runRecords(engine: Engine, records: unknown[], first: number, localKind: LineErrorKind): Promise<Outcome> {
  try {
    return { items: await engine.records(records), failures: records.map(() => undefined) };
  } catch {
    const out: Outcome = { items: [], failures: [] };
    for (let i = 0; i < records.length; i++) {
      try {
        const [r] = await engine.records([records[i]]);
        out.items.push(r!);
        out.failures.push(undefined);
      } catch (e) {
        out.items.push(new Uint8Array(0));
        out.failures.push({ line: first + i, kind: localKind, detail: e instanceof Error ? e.name : typeof e });
      }
    }
    return out;
  }
}

class RedactStream extends Transform {
  private readonly engine: Engine;
  private readonly objects: boolean;
  private readonly policy: 'fail' | 'skip';
  private readonly onSkip: ((f: LineFailure) => void) | undefined;
  private readonly name: string;
  private readonly limit: number;
  private readonly batchRecords: number;
  private readonly localKind: LineErrorKind;
  private readonly framer: LineFramer | undefined;
  private readonly queue: Pending[] = [];
  private records: unknown[] = [];
  private recordNo = 0;
  /** The write callback held back while too much is in flight or the reader is behind. */
  private held: (() => void) | undefined;
  private readerWants = true;
  private closing: Promise<void> | undefined;

  constructor(engine: Engine, o: RedactStreamOptions) {
    const objects = o.objectMode === true;
    super({ writableObjectMode: objects, readableObjectMode: objects });
    this.engine = engine;
    this.objects = objects;
    this.policy = o.onError ?? 'fail';
    this.onSkip = o.onSkip;
    this.name = o.name ?? 'input';
    this.limit = o.inFlight ?? engine.slots * 2;
    this.batchRecords = o.batchSize ?? 64;
    this.localKind = o.workers === 0 ? 'detector' : 'worker';
    this.framer = objects ? undefined : new LineFramer({ maxLineBytes: o.maxLineBytes ?? DEFAULT_MAX_LINE_BYTES, batchLines: o.batchSize });
  }

  override _transform(chunk: unknown, encoding: BufferEncoding, cb: TransformCallback): void {
    if (this.objects) {
      this.records.push(chunk);
      // small batches while workers are idle (low latency), full ones under load
      if (this.records.length >= this.batchRecords || this.queue.length < this.engine.slots) this.submitRecords();
    } else {
      const buf = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string, encoding);
      this.framer!.push(buf, this.toWorker);
      if (this.queue.length < this.engine.slots) this.framer!.flush(this.toWorker); // likewise for whole lines
    }
    this.hold(cb);
  }

  private readonly toWorker = (b: Batch): void => this.submit(runLines(this.engine, b));

  /** Sends what waits for a fuller batch once a worker is idle (a slow writer is not kept waiting). */
  private sendPartial(): void {
    if (this.queue.length >= this.engine.slots || this.writableEnded) return;
    if (this.objects) this.submitRecords();
    else this.framer!.flush(this.toWorker);
  }

  override _flush(cb: TransformCallback): void {
    if (this.objects) this.submitRecords();
    else this.framer!.end(this.toWorker);
    const finish = () => {
      if (this.destroyed) return;
      if (this.queue.length > 0) {
        this.held = finish;
        return;
      }
      this.close().then(() => cb(), cb);
    };
    finish();
  }

  override _read(size: number): void {
    this.readerWants = true;
    this.release();
    super._read(size);
  }

  override _destroy(err: Error | null, cb: (error?: Error | null) => void): void {
    this.held = undefined;
    this.close().then(() => cb(err), () => cb(err));
  }

  private close(): Promise<void> {
    return (this.closing ??= this.engine.close());
  }

  private submitRecords(): void {
    if (this.records.length === 0) return;
    const batch = this.records;
    const first = this.recordNo + 1;
    this.records = [];
    this.recordNo += batch.length;
    this.submit(runRecords(this.engine, batch, first, this.localKind));
  }

  private submit(work: Promise<Outcome>): void {
    const p: Pending = {};
    this.queue.push(p);
    work.then(
      (o) => (p.outcome = o),
      (e: unknown) => (p.error = e ?? new Error('worker failed')),
    ).then(() => this.drain());
  }

  /** Calls `cb` now, or once the queue and the reader have room. */
  private hold(cb: () => void): void {
    this.held = cb;
    this.release();
  }

  private release(): void {
    const cb = this.held;
    if (!cb || this.destroyed) return;
    const room = this.queue.length < this.limit && this.readerWants;
    const flushing = this.writableEnded && this.queue.length === 0;
    if (room || flushing) {
      this.held = undefined;
      cb();
    }
  }

  /** Writes finished work at the head of the queue, in order; applies the error policy. */
  private drain(): void {
    if (this.destroyed) return;
    while (this.queue.length > 0) {
      const head = this.queue[0]!;
      if (head.error !== undefined) {
        this.destroy(head.error instanceof Error ? head.error : new Error('redaction failed'));
        return;
      }
      if (!head.outcome) break;
      this.queue.shift();
      const { items, failures } = head.outcome;
      const bytes: Uint8Array[] = [];
      const flush = (): boolean => {
        if (bytes.length === 0) return true;
        const ok = this.push(Buffer.concat(bytes));
        bytes.length = 0;
        return ok;
      };
      for (let i = 0; i < items.length; i++) {
        const f = failures[i];
        if (f) {
          if (this.policy === 'fail') {
            flush();
            this.destroy(new InputLineError(this.name, f.line, f.kind));
            return;
          }
          this.onSkip?.(f);
          continue;
        }
        const item = items[i]!;
        if (item instanceof Uint8Array) bytes.push(item);
        else if (!this.push(item)) this.readerWants = false;
      }
      if (!flush()) this.readerWants = false;
    }
    this.sendPartial();
    this.release();
  }
}

/**
 * A Transform that redacts JSONL (Buffers or strings; lines may span chunks) into JSONL,
 * or with `objectMode: true` parsed records into `{ record, findings }`, in input order.
 * Options are those of `redact()` plus the pipeline's; bad options throw here. With
 * `workers` ≥ 1 (default: the cores) it runs on its own pool (closed on end or destroy;
 * needs the built package); with `workers: 0`, in this thread.
 */
export function createRedactStream(options: RedactStreamOptions = {}): Transform {
  const { workers, objectMode: _o, onError, onSkip: _s, maxLineBytes, name: _n, batchSize, inFlight, ...redactOptions } = options;
  if (onError !== undefined && onError !== 'fail' && onError !== 'skip') throw new OptionsError('onError must be "fail" or "skip"');
  if (maxLineBytes !== undefined && !(Number.isInteger(maxLineBytes) && maxLineBytes >= 1)) throw new OptionsError('maxLineBytes must be a whole number ≥ 1');
  if (batchSize !== undefined && !(Number.isInteger(batchSize) && batchSize >= 1)) throw new OptionsError('batchSize must be a whole number ≥ 1');
  if (inFlight !== undefined && !(Number.isInteger(inFlight) && inFlight >= 1)) throw new OptionsError('inFlight must be a whole number ≥ 1');
  const engine = workers === 0 ? localEngine(createRedactor(redactOptions)) : poolEngine(createPool({ ...redactOptions, workers }));
  return new RedactStream(engine, options);
}
