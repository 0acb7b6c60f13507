import type { Finding } from '../types.js';
import { resolveOverlaps } from '../detect/overlap.js';
import { applyFindings, type Replacer } from '../transform/apply.js';
import { hintForKey, normaliseKey } from './hints.js';
import { compilePointerPatterns, toPointer, type PointerMatcher } from './pointer.js';
import { isTurnArrayKey, splitTurnFindings, type SplitFindings } from './turns.js';

/** A finding inside a record: `path` is the JSON Pointer (RFC 6901) of the string it was found in. */
export interface RecordFinding extends Finding {
  path: string;
}

export interface RecordSelection {
  /** Pointer patterns (`*` = one token, `**` = any depth) of the fields to scan. Default: every string leaf. */
  fields?: readonly string[];
  /** Pointer patterns of fields never scanned or changed. */
  skipFields?: readonly string[];
  /** Extra key-name hints: key → type (`NONE` turns a built-in hint off). Keys match normalised (case, `_-. ` ignored). */
  hints?: Readonly<Record<string, string>>;
  /** Use key-name hints (built-in and `hints`). Default true. */
  keyHints?: boolean;
}

/** What the walker needs from a redactor: the scan and the replacement. */
export interface LeafRedactor {
  analyze(text: string): Finding[];
  /** Findings for many texts at once (one scan); same as analyze() on each. */
  analyzeMany(texts: readonly string[]): Finding[][];
  replacer: Replacer;
  /** Types the redactor reports; a hint of another type is ignored. */
  entities: ReadonlySet<string>;
}

/** Compiled record selection. */
export interface CompiledSelection {
  fields: PointerMatcher | undefined;
  skip: PointerMatcher | undefined;
  hints: ReadonlyMap<string, string> | undefined;
  keyHints: boolean;
}

export function compileSelection(sel: RecordSelection): CompiledSelection {
  const hints = sel.hints
    ? new Map(Object.entries(sel.hints).map(([k, v]) => [normaliseKey(k), v]))
    : undefined;
  return {
    fields: sel.fields ? compilePointerPatterns(sel.fields) : undefined,
    skip: sel.skipFields && sel.skipFields.length ? compilePointerPatterns(sel.skipFields) : undefined,
    hints,
    keyHints: sel.keyHints ?? true,
  };
}

/**
 * Walks a parsed JSON value and returns a redacted copy of the same shape,
 * appending findings (with their paths) to `out`. Keys are never changed;
 * strings are scanned; a number under a key that names a PII type (`phone`,
 * `account_id`, …) is replaced by its redaction (so it becomes a string), since
 * leaving it would leak it; other non-string leaves are kept. In a transcript
 * (a `turns`/`utterances`/`messages` array of speaker + text objects), numbers a
 * speaker splits over consecutive turns are found too (see ./turns.ts).
 */
export function redactJson(
  value: unknown,
  r: LeafRedactor,
  sel: CompiledSelection,
  out: RecordFinding[],
): unknown {
  const w: Walk = { tokens: [], r, sel, out, splits: undefined, texts: [], results: [], next: 0 };
  // pass 1: the strings to scan, in walk order (and numbers split across turns); one scan for all of them
  collect(value, undefined, w);
  if (w.texts.length > 0) w.results = r.analyzeMany(w.texts);
  // pass 2: the copy, taking each string's findings in the same order
  return build(value, undefined, w, undefined);
}

/** State of one walk: the current path, the redactor and selection, the output, and split-turn findings. */
interface Walk {
  tokens: string[];
  r: LeafRedactor;
  sel: CompiledSelection;
  out: RecordFinding[];
  /** Findings from numbers split across turns, by turn object (filled when a transcript array is met). */
  splits: SplitFindings | undefined;
  /** Pass 1: the texts to scan. Pass 2: their findings, consumed in order. */
  texts: string[];
  results: Finding[][];
  next: number;
}

