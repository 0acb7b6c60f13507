import { ENTITY_TYPES } from '../entities.js';
import { DetectorError, OptionsError } from '../errors.js';
import type { AnalyzeOptions, Finding } from '../types.js';
import { compileAllow, compileDeny } from './lists.js';
import { createNameRecognizer } from './names/index.js';
import { createPatternRecognizer } from './pattern-recognizer.js';
import { builtinPatterns, loadExtraPatterns, type CompiledPattern } from './patterns.js';
import { createPhoneRecognizer } from './phone.js';
import type { Recognizer, RecognizerFactory, ScanSettings } from './recognizer.js';
import { resolveOverlaps } from './overlap.js';
import { TextView } from './view.js';
import { scanSpoken } from './spoken/index.js';

export const DEFAULT_MIN_SCORE = 0.5;
export const DEFAULT_REGION = 'US';

/** Code recognizers, beside the pattern files. */
const FACTORIES: readonly RecognizerFactory[] = [createPhoneRecognizer, createNameRecognizer];
/** Types some code recognizer reports. */
const CODE_TYPES: ReadonlySet<string> = new Set(['PHONE', 'PERSON', 'LOCATION', 'ORGANIZATION']);

export interface Analyzer {
  /** The types this analyzer looks for. */
  readonly entities: readonly string[];
  analyze(text: string): Finding[];
  /**
   * Analyses several texts (the string fields of one record) in one scan, with the same findings as
   * analysing each alone: no pattern, context window or phone check reads across the NUL joint between
   * texts. The one intended difference: a name found in one text (the caller's name in the metadata)
   * is recognised when it recurs in another. Much faster for many short texts, since each pattern
   * runs once per record instead of once per string.
   */
  analyzeMany(texts: readonly string[]): Finding[][];
}

/** Between texts analysed together: no pattern class crosses a NUL, and digit windows stop at it. */
export const TEXT_JOINT = '\n\u0000\n';

function suggest(name: string, known: readonly string[]): string {
  const u = name.toUpperCase();
  const hit =
    known.find((k) => k === u) ??
    known.find((k) => k.startsWith(u) || u.startsWith(k)) ??
    nearest(u, known);
  return hit ? ` (did you mean ${hit}?)` : '';
}

/** The known name within edit distance 2 of `u` (closest first), if any. */
function nearest(u: string, known: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestD = 3;
  for (const k of known) {
    if (Math.abs(k.length - u.length) >= bestD) continue;
    const d = editDistance(u, k, bestD);
    if (d < bestD) {
      bestD = d;
      best = k;
    }
  }
  return best;
}

/** Levenshtein distance (with transpositions counted as one edit), or `cap` once it reaches `cap`. */
function editDistance(a: string, b: string, cap: number): number {
  const m = a.length;
  const n = b.length;
  let prev2 = new Array<number>(n + 1).fill(0);
  let prev = Array.from({ length: n + 1 }, (_, j) => j);
  for (let i = 1; i <= m; i++) {
    const cur = new Array<number>(n + 1);
    cur[0] = i;
    let rowMin = i;
    for (let j = 1; j <= n; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prev2[j - 2]! + 1);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin >= cap) return cap;
    prev2 = prev;
    prev = cur;
  }
  return Math.min(prev[n]!, cap);
}

/**
 * Validates options once and pre-compiles everything a scan needs. `internal.exhaustive` (tests only,
 * not part of the public API) runs every pattern without literal windows, to check that they lose nothing.
 */
