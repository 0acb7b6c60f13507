/**
 * Scoring of findings against gold spans. Pure functions over one unit at a
 * time, accumulating into a Tally; nothing here reads files or runs detectors.
 *
 * Definitions (the README of the eval script repeats them):
 *  - a gold span is *caught* when every non-space character of it is covered by
 *    a finding of any type;
 *  - it is *typed* when every non-space character is covered by findings of its
 *    own type (gold `OTHER_ID` has no scrubline counterpart: any type counts);
 *  - a finding is a *false positive* when it overlaps no gold span (of any type,
 *    whether or not that type is being scored) and no "don't care" region.
 */
import type { Finding } from '../types.js';
import type { EvalUnit, GoldSpan, Region } from './units.js';

/** Gold type whose typed recall accepts a finding of any type. */
export const ANY_TYPE_GOLD = 'OTHER_ID';

export interface TypeCounts {
  gold: number;
  caught: number;
  typed: number;
}

/** A gold span that was not covered by its own type. Offsets only; `text` only when asked for. */
export interface MissedSpan {
  record: string;
  path: string;
  type: string;
  start: number;
  end: number;
  /** Non-space characters in the span, and how many of them findings of any type cover. */
  nonSpace: number;
  covered: number;
  /** Types of the findings overlapping the span, sorted. */
  coveredBy: string[];
  text?: string;
}

/** A finding that overlaps no gold span and no don't-care region. */
export interface FalsePositive {
  record: string;
  path: string;
  type: string;
  start: number;
  end: number;
  score: number;
  detector: string;
  text?: string;
}

export interface TallyOptions {
  /** Gold types to score; undefined: all. Other gold spans still keep findings on them from being false positives. */
  goldTypes?: ReadonlySet<string>;
  /** Missed spans kept per gold type (0: none). */
  keepMissed?: number;
  /** False positives kept per finding type (0: none). */
  keepFalsePositives?: number;
  /** Copy the covered text into kept examples. Off by default: evaluation data is sensitive. */
  withText?: boolean;
}

/** Accumulated counts over any number of units. */
export interface Tally {
  records: number;
  units: number;
  /** UTF-16 code units of analysed text. */
  chars: number;
  /** UTF-8 bytes of analysed text. */
  bytes: number;
  /** Seconds spent in the analyzer (set by the caller). */
  seconds: number;
  perType: Map<string, TypeCounts>;
  findings: Map<string, number>;
  falsePositives: Map<string, number>;
  /** Kept examples, per gold type / per finding type. */
  missed: Map<string, MissedSpan[]>;
  fpExamples: Map<string, FalsePositive[]>;
}

export function newTally(): Tally {
  return {
    records: 0, units: 0, chars: 0, bytes: 0, seconds: 0,
    perType: new Map(), findings: new Map(), falsePositives: new Map(), missed: new Map(), fpExamples: new Map(),
  };
}

function isSpaceCode(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Sorted, merged [start, end) intervals of the given ranges. */
export function mergeIntervals(ranges: readonly Region[]): [number, number][] {
  const sorted = ranges.filter((r) => r.end > r.start).sort((a, b) => a.start - b.start);
  const out: [number, number][] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && r.start <= last[1]) {
      if (r.end > last[1]) last[1] = r.end;
    } else out.push([r.start, r.end]);
  }
  return out;
}

