/**
 * Guards for the record path's faster bookkeeping: each check compares a shortcut with the plain
 * computation it replaced (kept here as a reference), on random inputs.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRedactor } from '../src/index.js';
import { resolveOverlaps } from '../src/detect/overlap.js';
import { typePriority } from '../src/entities.js';
import { findSpokenWindows } from '../src/detect/spoken/index.js';
import { mapWindowSpan, TextView, widenEnd, widenStart } from '../src/detect/view.js';
import { numericTail } from '../src/records/turns.js';
import type { Finding } from '../src/types.js';

/** Spaced-digit triggers as found before: on the digit windows, mapped back. */
function spacedOnWindows(text: string): number[] {
  const re = /(?<![\d.])\d \d \d(?![\d.])/g;
  const view = new TextView(text);
  const w = view.digitWindows;
  const out: number[] = [];
  if (w.count === 0) return out;
  let m: RegExpExecArray | null;
  while ((m = re.exec(w.joined)) !== null) {
    const s = mapWindowSpan(w, m.index, m.index + m[0].length);
    if (s >= 0) out.push(s);
  }
  return out;
}

function spacedOnText(text: string): number[] {
  const re = /(?<![\d.])\d \d \d(?![\d.])/g;
  const out: number[] = [];
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) out.push(m.index);
  return out;
}

describe('spoken windows: spaced digits looked for in the text itself', () => {
  const piece = fc.constantFrom('1', '2', ' ', '  ', '.', '\n\u0000\n', 'x', 'pin is ', 'card number ', '4 2 4 2', '7 7 7', '12', 'a'.repeat(30), ' '.repeat(26));
  it('finds what the digit windows found', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        expect(spacedOnText(text)).toEqual(spacedOnWindows(text));
      }),
      { numRuns: 3000 },
    );
  });

  it('still needs a cue, and stops at a joint', () => {
    const t = 'my pin is 4 8 1 5\n\u0000\n4 8 1 5 is a score';
    const w = findSpokenWindows(new TextView(t));
    expect(w.length).toBe(2);
    expect(w[1]).toBeLessThanOrEqual(t.indexOf('\u0000'));
    // spaced digits but no cue: no window
    expect(findSpokenWindows(new TextView('score 4 8 1 5 today'))).toEqual([]);
  });
});

/** The overlap rules as written before the shared buffer and the disjoint shortcut. */
function referenceResolve(findings: Finding[], text: string): Finding[] {
  if (findings.length < 2) return findings;
  const byStart = findings.slice().sort((a, b) => a.start - b.start || b.end - a.end);
  const open = new Map<string, Finding>();
  const merged: Finding[] = [];
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
    merged.push(copy);
  }
  const ranked = merged.sort(
    (a, b) =>
      b.score - a.score ||
      b.end - b.start - (a.end - a.start) ||
      typePriority(a.type) - typePriority(b.type) ||
      a.start - b.start ||
      (a.detector < b.detector ? -1 : a.detector > b.detector ? 1 : 0),
  );
  let lo = Infinity;
  let hi = 0;
  for (const f of ranked) {
    if (f.start < lo) lo = f.start;
    if (f.end > hi) hi = f.end;
  }
  const covered = new Uint8Array(hi - lo);
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
      if (!/[0-9A-Za-z\u0080-\uffff]/.test(text.slice(s, e))) continue;
      kept.push({ ...f, start: s, end: e });
      covered.fill(1, s - lo, e - lo);
    }
  }
  kept.sort((a, b) => a.start - b.start);
  return kept;
}

describe('resolveOverlaps: shared buffer and disjoint shortcut', () => {
  const finding = fc
    .record({
      type: fc.constantFrom('PHONE', 'EMAIL', 'PERSON', 'DATE', 'US_SSN'),
      start: fc.nat(120),
      len: fc.nat(30),
      score: fc.constantFrom(0.5, 0.6, 0.85, 1),
      detector: fc.constantFrom('a', 'b', 'c'),
      country: fc.option(fc.constantFrom('US', 'GB'), { nil: undefined }),
    })
    .map(({ type, start, len, score, detector, country }) => {
      const f: Finding = { type, start, end: start + len, score, detector };
      if (country) f.country = country;
      return f;
    });
  const text = 'ab 12-34 .. cd'.repeat(12);

  it('gives what the rules as written give, call after call', () => {
    fc.assert(
      fc.property(fc.array(fc.array(finding, { maxLength: 8 }), { minLength: 1, maxLength: 6 }), (sets) => {
        for (const set of sets) {
          const a = structuredClone(set);
          const b = structuredClone(set);
          expect(resolveOverlaps(a, text)).toEqual(referenceResolve(b, text));
          expect(a).toEqual(b); // the input is left as the rules as written leave it
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('copies findings even when none overlap', () => {
    const fs: Finding[] = [
      { type: 'EMAIL', start: 10, end: 20, score: 1, detector: 'x' },
      { type: 'PHONE', start: 0, end: 5, score: 1, detector: 'y' },
    ];
    const out = resolveOverlaps(fs, text);
    expect(out.map((f) => f.start)).toEqual([0, 10]);
    expect(out[0]).not.toBe(fs[1]);
    expect(out[0]).toEqual(fs[1]);
  });
});

describe('split turns: number words', () => {
  it('a turn ending in a long or non-number word has no numeric tail', () => {
    expect(numericTail('call me on four one five')).toEqual([11, 24]);
    expect(numericTail('the code is 4111 FOUR.')).toEqual([12, 21]);
    expect(numericTail('that is seventeen')).toEqual([8, 17]);
    expect(numericTail('thank you')).toBeUndefined();
    expect(numericTail('Seventeenth')).toBeUndefined();
    expect(numericTail("it's 12 o'clock")).toBeUndefined();
  });
});

describe('redactRecord: one walk', () => {
  const r = createRedactor({ entities: ['EMAIL', 'PHONE'] });

  it('reports paths of nested, escaped and array leaves and keeps other leaves', () => {
    const rec = { 'a/b': { 'c~d': 'mail a@b.co' }, list: ['x', ['a@b.co']], n: 5, ok: true, none: null, phone: 4155550123 };
    const { record, findings } = r.redactRecord(rec);
    expect(findings.map((f) => f.path)).toEqual(['/a~1b/c~0d', '/list/1/0', '/phone']);
    expect(record).toEqual({ 'a/b': { 'c~d': 'mail [EMAIL]' }, list: ['x', ['[EMAIL]']], n: 5, ok: true, none: null, phone: '[PHONE]' });
    expect(rec['a/b']['c~d']).toBe('mail a@b.co');
  });

  it('redacts a bare string at the root with path ""', () => {
    const { record, findings } = r.redactRecord('write to a@b.co');
    expect(record).toBe('write to [EMAIL]');
    expect(findings.map((f) => f.path)).toEqual(['']);
  });

  it('treats a __proto__ key as before (it sets the copy\'s prototype)', () => {
    const rec = JSON.parse('{"__proto__": {"x": "a@b.co"}, "y": "a@b.co"}');
    const { record, findings } = r.redactRecord(rec);
    expect(findings.map((f) => f.path)).toEqual(['/__proto__/x', '/y']);
    expect(JSON.stringify(record)).toBe('{"y":"[EMAIL]"}');
    expect(Object.getPrototypeOf(record)).toEqual({ x: '[EMAIL]' });
  });
});