/** Whether a leaf is scanned: a non-empty selected string, or a number under a hinted key. Both passes ask this. */
function scanned(value: unknown, key: string | undefined, w: Walk): string | undefined {
  if (typeof value === 'string') return value.length > 0 && selected(w.tokens, w.sel) ? value : undefined;
  if (typeof value === 'number' && key !== undefined && selected(w.tokens, w.sel) && hintFor(key, w.r, w.sel)) return String(value);
  return undefined;
}

function collect(value: unknown, key: string | undefined, w: Walk): void {
  if (value === null || typeof value !== 'object') {
    const text = scanned(value, key, w);
    if (text !== undefined) w.texts.push(text);
    return;
  }
  const { tokens } = w;
  if (Array.isArray(value)) {
    if (key !== undefined && value.length > 1 && isTurnArrayKey(key)) {
      const found = splitTurnFindings(value, (t) => w.r.analyze(t));
      if (found.size > 0) {
        w.splits ??= new Map();
        for (const [k, v] of found) w.splits.set(k, v);
      }
    }
    for (let i = 0; i < value.length; i++) {
      tokens.push(String(i));
      collect(value[i], key, w);
      tokens.pop();
    }
    return;
  }
  for (const k of Object.keys(value)) {
    tokens.push(k);
    collect((value as Record<string, unknown>)[k], k, w);
    tokens.pop();
  }
}

function build(value: unknown, key: string | undefined, w: Walk, extra: Finding[] | undefined): unknown {
  const { tokens } = w;
  if (value === null || typeof value !== 'object') {
    const text = scanned(value, key, w);
    return text === undefined ? value : leafString(text, key, w, extra, w.results[w.next++]!);
  }
  if (Array.isArray(value)) {
    const arr = new Array<unknown>(value.length);
    for (let i = 0; i < value.length; i++) {
      tokens.push(String(i));
      arr[i] = build(value[i], key, w, undefined);
      tokens.pop();
    }
    return arr;
  }
  const split = w.splits?.get(value);
  const obj: Record<string, unknown> = {};
  for (const k of Object.keys(value)) {
    tokens.push(k);
    obj[k] = build((value as Record<string, unknown>)[k], k, w, split && split.key === k ? split.findings : undefined);
    tokens.pop();
  }
  return obj;
}

function selected(tokens: readonly string[], sel: CompiledSelection): boolean {
  if (sel.skip && sel.skip(tokens)) return false;
  if (sel.fields && !sel.fields(tokens)) return false;
  return true;
}

/** Hints per key name, cached per selection (key names repeat in every record). */
const hintCache = new WeakMap<CompiledSelection, Map<string, string | null>>();

function hintFor(key: string, r: LeafRedactor, sel: CompiledSelection): string | undefined {
  if (!sel.keyHints) return undefined;
  let cache = hintCache.get(sel);
  if (!cache) {
    cache = new Map();
    hintCache.set(sel, cache);
  }
  let h = cache.get(key);
  if (h === undefined) {
    const found = hintForKey(key, sel.hints);
    h = found !== undefined && r.entities.has(found) ? found : null;
    if (cache.size < 10_000) cache.set(key, h);
  }
  return h ?? undefined;
}

/** Redacts one scanned leaf given its findings; `extra` are findings made elsewhere for it (split turns), merged by the overlap rules. */
function leafString(value: string, key: string | undefined, w: Walk, extra: Finding[] | undefined, found: Finding[]): string {
  const { tokens, r, sel, out } = w;
  let findings = found;
  if (extra && extra.length > 0) {
    findings.push(...extra);
    findings = resolveOverlaps(findings, value);
  }
  const hint = key === undefined ? undefined : hintFor(key, r, sel);
  if (hint) {
    let s = 0;
    let e = value.length;
    while (s < e && value.charCodeAt(s) <= 32) s++;
    while (e > s && value.charCodeAt(e - 1) <= 32) e--;
    if (e > s) {
      findings.push({ type: hint, start: s, end: e, score: 1, detector: `hint:${key}` });
      findings = resolveOverlaps(findings, value);
    }
  }
  if (findings.length === 0) return value;
  const path = toPointer(tokens);
  for (const f of findings) out.push({ ...f, path });
  return applyFindings(value, findings, r.replacer);
}
