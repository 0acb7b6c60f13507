import type { Readable, Writable } from 'node:stream';
import { ScrublineError } from '../errors.js';
import { LineFramer, type Batch } from './framing.js';
import type { RedactPool } from './pool.js';
import type { BatchMode, BatchResult, LineErrorKind, LineFailure } from './process-batch.js';

/** What to do with a line that cannot be scanned. It is never written out. */
export type ErrorPolicy = 'fail' | 'skip' | 'quarantine';

export interface InputSource {
  /** For messages: a file name or `stdin`. */
  name: string;
  /** The byte stream of JSONL (already decompressed, or a JSON array turned into lines). */
  open(): Readable;
}

export interface Progress {
  records: number;
  bytesIn: number;
  seconds: number;
}

export interface RunOptions {
  pool: RedactPool;
  mode: BatchMode;
  sources: readonly InputSource[];
  output: Writable;
  audit?: Writable;
  quarantine?: Writable;
  policy: ErrorPolicy;
  maxLineBytes: number;
  signal?: AbortSignal;
  onProgress?: (p: Progress) => void;
  /** Batches in flight at most (default: 2 per worker). */
  inFlight?: number;
  batchLines?: number;
}

export interface RunSummary {
  records: number;
  failedLines: number;
  bytesIn: number;
  seconds: number;
  counts: Record<string, number>;
  /** Set when the run stopped early: by a signal, or because the output was closed. */
  stopped?: 'signal' | 'output-closed';
}

const KIND_TEXT: Record<LineErrorKind, string> = {
  json: 'not valid JSON',
  utf8: 'not valid UTF-8',
  'too-long': 'longer than --max-line-bytes',
  detector: 'a detector failed on it',
  worker: 'the worker thread failed on it',
};

/** A line that could not be scanned, under the `fail` policy. Names the file and line, never the content. */
export class InputLineError extends ScrublineError {
  readonly file: string;
  readonly line: number;
  readonly kind: LineErrorKind;
  constructor(file: string, line: number, kind: LineErrorKind) {
    super(kind === 'worker' || kind === 'detector' ? 'E_WORKER' : 'E_INPUT', `${file}:${line}: ${KIND_TEXT[kind]}; nothing of it was written`);
    this.name = 'InputLineError';
    this.file = file;
    this.line = line;
    this.kind = kind;
  }
}

/** Resolves when the stream drains or closes, or the signal aborts; leaves no listener behind. */
function drained(stream: Writable, signal: AbortSignal | undefined): Promise<void> {
  return new Promise<void>((resolve) => {
    const done = () => {
      stream.off('drain', done);
      stream.off('close', done);
      signal?.removeEventListener('abort', done);
      resolve();
    };
    stream.on('drain', done);
    stream.on('close', done);
    signal?.addEventListener('abort', done);
  });
}

interface Pending {
  batch: Batch;
  source: string;
  result?: BatchResult;
}

/**
 * Streams every source through the pool and writes results in input order.
 * Memory stays bounded: at most `inFlight` batches are out, and reading waits
 * while the output is not draining. A line that fails is never written; under
 * `fail` the run stops at the first one (in input order) with an InputLineError.
 */