/** Index of the first interval whose end is after `pos` (intervals sorted and disjoint). */
function firstEndingAfter(intervals: readonly [number, number][], pos: number): number {
  let lo = 0;
  let hi = intervals.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (intervals[mid]![1] <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Non-space characters of text[start, end) and how many of them the (merged) intervals cover. */
export function coverage(
  text: string, start: number, end: number, intervals: readonly [number, number][],
): { nonSpace: number; covered: number } {
  let nonSpace = 0;
  let covered = 0;
  let k = firstEndingAfter(intervals, start);
  for (let i = start; i < end; i++) {
    if (isSpaceCode(text.charCodeAt(i))) continue;
    nonSpace++;
    while (k < intervals.length && intervals[k]![1] <= i) k++;
    const iv = intervals[k];
    if (iv && iv[0] <= i) covered++;
  }
  return { nonSpace, covered };
}

/** Whether [start, end) overlaps one of the merged intervals. */
export function overlapsAny(intervals: readonly [number, number][], start: number, end: number): boolean {
  const iv = intervals[firstEndingAfter(intervals, start)];
  return iv !== undefined && iv[0] < end;
}

function bump(m: Map<string, number>, key: string, by = 1): void {
  m.set(key, (m.get(key) ?? 0) + by);
}

function countsOf(t: Tally, type: string): TypeCounts {
  let c = t.perType.get(type);
  if (!c) t.perType.set(type, (c = { gold: 0, caught: 0, typed: 0 }));
  return c;
}

/** Scores one unit's findings against its gold spans, adding to `tally`. Findings may overlap and come in any order. */
export function scoreUnit(tally: Tally, unit: EvalUnit, findings: readonly Finding[], options: TallyOptions = {}): void {
  const { text } = unit;
  tally.units++;
  tally.chars += text.length;
  tally.bytes += Buffer.byteLength(text, 'utf8');

  const any = mergeIntervals(findings);
  const byType = new Map<string, Finding[]>();
  for (const f of findings) {
    const list = byType.get(f.type);
    if (list) list.push(f);
    else byType.set(f.type, [f]);
  }
  const typedIntervals = new Map<string, [number, number][]>();
  const intervalsOfType = (type: string): [number, number][] => {
    let iv = typedIntervals.get(type);
    if (!iv) typedIntervals.set(type, (iv = mergeIntervals(byType.get(type) ?? [])));
    return iv;
  };

  for (const g of unit.spans) {
    if (options.goldTypes && !options.goldTypes.has(g.type)) continue;
    scoreSpan(tally, unit, g, findings, any, intervalsOfType, options);
  }

  const cares = mergeIntervals([...unit.spans, ...unit.unmapped]);
  for (const f of findings) {
    bump(tally.findings, f.type);
    if (overlapsAny(cares, f.start, f.end)) continue;
    bump(tally.falsePositives, f.type);
    const kept = roomFor(tally.fpExamples, f.type, options.keepFalsePositives ?? 0);
    if (kept) {
      const ex: FalsePositive = {
        record: unit.record, path: unit.path, type: f.type, start: f.start, end: f.end, score: f.score, detector: f.detector,
      };
      if (options.withText) ex.text = text.slice(f.start, f.end);
      kept.push(ex);
    }
  }
}

function scoreSpan(
  tally: Tally,
  unit: EvalUnit,
  g: GoldSpan,
  findings: readonly Finding[],
  any: readonly [number, number][],
  intervalsOfType: (type: string) => [number, number][],
  options: TallyOptions,
): void {
  const counts = countsOf(tally, g.type);
  counts.gold++;
  const { nonSpace, covered } = coverage(unit.text, g.start, g.end, any);
  const caught = covered === nonSpace;
  if (caught) counts.caught++;
  const typed = g.type === ANY_TYPE_GOLD
    ? caught
    : caught && coverage(unit.text, g.start, g.end, intervalsOfType(g.type)).covered === nonSpace;
  if (typed) counts.typed++;
  const kept = typed ? undefined : roomFor(tally.missed, g.type, options.keepMissed ?? 0);
  if (!kept) return;
  const coveredBy = [...new Set(findings.filter((f) => f.start < g.end && g.start < f.end).map((f) => f.type))].sort();
  const m: MissedSpan = {
    record: unit.record, path: unit.path, type: g.type, start: g.start, end: g.end, nonSpace, covered, coveredBy,
  };
  if (options.withText) m.text = unit.text.slice(g.start, g.end);
  kept.push(m);
}

/** The example list for `type` when it has room for one more (of at most `keep`), else undefined. */
function roomFor<T>(lists: Map<string, T[]>, type: string, keep: number): T[] | undefined {
  if (keep <= 0) return undefined;
  let list = lists.get(type);
  if (!list) lists.set(type, (list = []));
  return list.length < keep ? list : undefined;
}

/** Adds `b` into `a` (examples are concatenated). */
export function mergeTally(a: Tally, b: Tally): Tally {
  a.records += b.records;
  a.units += b.units;
  a.chars += b.chars;
  a.bytes += b.bytes;
  a.seconds += b.seconds;
  for (const [t, c] of b.perType) {
    const d = countsOf(a, t);
    d.gold += c.gold;
    d.caught += c.caught;
    d.typed += c.typed;
  }
  for (const [t, n] of b.findings) bump(a.findings, t, n);
  for (const [t, n] of b.falsePositives) bump(a.falsePositives, t, n);
  for (const [t, l] of b.missed) a.missed.set(t, [...(a.missed.get(t) ?? []), ...l]);
  for (const [t, l] of b.fpExamples) a.fpExamples.set(t, [...(a.fpExamples.get(t) ?? []), ...l]);
  return a;
}
