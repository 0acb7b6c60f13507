import { OptionsError } from '../../errors.js';
import type { Finding } from '../../types.js';
import { randomKey, resolveKey, type Key, type KeySource } from '../keys.js';
import { hash, keep, label, mask, pseudonym, redact } from './basic.js';
import { encrypt } from './encrypt.js';
import { generalize, shift_date } from './dates.js';
import { surrogate } from './surrogate.js';
import { KEYED, OPERATOR_NAMES, type Operator, type OperatorContext, type OperatorFactory, type OperatorName, type OperatorSpec } from './types.js';

export { OPERATOR_NAMES, KEYED, type Operator, type OperatorName, type OperatorSpec, type OperatorContext } from './types.js';

const FACTORIES: Partial<Record<OperatorName, OperatorFactory>> = { keep, redact, label, mask, hash, pseudonym, encrypt, surrogate, shift_date, generalize };

/** Registers an operator implementation (used by the operator modules at load). */
export function registerOperator(name: OperatorName, factory: OperatorFactory): void {
  FACTORIES[name] = factory;
}

/** Operators whose output depends only on the key, the type and the value (not on the subject). */
const CACHEABLE: ReadonlySet<OperatorName> = new Set(['hash', 'pseudonym', 'encrypt', 'surrogate']);
const CACHE_LIMIT = 50_000;

export interface OperatorOptions {
  /** Operator per entity type, and `default` for the rest (default `label`). */
  operators?: Readonly<Record<string, OperatorSpec>>;
  /** Secret key for keyed operators: a Key, bytes, or `{ env }` / `{ file }`. Default: `SCRUBLINE_KEY` if set. */
  key?: KeySource;
}

/** Operators compiled for one redactor. */
export interface CompiledOperators {
  /** The operator name used for a type. */
  nameFor(type: string): OperatorName;
  /** The replacement for a finding. */
  apply(value: string, f: Finding, ctx: OperatorContext): string;
  /** The key keyed operators use (random when none was given and one is needed). */
  readonly key: Key | undefined;
  /** True when a keyed operator runs on a random key (tokens consistent within this process only). */
  readonly randomKey: boolean;
}

function parseSpec(spec: unknown, where: string): { name: OperatorName; params: Record<string, unknown> } {
  if (typeof spec === 'string') {
    if (!(OPERATOR_NAMES as readonly string[]).includes(spec)) {
      throw new OptionsError(`${where}: unknown operator ${JSON.stringify(spec)}; choose one of ${OPERATOR_NAMES.join(', ')}`);
    }
    return { name: spec as OperatorName, params: {} };
  }
  if (spec && typeof spec === 'object' && !Array.isArray(spec) && typeof (spec as { operator?: unknown }).operator === 'string') {
    const { name } = parseSpec((spec as { operator: string }).operator, where);
    return { name, params: spec as Record<string, unknown> };
  }
  throw new OptionsError(`${where}: an operator is a name or { operator: name, …parameters }`);
}

export function compileOperators(options: OperatorOptions, envKey?: () => Key | undefined): CompiledOperators {
  const cfg = options.operators ?? {};
  if (typeof cfg !== 'object' || cfg === null || Array.isArray(cfg)) throw new OptionsError('operators must be an object of TYPE: operator');
  const byType = new Map<string, { name: OperatorName; op: Operator }>();
  let needsKey = false;
  const build = (spec: unknown, where: string) => {
    const { name, params } = parseSpec(spec, where);
    const factory = FACTORIES[name];
    if (!factory) throw new OptionsError(`${where}: operator "${name}" is not available in this build`);
    if (KEYED.has(name)) needsKey = true;
    return { name, op: factory(params, where) };
  };
  const def = build(cfg.default ?? 'label', 'operators.default');
  for (const [type, spec] of Object.entries(cfg)) {
    if (type === 'default') continue;
    if (!/^[A-Z][A-Z0-9_]*$/.test(type)) throw new OptionsError(`operators: ${JSON.stringify(type)} is not an entity type name`);
    byType.set(type, build(spec, `operators.${type}`));
  }
  let key: Key | undefined;
  let random = false;
  if (needsKey) {
    key = resolveKey(options.key) ?? envKey?.();
    if (!key) {
      key = randomKey();
      random = true;
    }
  } else if (options.key !== undefined) key = resolveKey(options.key);
  // Keyed operators are pure functions of (key, type, value): cache their tokens, since the same
  // customer's name, phone and email come back in every turn and every call. Bounded; cleared when full.
  const cache = new Map<string, string>();
  return {
    key,
    randomKey: random,
    nameFor: (type) => (byType.get(type) ?? def).name,
    apply: (value, f, ctx) => {
      const { name, op } = byType.get(f.type) ?? def;
      if (!CACHEABLE.has(name)) return op(value, f, ctx);
      const k = `${name}\u0000${f.type}\u0000${value}`;
      let token = cache.get(k);
      if (token === undefined) {
        token = op(value, f, ctx);
        if (cache.size >= CACHE_LIMIT) cache.clear();
        cache.set(k, token);
      }
      return token;
    },
  };
}
