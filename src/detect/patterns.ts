import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { PatternFileError } from '../errors.js';
import type { PatternDef, PatternFile } from '../types.js';
import { VALIDATORS, type Validator } from './validators/index.js';
import { foldContext } from './context.js';
import { digitShape } from './min-digits.js';
import type { WindowSpec } from './anchors.js';

/** A pattern ready to run: compiled once, shared by every scan. */
export interface CompiledPattern {
  readonly id: string;
  readonly type: string;
  readonly re: RegExp;
  readonly score: number;
  readonly validatedScore: number;
  readonly validator: Validator | undefined;
  readonly context: readonly string[];
  /** `digit`: digit windows only; `text`: whole text, gated by `literal` when set. */
  readonly scope: 'digit' | 'text';
  /** Literals of which one must occur in the text before the regex runs (none: no gate). */
  readonly literals: readonly string[] | undefined;
  /** Whether `literals` are matched against the lower-cased text (they are then lower-case). */
  readonly literalsLower: boolean;
  /** For a literal prefilter: how far a match reaches from a hit of a literal (it then runs on windows around the hits only). */
  readonly window: WindowSpec | undefined;
  /** For a digit pattern: literals (lower-case) of which every match holds one; digit windows without one are skipped. */
  readonly requires: readonly string[] | undefined;
  readonly group: number;
  /** The fewest digits a match holds (from the regex, or the pattern's `minDigits`); digit windows with fewer are skipped. */
  readonly minDigits: number;
  /** A lower bound on the longest digit run in a match (from the regex); windows with shorter runs are skipped. */
  readonly minRun: number;
  /** When no match can hold whitespace: its fewest characters (from the regex); windows without a token that long are skipped. */
  readonly minToken: number;
  /** Fewest characters of a match that can only be letters (see digitShape): windows without letters are skipped when > 0. */
  readonly minLetters: number;
  readonly country: string | undefined;
  readonly detector: string;
  readonly source: string;
  /** The pattern file it came from (for messages). */
  readonly file: string;
}

/** Folder of the built-in pattern files: `<package root>/patterns`, from `src/detect` and `dist/detect` alike. */
export const BUILTIN_PATTERN_DIR = fileURLToPath(new URL('../../patterns/', import.meta.url));

const ALLOWED_FLAGS = /^[imsu]*$/;
const TYPE_NAME = /^[A-Z][A-Z0-9_]{0,63}$/;
const KEYS = new Set([
  'id', 'type', 'regex', 'flags', 'score', 'validatedScore', 'context', 'validator',
  'prefilter', 'group', 'country', 'description', 'minDigits', 'window', 'requires',
]);

