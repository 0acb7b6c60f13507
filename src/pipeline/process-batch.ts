import { getAtPointer } from '../records/pointer.js';
import type { Redactor } from '../redactor.js';
import type { RecordFinding } from '../records/walk.js';
import { LINE_TOO_LONG } from './framing.js';

/** What went wrong with one line. Never carries the line's content. */
export type LineErrorKind = 'json' | 'utf8' | 'too-long' | 'detector' | 'worker';

export interface LineFailure {
  line: number;
  kind: LineErrorKind;
  /** Error class name for detector failures (no message: it could carry data). */
  detail?: string;
}

export type BatchMode = 'redact' | 'scan';

export interface BatchTask {
  seq: number;
  data: Uint8Array;
  ends: Int32Array;
  lines: Int32Array;
  flags: Uint8Array;
  mode: BatchMode;
  audit: boolean;
}

export interface BatchResult {
  seq: number;
  /** The output lines, each with its "\n", as UTF-8, one after another (a failed line has none). */
  data: Uint8Array;
  /** Per line, the end of its output in `data` (a failed line ends where the one before it did; see errors). */
  ends: Int32Array;
  errors: LineFailure[];
  /** Findings per type in this batch. */
  counts: Record<string, number>;
  /** Audit JSONL lines, one per finding (no raw values). */
  audit: string[];
  records: number;
}

/** Operators whose replacement is a keyed token worth keeping in the audit trail. */
const TOKEN_OPERATORS = new Set(['hash', 'pseudonym', 'encrypt']);

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const encoder = new TextEncoder();

/**
 * The output lines as one UTF-8 buffer with each line's end: sent back to the main thread without
 * a copy (see batch-worker.ts), which then writes it as is, with no string to clone or encode.
 */
export function encodeLines(out: readonly string[]): { data: Uint8Array; ends: Int32Array } {
  const ends = new Int32Array(out.length);
  let pos = 0;
  for (let i = 0; i < out.length; i++) {
    pos += Buffer.byteLength(out[i]!, 'utf8');
    ends[i] = pos;
  }
  return { data: encoder.encode(out.join('')), ends };
}

/**
 * Test hooks (documented in the README): SCRUBLINE_TEST_FAIL_LINE makes the redactor throw on that
 * line; SCRUBLINE_TEST_CRASH_LINE makes the worker thread exit in the middle of the batch holding it.
 */
const FAIL_LINE = Number(process.env.SCRUBLINE_TEST_FAIL_LINE ?? 0);
const CRASH_LINE = Number(process.env.SCRUBLINE_TEST_CRASH_LINE ?? 0);

/**
 * Decodes, parses, redacts (or scans) and serialises each line of a batch. Runs in a
 * worker thread; pure given the redactor. A line that cannot be decoded, parsed or
 * scanned yields "" and an error: never its original text.
 */
export function processBatch(redactor: Redactor, t: BatchTask): BatchResult {
  const n = t.lines.length;
  const out = new Array<string>(n);
  const errors: LineFailure[] = [];
  const counts: Record<string, number> = {};
  const audit: string[] = [];
  let records = 0;
  let start = 0;
  for (let i = 0; i < n; i++) {
    const end = t.ends[i]!;
    const line = t.lines[i]!;
    out[i] = '';
    if (t.flags[i] === LINE_TOO_LONG) {
      errors.push({ line, kind: 'too-long' });
      start = end;
      continue;
    }
    let text: string;
    try {
      text = decoder.decode(t.data.subarray(start, end));
    } catch {
      errors.push({ line, kind: 'utf8' });
      start = end;
      continue;
    }
    start = end;
    let record: unknown;
    try {
      record = JSON.parse(text);
    } catch {
      errors.push({ line, kind: 'json' });
      continue;
    }
    if (CRASH_LINE > 0 && line === CRASH_LINE) process.exit(70);
    let findings: RecordFinding[];
    let redacted: unknown;
    try {
      if (FAIL_LINE > 0 && line === FAIL_LINE) throw new Error('test hook: SCRUBLINE_TEST_FAIL_LINE');
      const r = redactor.redactRecord(record);
      findings = r.findings;
      redacted = r.record;
    } catch (e) {
      errors.push({ line, kind: 'detector', detail: e instanceof Error ? e.name : typeof e });
      continue;
    }
    records++;
    for (const f of findings) counts[f.type] = (counts[f.type] ?? 0) + 1;
    if (t.mode === 'scan') {
      out[i] = JSON.stringify({
        line,
        findings: findings.map((f) => ({ path: f.path, type: f.type, start: f.start, end: f.end, score: round(f.score), detector: f.detector })),
      }) + '\n';
    } else {
      out[i] = JSON.stringify(redacted) + '\n';
    }
    if (t.audit) {
      for (const f of findings) {
        const operator = t.mode === 'scan' ? 'none' : redactor.operatorFor(f.type);
        const entry: Record<string, unknown> = {
          line, path: f.path, type: f.type, start: f.start, end: f.end, detector: f.detector, score: round(f.score), operator,
        };
        if (TOKEN_OPERATORS.has(operator)) {
          const leaf = getAtPointer(record, f.path);
          if (typeof leaf === 'string' || typeof leaf === 'number') {
            entry.token = redactor.replacement(f, String(leaf).slice(f.start, f.end));
          }
        }
        audit.push(JSON.stringify(entry) + '\n');
      }
    }
  }
  const { data, ends } = encodeLines(out);
  return { seq: t.seq, data, ends, errors, counts, audit, records };
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
