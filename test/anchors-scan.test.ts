import fc from 'fast-check';
import { existsSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileAnchors, type AnchorHits } from '../src/detect/anchors.js';
import { TEXT_JOINT } from '../src/detect/analyzer.js';
import { escapeRegex } from '../src/detect/lists.js';
import { builtinPatterns } from '../src/detect/patterns.js';
import { generateCorpus } from '../bench/corpus.mjs';
import { stringsOf } from './support/calls.js';
import { CORPUS_DIR, readJsonl } from './support/corpus.js';

// compileAnchors(...).find is a speed-up of the plainest scan there is: at every position, every
// literal. It must give exactly its arrays: hits by start position, at one position in literal id
// order (ids in order of first appearance of the lower-cased literals).

type Find = (text: string, lower: string) => AnchorHits;

/** The reference: every literal at every position (the end included, where only an empty literal is). */
function reference(literals: readonly string[]): (text: string, lower: string) => AnchorHits {
  const lits = [...new Set(literals.map((l) => l.toLowerCase()))];
  // at each position only the literals that begin with its character (and an empty one), in id order
  const startingWith = new Map<number, number[]>();
  const candidates = (c: number) => {
    let ids = startingWith.get(c);
    if (!ids) startingWith.set(c, (ids = lits.flatMap((l, i) => (l.length === 0 || l.charCodeAt(0) === c ? [i] : []))));
    return ids;
  };
  return (text, lower) => {
    if (lower.length !== text.length) return undefined;
    const pos: number[] = [];
    const id: number[] = [];
    for (let p = 0; p <= lower.length; p++) {
      for (const i of candidates(p < lower.length ? lower.charCodeAt(p) : -1)) {
        if (lower.startsWith(lits[i]!, p)) {
          pos.push(p);
          id.push(i);
        }
      }
    }
    return { pos, id };
  };
}

/** The regex alternation that find was before the automaton, kept to show the arrays are the same. */
function previousFind(literals: readonly string[]): Find {
  const lits = [...new Set(literals.map((l) => l.toLowerCase()))];
  const ids = new Map(lits.map((l, i) => [l, i]));
  const byLength = [...lits].sort((a, b) => b.length - a.length);
  const prefixes = new Map(byLength.map((m) => [m, lits.filter((l) => m.startsWith(l)).map((l) => ids.get(l)!)]));
  const re = new RegExp(byLength.map(escapeRegex).join('|'), 'g');
  return (text, lower) => {
    if (lower.length !== text.length) return undefined;
    const hits = { pos: [] as number[], id: [] as number[] };
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(lower)) !== null) {
      for (const id of prefixes.get(m[0])!) {
        hits.pos.push(m.index);
        hits.id.push(id);
      }
      re.lastIndex = m.index + 1;
    }
    return hits;
  };
}

/** The literals of the built-in patterns, collected as createPatternRecognizer does. */
const LITERALS = builtinPatterns().flatMap((p) => (p.scope === 'text' ? p.literals ?? [] : p.requires ?? []));
const real = compileAnchors(LITERALS)!;

/** `find` gives the reference's arrays for `text`. */
function expectSame(ref: Find, find: Find, text: string, label = ''): void {
  const lower = text.toLowerCase();
  const want = ref(text, lower);
  const got = find(text, lower);
  if (want === undefined) {
    expect(got, label).toBeUndefined();
    return;
  }
  expect(got, label).toBeDefined();
  const same = (x: readonly number[], y: readonly number[]) => x.length === y.length && x.every((v, k) => v === y[k]);
  if (same(got!.pos, want.pos) && same(got!.id, want.id)) return;
  // the whole arrays, to show where they part
  expect({ pos: [...got!.pos], id: [...got!.id] }, label).toEqual(want);
}

const findReal: Find = (t, l) => real.find(t, l);
const refReal = reference(LITERALS);

