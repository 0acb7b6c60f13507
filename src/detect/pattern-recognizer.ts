import type { Finding } from '../types.js';
import { contextScore } from './context.js';
import { escapeRegex } from './lists.js';
import type { CompiledPattern } from './patterns.js';
import type { Recognizer, ScanSettings } from './recognizer.js';
import { mapWindowSpan, tierFor, type TextView } from './view.js';

/** Runs regex patterns (from `patterns/*.json`) with their prefilters, validators and context words. */
export function createPatternRecognizer(
  patterns: readonly CompiledPattern[],
  settings: ScanSettings,
): Recognizer | undefined {
  const active = patterns.filter((p) => settings.entities.has(p.type));
  if (active.length === 0) return undefined;
  // digit patterns grouped by the digit tier of their windows, fewest digits first
  const byTier = new Map<number, CompiledPattern[]>();
  for (const p of active) {
    if (p.scope !== 'digit') continue;
    const t = tierFor(p.minDigits, p.minRun);
    const list = byTier.get(t) ?? [];
    list.push(p);
    byTier.set(t, list);
  }
  const tiers = [...byTier.entries()].sort((a, b) => a[0] - b[0]);
  const text = active.filter((p) => p.scope === 'text');
  const gate = compileLiteralGate(text);
  const { contextBefore, contextAfter } = settings;

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

  function run(p: CompiledPattern, hay: string, onMatch: (m: RegExpExecArray) => void): void {
    const re = p.re;
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(hay)) !== null) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      onMatch(m);
    }
  }

  return {
    name: 'patterns',
    types: [...new Set(active.map((p) => p.type))],
    scan(view: TextView, out: Finding[]): void {
      const full = view.text;
      const present = gate ? gate(view) : undefined;
      for (const p of text) {
        if (p.literals && !(p.literalsLower ? p.literals.some((l) => present!.has(l)) : hasAny(full, p.literals))) continue;
        run(p, full, (m) => emit(p, m, 0, full, out));
      }
      if (tiers.length === 0 || view.digitWindows.count === 0) return;
      for (const [tier, patterns] of tiers) {
        const w = view.windowsAtTier(tier);
        if (w.count === 0) continue;
        const hay = w.joined;
        if (hay === full) {
          for (const p of patterns) run(p, full, (m) => emit(p, m, 0, full, out));
          continue;
        }
        for (const p of patterns) {
          run(p, hay, (m) => {
            const start = m.index;
            const orig = mapWindowSpan(w, start, start + m[0].length);
            if (orig >= 0) emit(p, m, orig - start, full, out);
          });
        }
      }
    },
  };
}

function hasAny(hay: string, literals: readonly string[]): boolean {
  for (const l of literals) if (hay.includes(l)) return true;
  return false;
}

/**
 * The case-insensitive literal gates of all text patterns, checked in one pass: a single
 * alternation over the lower-cased text (about 3x cheaper here than an includes() per
 * literal). Matches may overlap (the scan resumes one character after each start), and
 * a literal counts as present when any matched literal contains it, so none is missed.
 */
function compileLiteralGate(patterns: readonly CompiledPattern[]): ((view: TextView) => Set<string>) | undefined {
  const lits = [...new Set(patterns.filter((p) => p.literals && p.literalsLower).flatMap((p) => p.literals!))];
  if (lits.length === 0) return undefined;
  lits.sort((a, b) => b.length - a.length);
  const re = new RegExp(lits.map(escapeRegex).join('|'), 'g');
  const contained = new Map(lits.map((m) => [m, lits.filter((l) => m.includes(l))]));
  return (view) => {
    const present = new Set<string>();
    const hay = view.lower;
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(hay)) !== null) {
      if (!present.has(m[0])) for (const l of contained.get(m[0])!) present.add(l);
      re.lastIndex = m.index + 1;
    }
    return present;
  };
}