export async function runPipeline(o: RunOptions): Promise<RunSummary> {
  const t0 = process.hrtime.bigint();
  const limit = o.inFlight ?? o.pool.workers * 2;
  const counts: Record<string, number> = {};
  const queue: Pending[] = []; // in seq order, awaiting write
  let records = 0;
  let failedLines = 0;
  let bytesIn = 0;
  let nextSeq = 0;
  let fatal: unknown;
  let outputClosed = false;
  let wake: (() => void) | undefined;
  const wakeUp = () => {
    const w = wake;
    wake = undefined;
    w?.();
  };
  const onOutputError = (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE' || e.code === 'ERR_STREAM_DESTROYED') outputClosed = true;
    else fatal ??= e;
    wakeUp();
  };
  o.output.on('error', onOutputError);
  o.output.on('drain', wakeUp);
  o.signal?.addEventListener('abort', wakeUp); // an abort must end a wait on a stalled output too

  const seconds = () => Number(process.hrtime.bigint() - t0) / 1e9;
  const stopNow = () => fatal !== undefined || outputClosed || !!o.signal?.aborted;

  async function write(stream: Writable, text: string | Uint8Array): Promise<void> {
    if (text.length === 0 || outputClosed) return;
    if (!stream.write(text) && !o.signal?.aborted) await drained(stream, o.signal);
  }

  function fail(source: string, e: LineFailure): void {
    failedLines++;
    if (o.policy === 'fail') {
      fatal ??= new InputLineError(source, e.line, e.kind);
    } else if (o.policy === 'quarantine' && o.quarantine) {
      o.quarantine.write(JSON.stringify({ file: source, line: e.line, reason: e.kind }) + '\n');
    }
  }

  /** Writes finished batches at the head of the queue, in order. */
  async function drainQueue(): Promise<void> {
    while (queue.length > 0 && queue[0]!.result && fatal === undefined && !outputClosed) {
      const p = queue.shift()!;
      const r = p.result!;
      const bad = new Map<number, LineFailure>();
      for (const e of r.errors) bad.set(e.line, e);
      // the good lines between failures are one slice of the batch's output each
      let from = 0;
      let prevEnd = 0;
      for (let i = 0; i < r.ends.length; i++) {
        const line = p.batch.lines[i]!;
        const err = bad.get(line);
        if (err) {
          await write(o.output, r.data.subarray(from, prevEnd));
          from = r.ends[i]!;
          fail(p.source, err);
          if (fatal !== undefined) return;
        }
        prevEnd = r.ends[i]!;
      }
      await write(o.output, r.data.subarray(from, prevEnd));
      if (o.audit && r.audit.length) await write(o.audit, r.audit.join(''));
      records += r.records;
      bytesIn += p.batch.bytes;
      for (const [t, n] of Object.entries(r.counts)) counts[t] = (counts[t] ?? 0) + n;
      o.onProgress?.({ records, bytesIn, seconds: seconds() });
    }
  }

  /** Runs a batch; if the worker fails on the batch as a whole, retries its lines one by one. */
  async function runBatch(b: Batch): Promise<BatchResult> {
    const task = { seq: b.seq, data: b.data, ends: b.ends, lines: b.lines, flags: b.flags, mode: o.mode, audit: !!o.audit };
    try {
      return await o.pool.runBatch(task);
    } catch {
      const merged: Omit<BatchResult, 'data' | 'ends'> = { seq: b.seq, errors: [], counts: {}, audit: [], records: 0 };
      const parts: Uint8Array[] = [];
      const ends = new Int32Array(b.lines.length);
      let pos = 0;
      let start = 0;
      for (let i = 0; i < b.lines.length; i++) {
        const end = b.ends[i]!;
        const one = {
          ...task,
          data: b.data.slice(start, end),
          ends: Int32Array.of(end - start),
          lines: b.lines.subarray(i, i + 1).slice(),
          flags: b.flags.subarray(i, i + 1).slice(),
        };
        start = end;
        try {
          const r = await o.pool.runBatch(one);
          parts.push(r.data);
          pos += r.data.length;
          merged.errors.push(...r.errors);
          merged.audit.push(...r.audit);
          merged.records += r.records;
          for (const [t, n] of Object.entries(r.counts)) merged.counts[t] = (merged.counts[t] ?? 0) + n;
        } catch {
          merged.errors.push({ line: b.lines[i]!, kind: 'worker' });
        }
        ends[i] = pos;
      }
      return { ...merged, data: Buffer.concat(parts), ends };
    }
  }

  async function submit(b: Batch, source: string): Promise<void> {
    b.seq = nextSeq++;
    const p: Pending = { batch: b, source };
    queue.push(p);
    runBatch(b).then(
      (r) => {
        p.result = r;
        wakeUp();
      },
      (e) => {
        fatal ??= e;
        wakeUp();
      },
    );
    // back-pressure: wait while too many batches are out, or the output wants a pause
    while (fatal === undefined && !outputClosed && !o.signal?.aborted && (queue.length >= limit || o.output.writableNeedDrain)) {
      await drainQueue();
      if (stopNow() || (queue.length < limit && !o.output.writableNeedDrain)) break;
      await new Promise<void>((res) => (wake = res));
    }
    await drainQueue();
  }

  try {
    for (const src of o.sources) {
      if (stopNow()) break;
      const framer = new LineFramer({ maxLineBytes: o.maxLineBytes, batchLines: o.batchLines });
      const stream = src.open();
      const batches: Batch[] = [];
      try {
        for await (const chunk of stream) {
          framer.push(chunk as Buffer, (b) => batches.push(b));
          while (batches.length > 0 && !stopNow()) await submit(batches.shift()!, src.name);
          if (stopNow()) break;
        }
        if (!stopNow()) {
          framer.end((b) => batches.push(b));
          while (batches.length > 0 && !stopNow()) await submit(batches.shift()!, src.name);
        }
      } finally {
        stream.destroy();
      }
    }
    // wait for the rest, in order
    while (queue.length > 0 && !stopNow()) {
      await drainQueue();
      if (queue.length > 0 && !queue[0]!.result && !stopNow()) await new Promise<void>((res) => (wake = res));
    }
  } finally {
    o.output.off('error', onOutputError);
    o.output.off('drain', wakeUp);
    o.signal?.removeEventListener('abort', wakeUp);
  }
  if (fatal !== undefined) throw fatal;
  const summary: RunSummary = { records, failedLines, bytesIn, seconds: seconds(), counts };
  if (o.signal?.aborted) summary.stopped = 'signal';
  else if (outputClosed) summary.stopped = 'output-closed';
  return summary;
}
