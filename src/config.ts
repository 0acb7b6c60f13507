import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { OptionsError } from './errors.js';
import type { AllowEntry, RedactOptions } from './types.js';

/**
 * A config file: the JSON form of `RedactOptions` (what `--config` reads). Keys are
 * never in it: they come from SCRUBLINE_KEY or a key file. Regular expressions in
 * `allow` are written `{ "regex": "…", "flags": "i" }`; pattern file paths are
 * relative to the config file.
 */
const KEYS = new Set([
  'entities', 'minScore', 'region', 'countries', 'spoken', 'allow', 'deny', 'patterns', 'operators',
  'fields', 'skipFields', 'hints', 'keyHints', 'contextWindow', 'subjectField',
]);

export function parseConfig(data: unknown, file = 'config'): RedactOptions {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) throw new OptionsError(`${file}: a config is a JSON object`);
  const c = data as Record<string, unknown>;
  for (const k of Object.keys(c)) {
    if (k === 'key' || k === 'keyFile') throw new OptionsError(`${file}: keys do not belong in a config file; use SCRUBLINE_KEY or --key-file`);
    if (!KEYS.has(k)) throw new OptionsError(`${file}: unknown setting "${k}" (known: ${[...KEYS].join(', ')})`);
  }
  const out = { ...c } as RedactOptions & Record<string, unknown>;
  if (c.allow !== undefined) {
    if (!Array.isArray(c.allow)) throw new OptionsError(`${file}: "allow" must be a list`);
    out.allow = c.allow.map((a, i): AllowEntry => {
      if (typeof a === 'string') return a;
      if (a && typeof a === 'object' && typeof (a as { regex?: unknown }).regex === 'string') {
        const { regex, flags } = a as { regex: string; flags?: string };
        try {
          return new RegExp(regex, flags ?? '');
        } catch {
          throw new OptionsError(`${file}: allow[${i}] is not a valid regular expression`);
        }
      }
      throw new OptionsError(`${file}: allow[${i}] must be a string or { "regex": "…" }`);
    });
  }
  if (c.patterns !== undefined) {
    if (!Array.isArray(c.patterns)) throw new OptionsError(`${file}: "patterns" must be a list of pattern file paths`);
    const base = file === 'config' ? process.cwd() : dirname(resolve(file));
    out.patterns = c.patterns.map((p) => (typeof p === 'string' ? resolve(base, p) : p));
  }
  return out;
}

/** Reads a config file. Errors name the file, never its values. */
export function loadConfig(path: string): RedactOptions {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw new OptionsError(`cannot read config ${path}: ${(e as NodeJS.ErrnoException).code ?? 'error'}`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new OptionsError(`config ${path} is not valid JSON: ${(e as Error).message.replace(/".*"/, '…')}`);
  }
  return parseConfig(data, path);
}