describe('anchors scan: the same hits as every literal at every position', () => {
  it('the built-in literal set is the one the cases below are about', () => {
    const lits = new Set(LITERALS.map((l) => l.toLowerCase()));
    for (const l of ['@', '://', 'www.', 'the', 'av', 'u.', 'may', 'stræde', 'gränd', 'tér', 'post', 'postfach']) {
      expect(lits.has(l), l).toBe(true);
    }
    expect(real.size).toBe(lits.size);
  });

  it.each<[string, string[], string]>([
    ['overlapping literals', ['the', 'he', 'her', 'e', 'here'], 'There, where is here?'],
    ['a literal inside and at the end of another', ['java', 'av', 'va', 'a'], 'JAVA, lava, Ava'],
    ['a literal that is a prefix of another listed after it', ['postfach', 'post', 'po'], 'Postfach 12, post box, PO'],
    ['a prefix listed before the longer one', ['po', 'post', 'postfach'], 'postfach'],
    ['a literal at the very end and start', ['@', 'www.', 'x'], '@x www.'],
    ['repeated characters', ['aa', 'aaa', 'a'], 'aaaaa'],
    ['non-ASCII literals and text', ['stræde', 'gränd', 'tér', 'út', 'é'], 'Nørre STRÆDE, Gränd 4, Kossuth tér, Üllői út'],
    ['a non-BMP literal (code units, like the regex)', ['😀x', 'x'], 'a😀x😀 x'],
    ['case folded and de-duplicated', ['Kfz', 'KFZ', 'kfz', 'last four', 'Last'], 'KFZ Kfz, the last four'],
    ['characters in no literal', ['ab'], '\u0000\n\t 123 ÿ \uffff ab'],
    ['an empty literal is everywhere, the end included', ['', 'a', 'ab'], 'xaab'],
    ['an empty literal over an empty text', ['', 'a'], ''],
  ])('%s', (_name, lits, text) => {
    const a = compileAnchors(lits)!;
    const ref = reference(lits);
    expectSame(ref, (t, l) => a.find(t, l), text);
    expectSame(ref, previousFind(lits), text);
  });

  it('the built-in set on short cases', () => {
    for (const text of [
      'Java developer at 12 Main St., the day after May 1st: mail ann@example.com or www.x.io',
      'Nørregade stræde 3, Storgatan gränd 2, Kossuth tér 1, u. 5',
      'THE END',
      'ends with www.',
      'x@',
      ':',
      'no literal here 0123',
    ]) {
      expectSame(refReal, findReal, text, text);
    }
  });

  it('no hit: the shared empty result, also for an empty text', () => {
    const none = real.find('0123 456', '0123 456')!;
    expect(none.pos).toEqual([]);
    expect(none.id).toEqual([]);
    expect(real.find('', '')).toBe(none);
    expect(real.find('99', '99')).toBe(none);
  });

  it('undefined when lower-casing changes the length', () => {
    const text = 'İstanbul, the street';
    expect(text.toLowerCase().length).not.toBe(text.length);
    expect(real.find(text, text.toLowerCase())).toBeUndefined();
    expectSame(refReal, findReal, text);
  });

  it('on generated calls (the strings of each record, joined as the analyzer joins them)', () => {
    let hits = 0;
    for (const seed of [1, 20240601]) {
      const { lines } = generateCorpus({ sizeMB: 0.5, seed });
      for (const line of lines) {
        const text = stringsOf(JSON.parse(line)).join(TEXT_JOINT);
        expectSame(refReal, findReal, text, line.slice(0, 60));
        hits += real.find(text, text.toLowerCase())!.pos.length;
      }
    }
    expect(hits).toBeGreaterThan(1000);
  });

  // every corpus file there is (none when ../shared/corpus is absent: test/corpus.test.ts says so)
  const files = existsSync(CORPUS_DIR) ? readdirSync(CORPUS_DIR).filter((f) => f.endsWith('.jsonl')).sort() : [];
  it.each(files)('on the corpus: %s (the strings of each record)', (file) => {
    for (const rec of readJsonl(file)) {
      const text = stringsOf(rec).join(TEXT_JOINT);
      expectSame(refReal, findReal, text, text.slice(0, 60));
    }
  });

  it('on random texts of literals, their prefixes, non-ASCII characters and separators', () => {
    const lits = [...new Set(LITERALS.map((l) => l.toLowerCase()))];
    const piece = fc.oneof(
      fc.constantFrom(...lits),
      fc.constantFrom(...lits).map((l) => l.toUpperCase()),
      fc.constantFrom(...lits).chain((l) => fc.integer({ min: 0, max: l.length }).map((k) => l.slice(0, k))),
      fc.constantFrom(...lits).chain((l) => fc.integer({ min: 0, max: l.length }).map((k) => l.slice(k))),
      fc.constantFrom('ä', 'æ', 'Æ', 'é', 'ú', 'ß', 'ø', 'İ', 'ﬀ', '😀', '\u0000', '\uffff'),
      fc.constantFrom(' ', '', '\n', TEXT_JOINT, '.', ':', '-', '@', '/', '1'),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        expectSame(refReal, findReal, pieces.join(''));
      }),
      { numRuns: 2000 },
    );
  });

  it('random literal sets over a small alphabet (every kind of overlap), also as the regex found them', () => {
    const alphabet = fc.constantFrom('a', 'b', 'A', '.', ' ', 'é', 'æ');
    const word = fc.array(alphabet, { maxLength: 5 }).map((cs) => cs.join(''));
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 12 }), fc.array(alphabet, { maxLength: 60 }), (lits, cs) => {
        const a = compileAnchors(lits)!;
        const ref = reference(lits);
        const text = cs.join('');
        expectSame(ref, (t, l) => a.find(t, l), text);
        expectSame(ref, previousFind(lits), text);
      }),
      { numRuns: 1000 },
    );
  });
});
