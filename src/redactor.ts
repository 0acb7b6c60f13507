import { createAnalyzer, type Analyzer } from './detect/analyzer.js';
import { applyFindings } from './transform/apply.js';
import type { AnalyzeOptions, Finding, RedactOptions, RedactResult } from './types.js';

/** Pre-compiled detection and replacement; per call, only the scan runs. */
export interface Redactor {
  /** The entity types this redactor looks for. */
  readonly entities: readonly string[];
  analyze(text: string): Finding[];
  redact(text: string): RedactResult;
}

export function createRedactor(options: RedactOptions = {}): Redactor {
  const analyzer: Analyzer = createAnalyzer(options);
  return {
    entities: analyzer.entities,
    analyze: (text) => analyzer.analyze(text),
    redact(text) {
      const findings = analyzer.analyze(text);
      return { text: applyFindings(text, findings), findings };
    },
  };
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
