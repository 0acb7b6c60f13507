import { statSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config.js';
import { OptionsError } from '../errors.js';
import { KEY_ENV, keyFromEnv, keyFromFile, type Key } from '../transform/keys.js';
import type { OperatorSpec } from '../transform/operators/index.js';
import type { ErrorPolicy } from '../pipeline/run.js';
import type { RedactOptions } from '../types.js';
import { defaultWorkers } from '../pipeline/pool.js';

export const ARG_SPEC = {
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
  output: { type: 'string', short: 'o' },
  config: { type: 'string' },
  entities: { type: 'string' },
  operator: { type: 'string', multiple: true },
  fields: { type: 'string' },
  'skip-fields': { type: 'string' },
  'min-score': { type: 'string' },
  region: { type: 'string' },
  'key-file': { type: 'string', multiple: true },
  'key-env': { type: 'string' },
  'key-id': { type: 'string' },
  key: { type: 'string' },
  format: { type: 'string' },
  workers: { type: 'string' },
  'on-error': { type: 'string' },
  'max-line-bytes': { type: 'string' },
  audit: { type: 'string' },
  quiet: { type: 'boolean' },
  'show-missed': { type: 'string' },
  'show-text': { type: 'boolean' },
  json: { type: 'boolean' },
} as const;

export type Args = ReturnType<typeof parseArgs<{ options: typeof ARG_SPEC; allowPositionals: true; strict: true }>>;

export function parse(argv: string[]): Args {
  try {
    return parseArgs({ args: argv, options: ARG_SPEC, allowPositionals: true, strict: true });
  } catch (e) {
    throw new OptionsError((e as Error).message.replace(/\. To specify.*$/, ''));
  }
}

const list = (s: string | undefined) => (s === undefined ? undefined : s.split(',').map((x) => x.trim()).filter(Boolean));

function num(name: string, s: string | undefined, min: number, max: number, int: boolean): number | undefined {
  if (s === undefined) return undefined;
  const n = Number(s);
  if (!Number.isFinite(n) || n < min || n > max || (int && !Number.isInteger(n))) {
    throw new OptionsError(`--${name} must be ${int ? 'a whole number' : 'a number'} from ${min} to ${max}`);
  }
  return n;
}

/** The key named by --key-file / --key-env, if any. Never from a plain argument. */
export function keysFrom(a: Args['values']): Key[] {
  if (a.key !== undefined) throw new OptionsError('keys are never given on the command line: use SCRUBLINE_KEY, --key-env NAME or --key-file FILE');
  const files = a['key-file'] ?? [];
  const id = a['key-id'];
  const keys = files.map((f) => keyFromFile(f, files.length === 1 ? id : undefined));
  if (keys.length === 0) {
    const env = a['key-env'] ?? KEY_ENV;
    const k = keyFromEnv(env, id);
    if (k) keys.push(k);
    else if (a['key-env']) throw new OptionsError(`--key-env ${env}: that variable is not set`);
  }
  return keys;
}

/** Library options from the config file and the flags (flags win). */
export function redactOptions(a: Args['values']): RedactOptions {
  const base: RedactOptions = a.config ? loadConfig(a.config) : {};
  const out: RedactOptions = { ...base };
  const entities = list(a.entities);
  if (entities) out.entities = entities;
  const fields = list(a.fields);
  if (fields) out.fields = fields;
  const skip = list(a['skip-fields']);
  if (skip) out.skipFields = skip;
  const min = num('min-score', a['min-score'], 0, 1, false);
  if (min !== undefined) out.minScore = min;
  const region = list(a.region);
  if (region) out.region = region;
  if (a.operator) {
    const ops: Record<string, OperatorSpec> = { ...(base.operators ?? {}) };
    for (const o of a.operator) {
      const eq = o.indexOf('=');
      if (eq <= 0) throw new OptionsError(`--operator ${o}: expected TYPE=OPERATOR`);
      const type = o.slice(0, eq);
      const spec = o.slice(eq + 1);
      if (spec.startsWith('{')) {
        try {
          ops[type] = JSON.parse(spec) as OperatorSpec;
        } catch {
          throw new OptionsError(`--operator ${type}=…: the parameters are not valid JSON`);
        }
      } else ops[type] = spec as OperatorSpec;
    }
    out.operators = ops;
  }
  return out;
}

export interface PipelineFlags {
  workers: number;
  policy: ErrorPolicy;
  quarantineFile: string | undefined;
  maxLineBytes: number;
  format: 'jsonl' | 'json' | undefined;
}

export function pipelineFlags(a: Args['values']): PipelineFlags {
  const workers = num('workers', a.workers, 1, 256, true) ?? defaultWorkers();
  const maxLineBytes = num('max-line-bytes', a['max-line-bytes'], 1, 2 ** 31 - 1, true) ?? 64 * 1024 * 1024;
  let policy: ErrorPolicy = 'fail';
  let quarantineFile: string | undefined;
  const oe = a['on-error'];
  if (oe !== undefined) {
    if (oe === 'fail' || oe === 'skip') policy = oe;
    else if (oe.startsWith('quarantine=') && oe.length > 'quarantine='.length) {
      policy = 'quarantine';
      quarantineFile = oe.slice('quarantine='.length);
    } else throw new OptionsError('--on-error must be fail, skip or quarantine=FILE');
  }
  const f = a.format;
  if (f !== undefined && f !== 'jsonl' && f !== 'json') throw new OptionsError('--format must be jsonl or json');
  return { workers, policy, quarantineFile, maxLineBytes, format: f };
}

/** Sum of the input files' sizes (for the ETA), or undefined for stdin or compressed input. */
export function totalSize(files: readonly string[]): number | undefined {
  if (files.length === 0 || files.some((f) => f === '-' || f.endsWith('.gz'))) return undefined;
  let n = 0;
  for (const f of files) {
    try {
      n += statSync(f).size;
    } catch {
      return undefined;
    }
  }
  return n;
}
