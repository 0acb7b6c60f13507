/**
 * Literal anchors: where the literals that patterns need occur in a text, found in one pass.
 *
 * A pattern with literals runs only where one of them occurs: a text pattern on windows around
 * its literals' hits (`window` in its definition), a digit pattern with `requires` only on the
 * digit windows that hold one. All literals are found together, case-insensitively, in one
 * pass over the lower-cased text (an automaton, see literal-scan.ts); a case-sensitive literal
 * then matches a superset of its real hits, which only widens the windows.
 */
import { compileLiteralScan } from './literal-scan.js';
import { joinWindows, MOSTLY, type DigitWindows } from './view.js';

/** A pattern's reach from a hit of its literal: characters before its start and after its end, or the whole whitespace-free token. */
export type WindowSpec = { readonly before: number; readonly after: number } | 'token';

/**
 * Every literal hit in a text, in order: `pos[k]` and `id[k]`, by start position, the literals
 * starting at one position by id; `undefined` when offsets in the lower-cased text are not the
 * text's. No hit at all is the shared NO_HITS (nothing allocated).
 */
export type AnchorHits = { readonly pos: readonly number[]; readonly id: readonly number[] } | undefined;

const NO_HITS = { pos: [] as number[], id: [] as number[] };

export interface AnchorSet {
  /** Id of a literal (any case), for the masks patterns keep. */
  id(literal: string): number;
  /** Number of distinct literals: ids run from 0 to size - 1. */
  readonly size: number;
  /** Literal lengths by id. */
  readonly lengths: readonly number[];
  /** Finds every hit of every literal in `text`, given its lower-cased form. */
  find(text: string, lower: string): AnchorHits;
}

/** Compiles a set of literals (any case; matched case-insensitively) into one scanner. */
export function compileAnchors(literals: Iterable<string>): AnchorSet | undefined {
  const lits = [...new Set([...literals].map((l) => l.toLowerCase()))];
  if (lits.length === 0) return undefined;
  const ids = new Map(lits.map((l, i) => [l, i]));
  const scan = compileLiteralScan(lits);
  return {
    id: (l) => ids.get(l.toLowerCase())!,
    size: lits.length,
    lengths: lits.map((l) => l.length),
    find(text, lower) {
      if (lower.length !== text.length) return undefined;
      return scan(lower) ?? NO_HITS;
    },
  };
}

/** A set of literal ids as a mask indexed by id. */
export function idMask(ids: readonly number[], size: number): Uint8Array {
  const mask = new Uint8Array(size);
  for (const id of ids) mask[id] = 1;
  return mask;
}

/** Whether a literal of `mask` has a hit. */
export function anyHit(hits: NonNullable<AnchorHits>, mask: Uint8Array): boolean {
  const id = hits.id;
  for (let k = 0; k < id.length; k++) if (mask[id[k]!] === 1) return true;
  return false;
}

/**
 * The hits of the literals in `mask` as [start, end) pairs, in order of start; with `exact`
 * (case-sensitive literals), only where one of them is really at that position.
 */
export function hitSpans(
  text: string,
  hits: NonNullable<AnchorHits>,
  mask: Uint8Array,
  lengths: readonly number[],
  exact?: readonly string[],
): number[] {
  const out: number[] = [];
  for (let k = 0; k < hits.id.length; k++) {
    const id = hits.id[k]!;
    if (mask[id] !== 1) continue;
    const s = hits.pos[k]!;
    if (exact && !exact.some((l) => text.startsWith(l, s))) continue;
    out.push(s, s + lengths[id]!);
  }
  return out;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 13 || c === 9 || c === 12 || c === 11 || c === 0xa0 || c === 0;
}

/** Characters kept beyond a pattern's reach, so that its look-behinds and look-aheads see the real text. */
const LOOK_MARGIN = 8;

/**
 * The windows around the hits of `ids` that a pattern reaching `spec` from its literal needs, merged
 * where they touch. `token`: from the whitespace before the hit to the whitespace after it, with that
 * whitespace character kept on each side. Linear: each character is passed over once.
 */
export function windowsAroundHits(text: string, spans: readonly number[], spec: WindowSpec): DigitWindows {
  const n = text.length;
  const starts: number[] = [];
  const ends: number[] = [];
  let lastEnd = -1;
  for (let i = 0; i < spans.length; i += 2) {
    const hs = spans[i]!;
    const he = spans[i + 1]!;
    let s: number;
    let e: number;
    if (spec === 'token') {
      if (he <= lastEnd) continue;
      s = hs;
      while (s > 0 && s > lastEnd && !isSpace(text.charCodeAt(s - 1))) s--;
      if (s > 0) s--;
      e = Math.max(he, lastEnd);
      while (e < n && !isSpace(text.charCodeAt(e))) e++;
      if (e < n) e++;
    } else {
      s = Math.max(0, hs - spec.before - LOOK_MARGIN);
      e = Math.min(n, he + spec.after + LOOK_MARGIN);
    }
    const last = ends.length - 1;
    if (last >= 0 && s <= ends[last]!) {
      if (e > ends[last]!) ends[last] = e;
    } else {
      starts.push(s);
      ends.push(e);
    }
    lastEnd = ends[ends.length - 1]!;
  }
  return joinWindows(text, starts, ends);
}

/** The windows of `w` that hold a whole hit of `spans` (from hitSpans) (the same object when all or most of it do, see MOSTLY). */
export function windowsWithHits(w: DigitWindows, text: string, spans: readonly number[]): DigitWindows {
  const starts: number[] = [];
  const ends: number[] = [];
  let chars = 0;
  let h = 0;
  for (let k = 0; k < w.count; k++) {
    const s = w.origStart[k]!;
    const e = s + w.length[k]!;
    while (h < spans.length && spans[h]! < s) h += 2;
    // the first hit starting in the window; a hit running past its end cannot be inside a match
    for (let j = h; j < spans.length && spans[j]! < e; j += 2) {
      if (spans[j + 1]! <= e) {
        starts.push(s);
        ends.push(e);
        chars += e - s;
        break;
      }
    }
  }
  // all or most of w: scanning the other windows too costs less than joining a new string, and
  // finds nothing more (a match needs a hit inside its window)
  if (starts.length === w.count || chars >= MOSTLY * w.joined.length) return w;
  return joinWindows(text, starts, ends);
}
