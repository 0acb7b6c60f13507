import type { Finding } from '../types.js';
import { resolveOverlaps } from '../detect/overlap.js';
import { applyFindings, type Replacer } from '../transform/apply.js';
import { hintForKey, normaliseKey } from './hints.js';
import { compilePointerPatterns, escapeToken, type PointerMatcher } from './pointer.js';
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
  const w: Walk = {
    tokens: [],
    selecting: sel.skip !== undefined || sel.fields !== undefined,
    r,
    sel,
    hints: hintsOf(sel),
    splits: undefined,
    texts: [],
    leaves: takeLeaves(),
    count: 0,
  };
  if (value === null || typeof value !== 'object') {
    // a bare string or number: scanned as a leaf at the root (path "")
    const text = scanned(value, undefined, w);
    if (text === undefined) {
      releaseLeaves(w);
      return value;
    }
    const holder: unknown[] = [text];
    w.texts.push(text);
    addLeaf(w, holder, 0, undefined, undefined, undefined);
    finish(w, out);
    return holder[0];
  }
  // pass 1: the copy, with every scanned string (and number) left as it is, and the strings to scan in walk
  // order (and numbers split across turns); then one scan for all of them
  const copy = copyValue(value, undefined, w, '');
  // pass 2: each scanned leaf's findings applied in its place, in walk order
  finish(w, out);
  return copy;
}

/** Per scanned leaf in {@link Walk.leaves}: container of the copy, key or index in it, hint key, source object, path of the container. */
const LEAF_STRIDE = 5;

/** State of one walk: the current path, the redactor and selection, the leaves to scan, and split-turn findings. */
interface Walk {
  /** The current path, kept only when a field selection needs it. */
  tokens: string[];
  selecting: boolean;
  r: LeafRedactor;
  sel: CompiledSelection;
  /** Hint per key name (cached per selection). */
  hints: Map<string, string | null> | undefined;
  /** Findings from numbers split across turns, by turn object (filled when a transcript array is met). */
  splits: SplitFindings | undefined;
  /** The texts to scan, and per text LEAF_STRIDE entries saying where its redaction goes. */
  texts: string[];
  leaves: unknown[];
  /** Entries used in `leaves` (which may be longer: it is reused from walk to walk). */
  count: number;
}

/** Whether a leaf is scanned: a non-empty selected string, or a number under a hinted key. */
function scanned(value: unknown, key: string | undefined, w: Walk): string | undefined {
  if (typeof value === 'string') return value.length > 0 && (!w.selecting || selected(w.tokens, w.sel)) ? value : undefined;
  if (typeof value === 'number' && key !== undefined && (!w.selecting || selected(w.tokens, w.sel)) && hintFor(key, w)) return String(value);
  return undefined;
}

/** One leaves array kept between walks (emptied after each), so that a record does not grow a new one. */
let spareLeaves: unknown[] | undefined;
const SPARE_LEAVES_MAX = 1 << 16;

function takeLeaves(): unknown[] {
  const l = spareLeaves ?? [];
  spareLeaves = undefined; // a walk started meanwhile (none does) would get its own
  return l;
}

function releaseLeaves(w: Walk): void {
  const l = w.leaves;
  l.fill(undefined, 0, w.count); // keep no record alive
  w.count = 0;
  if (l.length <= SPARE_LEAVES_MAX) spareLeaves = l;
}

/** Registers a scanned leaf: where its redaction goes (see LEAF_STRIDE). */
function addLeaf(w: Walk, container: object, slot: string | number, hintKey: string | undefined, src: object | undefined, path: string | undefined): void {
  const l = w.leaves;
  const n = w.count;
  l[n] = container;
  l[n + 1] = slot;
  l[n + 2] = hintKey;
  l[n + 3] = src;
  l[n + 4] = path;
  w.count = n + LEAF_STRIDE;
}

/** A copy of an object or array (`path`: its JSON Pointer), registering its scanned leaves. */
function copyValue(value: object, key: string | undefined, w: Walk, path: string): unknown {
  const { tokens, selecting } = w;
  if (Array.isArray(value)) {
    if (key !== undefined && value.length > 1 && isTurnArrayKey(key)) {
      const found = splitTurnFindings(value, (t) => w.r.analyze(t));
      if (found.size > 0) {
        w.splits ??= new Map();
        for (const [k, v] of found) w.splits.set(k, v);
      }
    }
    const n = value.length;
    const arr = new Array<unknown>(n);
    for (let i = 0; i < n; i++) {
      if (selecting) tokens.push(String(i));
      // an element's hint is its array's key
      copyMember(w, arr, i, value[i], key, undefined, path);
      if (selecting) tokens.pop();
    }
    return arr;
  }
  const src = value as Record<string, unknown>;
  const obj: Record<string, unknown> = {};
  for (const k of Object.keys(src)) {
    if (selecting) tokens.push(k);
    copyMember(w, obj, k, src[k], k, src, path);
    if (selecting) tokens.pop();
  }
  return obj;
}

