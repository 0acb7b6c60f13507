import { createAnalyzer, type Analyzer } from './detect/analyzer.js';
import { OptionsError } from './errors.js';
import { compileSelection, redactJson, type CompiledSelection, type RecordFinding } from './records/walk.js';
import { applyFindings, labelReplacer, type Replacer } from './transform/apply.js';
import type { AnalyzeOptions, Finding, RedactOptions, RedactRecordResult, RedactResult } from './types.js';

/** Pre-compiled detection and replacement; per call, only the scan runs. */
export interface Redactor {
  /** The entity types this redactor looks for. */
  readonly entities: readonly string[];
  analyze(text: string): Finding[];
  redact(text: string): RedactResult;
  /** Redacts every selected string of a parsed JSON record; findings carry JSON Pointer paths. */
  redactRecord<T>(record: T): RedactRecordResult<T>;
}

export function createRedactor(options: RedactOptions = {}): Redactor {
  const analyzer: Analyzer = createAnalyzer(options);
  const replacer: Replacer = labelReplacer;
  const selection: CompiledSelection = compileSelectionChecked(options);
  const leaf = { analyze: (t: string) => analyzer.analyze(t), replacer, entities: new Set(analyzer.entities) };
  return {
    entities: analyzer.entities,
    analyze: leaf.analyze,
    redact(text) {
      const findings = analyzer.analyze(text);
      return { text: applyFindings(text, findings, replacer), findings };
    },
    redactRecord<T>(record: T): RedactRecordResult<T> {
      if (record === undefined || typeof record === 'function' || typeof record === 'symbol' || typeof record === 'bigint') {
        throw new OptionsError(`redactRecord() takes a parsed JSON value, got ${typeof record}`);
      }
      const findings: RecordFinding[] = [];
      const out = redactJson(record, leaf, selection, findings) as T;
      return { record: out, findings };
    },
  };
}

function compileSelectionChecked(options: RedactOptions): CompiledSelection {
  try {
    return compileSelection(options);
  } catch (e) {
    throw new OptionsError(`fields/skipFields: ${(e as Error).message}`);
  }
}

let shared: Redactor | undefined;

function forOptions(options: AnalyzeOptions | undefined): Redactor {
  if (options === undefined) return (shared ??= createRedactor());
  return createRedactor(options);
}

/** Finds PII in `text`. With options, compiles them on each call: keep a `createRedactor()` for repeated use. */
export function analyze(text: string, options?: AnalyzeOptions): Finding[] {
  return forOptions(options).analyze(text);
}

/** Finds PII in `text` and replaces each finding with `[TYPE]`. */
export function redact(text: string, options?: RedactOptions): RedactResult {
  return forOptions(options).redact(text);
}

/** Redacts a parsed JSON record (a call, a chat, a CRM row); see `Redactor.redactRecord`. */
export function redactRecord<T>(record: T, options?: RedactOptions): RedactRecordResult<T> {
  return forOptions(options).redactRecord(record);
}
