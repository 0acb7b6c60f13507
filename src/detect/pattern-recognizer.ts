import type { Finding } from '../types.js';
import { contextScore } from './context.js';
import { anyHit, compileAnchors, hitSpans, idMask, windowsAroundHits, windowsWithHits, type AnchorHits } from './anchors.js';
import type { CompiledPattern } from './patterns.js';
import type { Recognizer, ScanSettings } from './recognizer.js';
import { EMPTY, mapWindowSpan, tierFor, type DigitWindows, type TextView } from './view.js';

/** A pattern with the ids of its anchor literals. */
interface Anchored {
  readonly p: CompiledPattern;
  /** Its literals (text patterns) or required literals (digit patterns) as a mask by literal id; undefined when none. */
  readonly mask: Uint8Array | undefined;
  /** Key of its window set in the view's cache (patterns with the same literals and reach share one). */
  readonly key: string;
  /** Case-sensitive literals: a lower-case hit counts only where one of these is at its position. */
  readonly exact: readonly string[] | undefined;
  /** Digit patterns: the tier key of its digit windows (tierFor). */
  readonly tier: number;
}

/** Runs regex patterns (from `patterns/*.json`) with their prefilters, validators and context words. */
export function createPatternRecognizer(
  patterns: readonly CompiledPattern[],
  settings: ScanSettings,
): Recognizer | undefined {
  const active = patterns.filter((p) => settings.entities.has(p.type));
  if (active.length === 0) return undefined;
  // every literal of every pattern, found in one pass (unless the analyzer is exhaustive, for tests)
  const anchors = settings.exhaustive
    ? undefined
    : compileAnchors(active.flatMap((p) => (p.scope === 'text' ? p.literals ?? [] : p.requires ?? [])));
  const anchored = (p: CompiledPattern, lits: readonly string[] | undefined, extra: string, tier = 0): Anchored => {
    const ids = anchors && lits ? [...new Set(lits.map((l) => anchors.id(l)))].sort((x, y) => x - y) : [];
    const exact = p.scope === 'text' && !p.literalsLower && lits ? lits : undefined;
    const mask = ids.length ? idMask(ids, anchors!.size) : undefined;
    return { p, mask, exact, tier, key: `${extra}|${exact ? exact.join('\u0000') : ''}|${ids.join(',')}` };
  };
  // digit patterns grouped by the digit tier of their windows, fewest digits first; a pattern that
  // needs a letter runs on the windows of its group's tier that hold one (the order of findings, on
  // which ties between equal findings depend, is the group order)
  const byTier = new Map<number, Anchored[]>();
  for (const p of active) {
    if (p.scope !== 'digit') continue;
    const group = settings.exhaustive ? tierFor(0) : tierFor(p.minDigits, p.minRun, p.minToken);
    const t = settings.exhaustive ? group : tierFor(p.minDigits, p.minRun, p.minToken, p.minLetters);
    const list = byTier.get(group) ?? [];
    list.push(anchored(p, p.requires, `d${t}`, t));
    byTier.set(group, list);
  }
  const tiers = [...byTier.entries()].sort((a, b) => a[0] - b[0]);
  const text = active
    .filter((p) => p.scope === 'text')
    .map((p) => anchored(p, p.literals, p.window === undefined ? 'all' : p.window === 'token' ? 'tok' : `${p.window.before}:${p.window.after}`));
  const { contextBefore, contextAfter } = settings;

  /** Whether a text pattern's literals occur: case-insensitive ones by the hits (or the lower-cased text), case-sensitive ones exactly. */
  function gateOpen(a: Anchored, view: TextView, hits: AnchorHits): boolean {
    const lits = a.p.literals!;
    if (!a.p.literalsLower) return hasAny(view.text, lits);
    return hits ? anyHit(hits, a.mask!) : hasAny(view.lower, lits);
  }

  /** The windows a pattern runs on, from its base windows and the literal hits; cached on the view. */
  function windowsFor(a: Anchored, view: TextView, hits: AnchorHits, base: DigitWindows | undefined): DigitWindows | undefined {
    if (!hits || !a.mask) return base;
    if (!anyHit(hits, a.mask)) return EMPTY; // most texts: none of its literals, nothing to build
    let w = view.windows.get(a.key);
    if (!w) {
      const spans = hitSpans(view.text, hits, a.mask, anchors!.lengths, a.exact);
      if (base) w = windowsWithHits(base, view.text, spans);
      else if (a.p.window) w = windowsAroundHits(view.text, spans, a.p.window);
      else return undefined;
      view.windows.set(a.key, w);
    }
    return w;
  }

  function emit(p: CompiledPattern, m: RegExpExecArray, base: number, full: string, out: Finding[]): void {
    let value: string | undefined = m[0];
    let start = m.index;
    if (p.group > 0) {
      value = m[p.group];
      if (value === undefined || value.length === 0) return;
      start += m[0].indexOf(value);
    }
    let score = p.score;
    if (p.validator) {
      const v = p.validator(value);
      if (v === false) return;
      if (v === true) score = p.validatedScore;
    }
    const s = base + start;
    const e = s + value.length;
    score = contextScore(score, full, s, e, p.context, contextBefore, contextAfter);
    const f: Finding = { type: p.type, start: s, end: e, score, detector: p.detector };
    if (p.country) f.country = p.country;
    out.push(f);
  }

  return {
    name: 'patterns',
    types: [...new Set(active.map((p) => p.type))],
    scan(view: TextView, out: Finding[]): void {
      const full = view.text;
      const hits = anchors ? anchors.find(full, view.lower) : undefined;
      for (const a of text) {
        const p = a.p;
        if (p.literals) {
          if (!gateOpen(a, view, hits)) continue;
          const w = p.window ? windowsFor(a, view, hits, undefined) : undefined;
          if (w) {
            runOn(p, w, full, out);
            continue;
          }
        }
        runOn(p, undefined, full, out);
      }
      if (tiers.length === 0 || view.digitWindows.count === 0) return;
      for (const [tier, list] of tiers) {
        const group = view.windowsAtTier(tier);
        if (group.count === 0) continue;
        for (const a of list) {
          const base = a.tier === tier ? group : view.windowsAtTier(a.tier);
          if (base.count === 0) continue;
          const w = windowsFor(a, view, hits, base)!;
          if (w.count > 0) runOn(a.p, w, full, out);
        }
      }
    },
  };

  /**
   * Runs a pattern over `full`, or over windows of it (a match across a window joint is dropped),
   * emitting each match. No closure per call: this runs for every pattern on every text.
   */
  function runOn(p: CompiledPattern, w: DigitWindows | undefined, full: string, out: Finding[]): void {
    const hay = w === undefined ? full : w.joined;
    const mapped = hay !== full;
    const re = p.re;
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(hay)) !== null) {
      const len = m[0].length;
      if (len === 0) {
        re.lastIndex++;
        continue;
      }
      if (!mapped) {
        emit(p, m, 0, full, out);
        continue;
      }
      const start = m.index;
      const orig = mapWindowSpan(w!, start, start + len);
      if (orig >= 0) emit(p, m, orig - start, full, out);
    }
  }
}

function hasAny(hay: string, literals: readonly string[]): boolean {
  for (const l of literals) if (hay.includes(l)) return true;
  return false;
}