/**
 * Puts member `v` (of the object `src`, or of an array when `src` is undefined) into `holder[slot]`
 * of the copy at `path`: a scanned leaf as it is, registered for its redaction; an object or array
 * copied; anything else as it is. `hintKey`: the key whose hint applies.
 */
function copyMember(
  w: Walk, holder: unknown[] | Record<string, unknown>, slot: number | string, v: unknown,
  hintKey: string | undefined, src: object | undefined, path: string,
): void {
  const h = holder as Record<number | string, unknown>;
  if (v === null || typeof v !== 'object') {
    const text = scanned(v, hintKey, w);
    if (text === undefined) h[slot] = v;
    else {
      h[slot] = text;
      w.texts.push(text);
      addLeaf(w, holder, slot, hintKey, src, path);
    }
  } else h[slot] = copyValue(v, hintKey, w, path + '/' + (typeof slot === 'number' ? slot : escapeToken(slot)));
}

/** Scans the registered texts at once and puts each one's redaction in its place in the copy. */
function finish(w: Walk, out: RecordFinding[]): void {
  const { texts, leaves, splits } = w;
  if (texts.length === 0) {
    releaseLeaves(w);
    return;
  }
  const results = w.r.analyzeMany(texts);
  for (let i = 0, at = 0; i < texts.length; i++, at += LEAF_STRIDE) {
    const key = leaves[at + 1] as string | number;
    const src = leaves[at + 3] as object | undefined;
    let extra: Finding[] | undefined;
    if (splits !== undefined && src !== undefined) {
      const split = splits.get(src);
      if (split && split.key === key) extra = split.findings;
    }
    const red = leafString(texts[i]!, leaves[at + 2] as string | undefined, w, extra, results[i]!, leaves[at + 4] as string | undefined, key, out);
    if (red !== undefined) (leaves[at] as Record<string | number, unknown>)[key] = red;
  }
  releaseLeaves(w);
}

function selected(tokens: readonly string[], sel: CompiledSelection): boolean {
  if (sel.skip && sel.skip(tokens)) return false;
  if (sel.fields && !sel.fields(tokens)) return false;
  return true;
}

/** Hints per key name, cached per selection (key names repeat in every record). */
const hintCache = new WeakMap<CompiledSelection, Map<string, string | null>>();

function hintsOf(sel: CompiledSelection): Map<string, string | null> | undefined {
  if (!sel.keyHints) return undefined;
  let cache = hintCache.get(sel);
  if (!cache) {
    cache = new Map();
    hintCache.set(sel, cache);
  }
  return cache;
}

function hintFor(key: string, w: Walk): string | undefined {
  const cache = w.hints;
  if (cache === undefined) return undefined;
  let h = cache.get(key);
  if (h === undefined) {
    const found = hintForKey(key, w.sel.hints);
    h = found !== undefined && w.r.entities.has(found) ? found : null;
    if (cache.size < 10_000) cache.set(key, h);
  }
  return h ?? undefined;
}

/**
 * Redacts one scanned leaf given its findings; `extra` are findings made elsewhere for it (split turns), merged
 * by the overlap rules. `path` is its container's JSON Pointer and `slot` its key there (undefined at the root).
 * Returns the redacted text, or undefined when there is nothing to replace (the copy keeps the text).
 */
function leafString(
  value: string,
  key: string | undefined,
  w: Walk,
  extra: Finding[] | undefined,
  found: Finding[],
  path: string | undefined,
  slot: string | number,
  out: RecordFinding[],
): string | undefined {
  let findings = found;
  if (extra && extra.length > 0) {
    findings.push(...extra);
    findings = resolveOverlaps(findings, value);
  }
  const hint = key === undefined ? undefined : hintFor(key, w);
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
  if (findings.length === 0) return undefined;
  const pointer = path === undefined ? '' : path + '/' + (typeof slot === 'number' ? String(slot) : escapeToken(slot));
  for (const f of findings) {
    // as { ...f, path: pointer }, which V8 makes several times slower (a spread and then a new property)
    const g = Object.assign({}, f) as RecordFinding;
    g.path = pointer;
    out.push(g);
  }
  return applyFindings(value, findings, w.r.replacer);
}