export function createAnalyzer(options: AnalyzeOptions = {}, internal: { exhaustive?: boolean } = {}): Analyzer {
  if (options === null || typeof options !== 'object') throw new OptionsError('options must be an object');
  const minScore = options.minScore ?? DEFAULT_MIN_SCORE;
  if (typeof minScore !== 'number' || !(minScore >= 0 && minScore <= 1)) {
    throw new OptionsError('minScore must be a number in [0, 1]');
  }
  const regionList = options.region === undefined ? [DEFAULT_REGION] : typeof options.region === 'string' ? [options.region] : options.region;
  if (!Array.isArray(regionList) || regionList.length === 0) throw new OptionsError('region must be a region code or a non-empty list of them');
  const regions = regionList.map((r) => {
    if (typeof r !== 'string' || !/^[A-Za-z]{2}$/.test(r)) throw new OptionsError('region must be an ISO 3166 alpha-2 code such as US or GB');
    return r.toUpperCase();
  });
  const before = options.contextWindow?.before ?? 48;
  const after = options.contextWindow?.after ?? 24;
  if (!Number.isInteger(before) || before < 0 || !Number.isInteger(after) || after < 0) {
    throw new OptionsError('contextWindow.before and .after must be non-negative integers');
  }

  const builtin = builtinPatterns();
  const extra: CompiledPattern[] = options.patterns ? loadExtraPatterns(options.patterns, builtin) : [];
  let patterns = extra.length ? [...builtin, ...extra] : builtin;
  if (options.countries !== undefined) {
    if (!Array.isArray(options.countries) || options.countries.some((c) => typeof c !== 'string' || !/^[A-Za-z]{2}$/.test(c))) {
      throw new OptionsError('countries must be a list of ISO 3166 alpha-2 codes such as ["US", "GB"]');
    }
    const allowed = new Set(options.countries.map((c) => c.toUpperCase()));
    patterns = patterns.filter((p) => !p.country || allowed.has(p.country));
  }
  const known = new Set<string>([...ENTITY_TYPES, ...patterns.map((p) => p.type)]);
  let entities: Set<string>;
  if (options.entities === undefined) entities = known;
  else {
    if (!Array.isArray(options.entities)) throw new OptionsError('entities must be an array of entity type names');
    entities = new Set();
    for (const e of options.entities) {
      if (typeof e !== 'string' || !known.has(e)) {
        throw new OptionsError(`unknown entity type ${JSON.stringify(e)}${typeof e === 'string' ? suggest(e, [...known]) : ''}`);
      }
      entities.add(e);
    }
  }
  const settings: ScanSettings = { regions, contextBefore: before, contextAfter: after, entities, exhaustive: internal.exhaustive === true };
  const recognizers: Recognizer[] = [];
  const pr = createPatternRecognizer(patterns, settings);
  if (pr) recognizers.push(pr);
  for (const f of FACTORIES) {
    const r = f(settings);
    if (r) recognizers.push(r);
  }
  // Spoken forms: every recognizer but the name one runs again over the written form of spoken windows.
  const spokenOn = options.spoken ?? true;
  if (typeof spokenOn !== 'boolean') throw new OptionsError('spoken must be true or false');
  const spokenRecognizers = spokenOn ? recognizers.filter((r) => r.name !== 'names') : [];
  const deny = compileDeny(options.deny ?? []);
  const allow = compileAllow(options.allow ?? []);

  function analyzeJoined(text: string): Finding[] {
    if (text.length === 0) return [];
    const view = new TextView(text);
    const raw: Finding[] = [];
    for (const r of recognizers) {
      try {
        r.scan(view, raw);
      } catch (e) {
        throw new DetectorError(r.name, e);
      }
    }
    if (spokenRecognizers.length > 0) {
      try {
        scanSpoken(view, spokenRecognizers, raw);
      } catch (e) {
        throw new DetectorError('spoken', e);
      }
    }
    let kept: Finding[] = [];
    for (const f of raw) {
      if (f.score < minScore) continue;
      if (allow && allow.allows(text.slice(f.start, f.end))) continue;
      kept.push(f);
    }
    if (deny) deny.scan(text, kept);
    kept = resolveOverlaps(kept, text);
    return kept;
  }

  return {
    entities: [...entities],
    analyze(text: string): Finding[] {
      if (typeof text !== 'string') {
        throw new OptionsError(`analyze() takes a string, got ${text === null ? 'null' : typeof text}`);
      }
      return analyzeJoined(text);
    },
    analyzeMany(texts: readonly string[]): Finding[][] {
      const n = texts.length;
      const out: Finding[][] = new Array(n);
      if (n === 1) {
        out[0] = analyzeJoined(texts[0]!);
        return out;
      }
      const starts = new Int32Array(n);
      let pos = 0;
      for (let i = 0; i < n; i++) {
        const t = texts[i]!;
        if (typeof t !== 'string') throw new OptionsError(`analyzeMany() takes strings; item ${i} is ${t === null ? 'null' : typeof t}`);
        starts[i] = pos;
        pos += t.length + TEXT_JOINT.length;
        out[i] = [];
      }
      const joined = texts.join(TEXT_JOINT);
      let k = 0; // texts are in order, and so are findings
      for (const f of analyzeJoined(joined)) {
        while (k + 1 < n && f.start >= starts[k + 1]!) k++;
        // a finding that crosses into the next text (only a pattern with a class admitting NUL could) is cut per text
        let s = f.start;
        let i = k;
        while (i < n && s < f.end) {
          const base = starts[i]!;
          const end = Math.min(f.end, base + texts[i]!.length);
          if (end > s && s >= base) out[i]!.push(s === f.start && end === f.end ? shift(f, base) : { ...f, start: s - base, end: end - base });
          i++;
          s = i < n ? Math.max(s, starts[i]!) : f.end;
        }
      }
      return out;
    },
  };
}

function shift(f: Finding, base: number): Finding {
  if (base === 0) return f;
  f.start -= base;
  f.end -= base;
  return f;
}