/** Checks one parsed pattern definition and compiles it. Throws PatternFileError naming file and pattern. */
export function compilePattern(def: unknown, file: string, index: number): CompiledPattern {
  if (def === null || typeof def !== 'object' || Array.isArray(def)) {
    throw new PatternFileError(file, `#${index}`, 'a pattern must be an object');
  }
  const p = def as Record<string, unknown>;
  const id = typeof p.id === 'string' && p.id.length > 0 ? p.id : undefined;
  const fail = (msg: string): never => {
    throw new PatternFileError(file, id ?? `#${index}`, msg);
  };
  if (!id) fail('"id" must be a non-empty string');
  for (const k of Object.keys(p)) if (!KEYS.has(k)) fail(`unknown field "${k}"`);
  if (typeof p.type !== 'string' || !TYPE_NAME.test(p.type)) fail('"type" must be an upper-case name such as EMAIL');
  if (typeof p.regex !== 'string' || p.regex.length === 0) fail('"regex" must be a non-empty string');
  if (p.flags !== undefined && (typeof p.flags !== 'string' || !ALLOWED_FLAGS.test(p.flags))) {
    fail('"flags" may hold only i, m, s, u');
  }
  const inRange = (v: unknown) => typeof v === 'number' && v >= 0 && v <= 1;
  if (!inRange(p.score)) fail('"score" must be a number in [0, 1]');
  if (p.validatedScore !== undefined && !inRange(p.validatedScore)) fail('"validatedScore" must be a number in [0, 1]');
  if (p.context !== undefined && (!Array.isArray(p.context) || p.context.some((w) => typeof w !== 'string' || w.length === 0))) {
    fail('"context" must be an array of non-empty strings');
  }
  let validator: Validator | undefined;
  if (p.validator !== undefined) {
    if (typeof p.validator !== 'string') fail('"validator" must be a string');
    validator = VALIDATORS.get(p.validator as string);
    if (!validator) fail(`unknown validator "${String(p.validator)}"`);
  }
  if (p.group !== undefined && (!Number.isInteger(p.group) || (p.group as number) < 0)) fail('"group" must be a non-negative integer');
  if (p.country !== undefined && (typeof p.country !== 'string' || !/^[A-Z]{2}$/.test(p.country))) {
    fail('"country" must be an ISO 3166 alpha-2 code such as DE');
  }
  const pf = p.prefilter;
  if (pf !== undefined && !(typeof pf === 'string' && pf.length > 0) &&
      !(Array.isArray(pf) && pf.length > 0 && pf.every((x) => typeof x === 'string' && x.length > 0))) {
    fail('"prefilter" must be "digit", "none", a non-empty literal or a non-empty list of literals');
  }
  const literalList = (v: unknown) => Array.isArray(v) && v.length > 0 && v.every((x) => typeof x === 'string' && x.length > 0);
  const win = p.window;
  if (win !== undefined) {
    if (pf === undefined || pf === 'digit' || pf === 'none') fail('"window" needs a literal prefilter');
    const n = (v: unknown) => Number.isInteger(v) && (v as number) >= 0 && (v as number) <= 100_000;
    const ok = win === 'token' ||
      (win !== null && typeof win === 'object' && !Array.isArray(win) &&
        Object.keys(win).every((k) => k === 'before' || k === 'after') &&
        n((win as Record<string, unknown>).before) && n((win as Record<string, unknown>).after));
    if (!ok) fail('"window" must be "token" or { "before": n, "after": n } (characters, 0 to 100000)');
  }
  if (p.requires !== undefined) {
    if (pf !== 'digit') fail('"requires" is for patterns with the digit prefilter');
    if (!literalList(p.requires)) fail('"requires" must be a non-empty list of literals');
  }
  const flags = (p.flags as string | undefined) ?? '';
  let re: RegExp;
  try {
    re = new RegExp(p.regex as string, `g${flags}`);
  } catch (e) {
    return fail(`regex does not compile: ${(e as Error).message}`);
  }
  if (p.minDigits !== undefined && (!Number.isInteger(p.minDigits) || (p.minDigits as number) < 0)) {
    fail('"minDigits" must be a non-negative integer');
  }
  const group = (p.group as number | undefined) ?? 0;
  const shape = digitShape(p.regex as string);
  if (group > 0) {
    const groups = new RegExp(`${p.regex as string}|`, flags).exec('')!.length - 1;
    if (group > groups) fail(`"group" ${group} but the regex has ${groups} capture groups`);
  }
  const prefilter = (pf as string | string[] | undefined) ?? 'none';
  const scope = prefilter === 'digit' ? 'digit' : 'text';
  const literalsLower = flags.includes('i');
  const literals = prefilter === 'digit' || prefilter === 'none'
    ? undefined
    : (typeof prefilter === 'string' ? [prefilter] : prefilter).map((l) => (literalsLower ? l.toLowerCase() : l));
  return {
    id: id!,
    type: p.type as string,
    re,
    score: p.score as number,
    validatedScore: (p.validatedScore as number | undefined) ?? 1,
    validator,
    context: ((p.context as string[] | undefined) ?? []).map(foldContext),
    scope,
    literals,
    literalsLower,
    window: win as WindowSpec | undefined,
    requires: (p.requires as string[] | undefined)?.map((l) => l.toLowerCase()),
    group,
    minDigits: Math.min((p.minDigits as number | undefined) ?? Infinity, shape.minDigits),
    minRun: p.minDigits !== undefined ? 0 : shape.minRun,
    minToken: shape.minToken,
    minLetters: shape.minLetters,
    country: p.country as string | undefined,
    detector: `pattern:${id!}`,
    source: p.regex as string,
    file,
  };
}

/** Checks a parsed pattern file and compiles its patterns. */
export function compilePatternFile(data: unknown, file: string): CompiledPattern[] {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    throw new PatternFileError(file, undefined, 'a pattern file must be a JSON object with "family" and "patterns"');
  }
  const f = data as Partial<PatternFile>;
  if (typeof f.family !== 'string') throw new PatternFileError(file, undefined, '"family" must be a string');
  if (!Array.isArray(f.patterns)) throw new PatternFileError(file, undefined, '"patterns" must be an array');
  return f.patterns.map((p, i) => compilePattern(p, file, i));
}

/** Reads and compiles one pattern file from disk. */
export function loadPatternFile(path: string): CompiledPattern[] {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw new PatternFileError(path, undefined, `cannot read: ${(e as NodeJS.ErrnoException).code ?? 'error'}`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new PatternFileError(path, undefined, `not valid JSON: ${(e as Error).message}`);
  }
  return compilePatternFile(data, path);
}

let builtin: readonly CompiledPattern[] | undefined;

/** The built-in patterns, loaded and compiled once per process (per worker thread). */
export function builtinPatterns(): readonly CompiledPattern[] {
  if (!builtin) {
    const files = readdirSync(BUILTIN_PATTERN_DIR).filter((n) => n.endsWith('.json')).sort();
    const all: CompiledPattern[] = [];
    for (const name of files) all.push(...loadPatternFile(join(BUILTIN_PATTERN_DIR, name)));
    assertUniqueIds(all);
    builtin = Object.freeze(all);
  }
  return builtin;
}

/** Loads user pattern sources (paths or parsed objects) and checks ids against those already loaded. */
export function loadExtraPatterns(
  sources: readonly (string | PatternFile)[],
  existing: readonly CompiledPattern[],
): CompiledPattern[] {
  const out: CompiledPattern[] = [];
  sources.forEach((s, i) => {
    out.push(...(typeof s === 'string' ? loadPatternFile(s) : compilePatternFile(s, `patterns[${i}]`)));
  });
  assertUniqueIds([...existing, ...out]);
  return out;
}

function assertUniqueIds(all: readonly CompiledPattern[]): void {
  const seen = new Set<string>();
  for (const p of all) {
    if (seen.has(p.id)) throw new PatternFileError(p.file, p.id, 'pattern id is used twice (ids are unique across all loaded files)');
    seen.add(p.id);
  }
}
