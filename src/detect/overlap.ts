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
  const ranked = mergeSameType(findings).sort(compareRank);
  const kept: Finding[] = []; // sorted by start, non-overlapping
  for (const f of ranked) {
    let pieces: Finding[] = [f];
    for (const k of overlapping(kept, f.start, f.end)) {
      const next: Finding[] = [];
      for (const p of pieces) {
        if (p.end <= k.start || p.start >= k.end) next.push(p);
        else {
          if (p.start < k.start) next.push({ ...p, end: k.start });
          if (p.end > k.end) next.push({ ...p, start: k.end });
        }
      }
      pieces = next;
      if (pieces.length === 0) break;
    }
    for (const p of pieces) {
      if (p !== f && !hasAlnum(text, p.start, p.end)) continue;
      insertSorted(kept, p);
    }
  }
  return kept;
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

/** Kept findings that overlap [start, end). `kept` is sorted by start and non-overlapping. */
function overlapping(kept: Finding[], start: number, end: number): Finding[] {
  let lo = 0;
  let hi = kept.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (kept[mid]!.end <= start) lo = mid + 1;
    else hi = mid;
  }
  const out: Finding[] = [];
  for (let i = lo; i < kept.length && kept[i]!.start < end; i++) out.push(kept[i]!);
  return out;
}

function insertSorted(kept: Finding[], f: Finding): void {
  let lo = 0;
  let hi = kept.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (kept[mid]!.start < f.start) lo = mid + 1;
    else hi = mid;
  }
  kept.splice(lo, 0, f);
}

function hasAlnum(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c > 127) return true;
  }
  return false;
}

/** Step 0: unions of overlapping same-type findings. Returns a new array. */
function mergeSameType(findings: Finding[]): Finding[] {
  const byStart = findings.slice().sort((a, b) => a.start - b.start || b.end - a.end);
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
