import type { Finding } from '../../types.js';
import type { Key } from '../keys.js';

/** The operators scrubline applies to a finding. */
export const OPERATOR_NAMES = [
  'redact', 'label', 'mask', 'hash', 'pseudonym', 'surrogate', 'encrypt', 'shift_date', 'generalize', 'keep',
] as const;
export type OperatorName = (typeof OPERATOR_NAMES)[number];

/** An operator with its parameters, as given in options or a config file. */
export type OperatorSpec = OperatorName | ({ operator: OperatorName } & Record<string, unknown>);

/** Per-call state an operator may read. */
export interface OperatorContext {
  /** The secret key (only for operators that need one). */
  key: Key;
  /** Whose data this is (date shifting keeps one offset per subject). */
  subject: string | undefined;
  /** Default phone region, for canonical phone numbers. */
  region: string;
}

/** A compiled operator: the replacement for one finding. */
export type Operator = (value: string, finding: Finding, ctx: OperatorContext) => string;

/** Builds an operator from its parameters; throws OptionsError on bad ones. */
export type OperatorFactory = (params: Record<string, unknown>, where: string) => Operator;

/** Whether the operator needs a key. */
export const KEYED: ReadonlySet<OperatorName> = new Set(['hash', 'pseudonym', 'surrogate', 'encrypt', 'shift_date']);
