/**
 * scrubline: PII detection and de-identification for contact-center data.
 *
 *   import { redact } from 'scrubline';
 *   redact('call me on (415) 555-0132').text  // 'call me on [PHONE]'
 */
export { analyze, redact, redactRecord, createRedactor, type Redactor, type CallOptions } from './redactor.js';
export { Key, KeyError, keyFromEnv, keyFromFile, randomKey, KEY_ENV, type KeySource } from './transform/keys.js';
export { OPERATOR_NAMES, type OperatorName, type OperatorSpec, type OperatorOptions } from './transform/operators/index.js';
export { ENTITY_TYPES, ENTITY_DESCRIPTIONS, type EntityType } from './entities.js';
export { ScrublineError, OptionsError, PatternFileError, DetectorError } from './errors.js';
export { applyFindings, type Replacer } from './transform/apply.js';
export type {
  Finding, AnalyzeOptions, RedactOptions, RedactResult, RedactRecordResult, RecordFinding, RecordSelection,
  AllowEntry, DenyEntry, PatternDef, PatternFile,
} from './types.js';
export { reidentify, ReidentifyError, type KeyRing } from './reidentify.js';
export { createRedactStream, type RedactStreamOptions, type RedactedRecord } from './pipeline/stream.js';
export { createPool, type PoolOptions, type RedactPool } from './pipeline/pool.js';
export { InputLineError } from './pipeline/run.js';
export type { LineFailure, LineErrorKind } from './pipeline/process-batch.js';
