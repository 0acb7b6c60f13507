import { typePriority } from '../entities.js';
import type { Finding } from '../types.js';

/**
 * Overlap resolution. The rule, deterministic and documented in the README:
 *  0. Findings of the same type that overlap are merged into one spanning both,
 *     with the higher score (and that finding's detector and country).
 *  1. Rank findings by score (higher first), then length (longer first), then
 *     type priority (the order of ENTITY_TYPES), then start, then detector name.
 *  2. Take them in that order. A finding that overlaps no kept one is kept.
 *     One that overlaps is cut to the parts no kept finding covers; each part
 *     that still holds a letter or digit is kept as a finding of its own type
 *     (so no character a detector claimed is left out), the rest is dropped.
 *  3. The result has one finding per character range, sorted by start.
 */
export function resolveOverlaps(findings: Finding[], text: string): Finding[] {
  if (findings.length < 2) return findings;
  const byStart = stableSort(findings.slice(), compareStart);
  // The common case: no two findings share a character (and none is empty). Then every step keeps each
  // finding as it is: the result is a copy of each, by start.
  if (disjoint(byStart)) {
    for (let i = 0; i < byStart.length; i++) byStart[i] = { ...byStart[i]! };
    return byStart;
  }
  const ranked = stableSort(mergeSameType(byStart), compareRank);
  // Which characters a kept finding already covers: linear in the findings' total length,
  // whatever their number and order (a sorted array with inserts was quadratic).
  let lo = Infinity;
  let hi = 0;
  for (const f of ranked) {
    if (f.start < lo) lo = f.start;
    if (f.end > hi) hi = f.end;
  }
  const covered = coverage(hi - lo);
  const kept: Finding[] = [];
  for (const f of ranked) {
    let i = f.start;
    let whole = true;
    const pieces: [number, number][] = [];
    while (i < f.end) {
      if (covered[i - lo]) {
        whole = false;
        i++;
        continue;
      }
      let j = i;
      while (j < f.end && !covered[j - lo]) j++;
      pieces.push([i, j]);
      i = j;
    }
    if (whole) {
      kept.push(f);
      covered.fill(1, f.start - lo, f.end - lo);
      continue;
    }
    for (const [s, e] of pieces) {
      if (!hasAlnum(text, s, e)) continue;
      kept.push({ ...f, start: s, end: e });
      covered.fill(1, s - lo, e - lo);
    }
  }
  // leave the shared buffer all zero: exactly the kept findings' characters were marked
  for (const f of kept) covered.fill(0, f.start - lo, f.end - lo);
  kept.sort((a, b) => a.start - b.start);
  return kept;
}

/**
 * A zeroed buffer of at least n bytes, reused across calls (the caller zeroes what it marked); a span
 * longer than SCRATCH_MAX gets a buffer of its own, so that one huge text does not keep one alive.
 */
const SCRATCH_MAX = 1 << 20;
let scratch = new Uint8Array(1 << 16);
function coverage(n: number): Uint8Array {
  if (n <= scratch.length) return scratch;
  if (n > SCRATCH_MAX) return new Uint8Array(n);
  scratch = new Uint8Array(Math.min(SCRATCH_MAX, Math.max(n, scratch.length * 2)));
  return scratch;
}

/**
 * Sorts in place, stably, as Array.prototype.sort does (so with the same result): short arrays, the usual
 * case (a leaf's findings and its key hint), by insertion without a call into the engine's sort.
 */
function stableSort<T>(a: T[], cmp: (x: T, y: T) => number): T[] {
  if (a.length > 16) return a.sort(cmp);
  for (let i = 1; i < a.length; i++) {
    const x = a[i]!;
    let j = i - 1;
    while (j >= 0 && cmp(a[j]!, x) > 0) {
      a[j + 1] = a[j]!;
      j--;
    }
    a[j + 1] = x;
  }
  return a;
}

/** Order of step 0: by start, longer first. */
function compareStart(a: Finding, b: Finding): number {
  return a.start - b.start || b.end - a.end;
}

/** True when findings sorted by start are all non-empty and no two share a character. */
function disjoint(byStart: readonly Finding[]): boolean {
  let end = -Infinity;
  for (const f of byStart) {
    if (f.end <= f.start || f.start < end) return false;
    end = f.end;
  }
  return true;
}

function compareRank(a: Finding, b: Finding): number {
  return (
    b.score - a.score ||
    b.end - b.start - (a.end - a.start) ||
    typePriority(a.type) - typePriority(b.type) ||
    a.start - b.start ||
    (a.detector < b.detector ? -1 : a.detector > b.detector ? 1 : 0)
  );
}

function hasAlnum(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c > 127) return true;
  }
  return false;
}

/** Step 0: unions of overlapping same-type findings, given the findings sorted by compareStart. Returns a new array. */
function mergeSameType(byStart: readonly Finding[]): Finding[] {
  const open = new Map<string, Finding>(); // type -> last merged finding of that type
  const out: Finding[] = [];
  for (const f of byStart) {
    const last = open.get(f.type);
    if (last && f.start < last.end) {
      if (f.end > last.end) last.end = f.end;
      if (f.score > last.score) {
        last.score = f.score;
        last.detector = f.detector;
        if (f.country) last.country = f.country;
        else delete last.country;
      }
      continue;
    }
    const copy = { ...f };
    open.set(f.type, copy);
    out.push(copy);
  }
  return out;
}
