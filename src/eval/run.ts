/**
 * Running a redactor over evaluation records: one timed pass of the analyzer,
 * then scoring. The analyzer is pluggable (RecordAnalyzer), so scoring does not
 * care whether findings come from per-text `analyze` or record-level redaction.
 */
import { performance } from 'node:perf_hooks';
import type { Finding } from '../types.js';
import { newTally, scoreUnit, type Tally, type TallyOptions } from './score.js';
import type { EvalRecord } from './units.js';

/** Findings of one record, keyed by the JSON Pointer of the string they were found in. */
export type FindingsByPath = ReadonlyMap<string, readonly Finding[]>;

/** Finds PII in one record. Only pointers of the record's units are scored; others are ignored. */
export type RecordAnalyzer = (record: EvalRecord) => FindingsByPath;

/** Scores each unit's text on its own with `analyze` (the text only: timing covers nothing else). */
export function perTextAnalyzer(analyze: (text: string) => Finding[]): RecordAnalyzer {
  return (record) => {
    const out = new Map<string, Finding[]>();
    for (const u of record.units) out.set(u.path, analyze(u.text));
    return out;
  };
}

/** Record-level redaction: findings carry the JSON Pointer of their string. */
export function recordLevelAnalyzer(
  redactRecord: (record: unknown) => { findings: readonly (Finding & { path: string })[] },
): RecordAnalyzer {
  return (record) => {
    const out = new Map<string, Finding[]>();
    for (const f of redactRecord(record.value).findings) {
      const { path, ...finding } = f;
      const list = out.get(path);
      if (list) list.push(finding);
      else out.set(path, [finding]);
    }
    return out;
  };
}

export interface EvaluateOptions extends TallyOptions {
  /** Characters of text analysed, untimed, before the timed pass (JIT warm-up). Default 256 Ki. */
  warmupChars?: number;
}

/** Runs `analyzer` over every record (timed, in one pass), then scores each unit. */
export function evaluateRecords(
  records: readonly EvalRecord[],
  analyzer: RecordAnalyzer,
  options: EvaluateOptions = {},
): Tally {
  const warmup = options.warmupChars ?? 256 * 1024;
  let warmed = 0;
  for (const r of records) {
    if (warmed >= warmup) break;
    analyzer(r);
    for (const u of r.units) warmed += u.text.length;
  }
  const results: FindingsByPath[] = new Array(records.length);
  const t0 = performance.now();
  for (let i = 0; i < records.length; i++) results[i] = analyzer(records[i]!);
  const seconds = (performance.now() - t0) / 1000;

  const tally = newTally();
  tally.seconds = seconds;
  tally.records = records.length;
  records.forEach((r, i) => {
    const byPath = results[i]!;
    for (const u of r.units) scoreUnit(tally, u, byPath.get(u.path) ?? [], options);
  });
  return tally;
}
