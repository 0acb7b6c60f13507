import { createAnalyzer, type Analyzer } from './detect/analyzer.js';
import { OptionsError } from './errors.js';
import { compileSelection, redactJson, type CompiledSelection, type RecordFinding } from './records/walk.js';
import { getAtPointer } from './records/pointer.js';
import { applyFindings, type Replacer } from './transform/apply.js';
import { keyFromEnv, randomKey } from './transform/keys.js';
import { compileOperators, type OperatorContext } from './transform/operators/index.js';
import type { AnalyzeOptions, Finding, RedactOptions, RedactRecordResult, RedactResult } from './types.js';

/** Pre-compiled detection and replacement; per call, only the scan runs. */
export interface Redactor {
  /** The entity types this redactor looks for. */
  readonly entities: readonly string[];
  analyze(text: string): Finding[];
  /** Finds and replaces PII. `subject` (whose data this is) keeps date shifts consistent per person. */
  redact(text: string, call?: CallOptions): RedactResult;
  /** Redacts every selected string of a parsed JSON record; findings carry JSON Pointer paths. */
  redactRecord<T>(record: T, call?: CallOptions): RedactRecordResult<T>;
  /** The operator applied to findings of a type. */
  operatorFor(type: string): string;
  /** The replacement the operator makes for one finding of `value` (as redact() would). */
  replacement(finding: Finding, value: string, call?: CallOptions): string;
}

/** Per-call options. */
export interface CallOptions {
  /** Whose data this is: date shifting uses one offset per subject. */
  subject?: string;
}

let warnedRandomKey = false;
function warnRandomKey(): void {
  if (warnedRandomKey) return;
  warnedRandomKey = true;
  process.emitWarning(
    'no key given (SCRUBLINE_KEY or options.key): keyed operators use a random key, so tokens are consistent only within this process',
    { code: 'SCRUBLINE_RANDOM_KEY' },
  );
}

export function createRedactor(options: RedactOptions = {}): Redactor {
  const analyzer: Analyzer = createAnalyzer(options);
  const ops = compileOperators(options, () => keyFromEnv());
  if (ops.randomKey) warnRandomKey();
  const region = typeof options.region === 'string' ? options.region.toUpperCase() : (options.region?.[0] ?? 'US').toUpperCase();
  const ctx: OperatorContext = { key: ops.key ?? randomKey(), subject: undefined, region };
  const replacer: Replacer = (f, value) => ops.apply(value, f, ctx);
  const selection: CompiledSelection = compileSelectionChecked(options);
  const subjectField = options.subjectField;
  if (subjectField !== undefined && (typeof subjectField !== 'string' || (subjectField !== '' && !subjectField.startsWith('/')))) {
    throw new OptionsError('subjectField must be a JSON Pointer such as /customer/id');
  }
  const subjectOf = (record: unknown): string | undefined => {
    if (subjectField === undefined) return undefined;
    const v = getAtPointer(record, subjectField);
    return typeof v === 'string' || typeof v === 'number' ? String(v) : undefined;
  };
  const leaf = {
    analyze: (t: string) => analyzer.analyze(t),
    analyzeMany: (t: readonly string[]) => analyzer.analyzeMany(t),
    replacer,
    entities: new Set(analyzer.entities),
  };
  return {
    entities: analyzer.entities,
    analyze: leaf.analyze,
    operatorFor: (type) => ops.nameFor(type),
    replacement(finding, value, call) {
      ctx.subject = call?.subject;
      return ops.apply(value, finding, ctx);
    },
    redact(text, call) {
      const findings = analyzer.analyze(text);
      ctx.subject = call?.subject;
      return { text: applyFindings(text, findings, replacer), findings };
    },
    redactRecord<T>(record: T, call?: CallOptions): RedactRecordResult<T> {
      if (record === undefined || typeof record === 'function' || typeof record === 'symbol' || typeof record === 'bigint') {
        throw new OptionsError(`redactRecord() takes a parsed JSON value, got ${typeof record}`);
      }
      ctx.subject = call?.subject ?? subjectOf(record);
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
/** Redactors compiled for option objects passed to analyze()/redact()/redactRecord(); options are treated as immutable. */
const compiled = new WeakMap<object, Redactor>();

function forOptions(options: AnalyzeOptions | undefined): Redactor {
  if (options === undefined) return (shared ??= createRedactor());
  if (options === null || typeof options !== 'object') return createRedactor(options);
  let r = compiled.get(options);
  if (!r) {
    r = createRedactor(options);
    compiled.set(options, r);
  }
  return r;
}

/**
 * Finds PII in `text`. Options are compiled on first use and cached per options object (treat it as
 * immutable: pass a new object to change settings); `createRedactor()` makes the reuse explicit.
 */
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
