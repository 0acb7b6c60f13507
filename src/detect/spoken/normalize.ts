import { DIGIT_WORDS, FILLERS, MULTIPLIERS, ORDINALS, SYMBOL_WORDS, TEENS, TENS, ordinalSuffix } from './words.js';

/**
 * The written form of spoken numbers and symbols, with an exact map back to the
 * original: normalised character i came from original characters
 * [start[i], end[i]) (a whole word for a converted token, one character for a
 * copied one). `spoken[i]` is 1 when character i came from a converted token.
 *
 *   "my zip is nine four one oh seven"  →  "my zip is 94107"
 *   "john dot smith at gmail dot com"   →  "john.smith@gmail.com"
 *   "the fourteenth of march nineteen eighty five" → "the 14th of march 1985"
 */
export interface Normalized {
  readonly text: string;
  readonly start: Int32Array;
  readonly end: Int32Array;
  readonly spoken: Uint8Array;
}

const enum K { Word, Num, Space, Punct }

interface Tok {
  k: K;
  s: number;
  e: number;
  /** Lower-cased text, for words. */
  w: string;
}

function tokenize(text: string, from: number, to: number): Tok[] {
  const toks: Tok[] = [];
  let i = from;
  while (i < to) {
    const c = text.charCodeAt(i);
    let j = i + 1;
    let k: K;
    if (isLetter(c)) {
      while (j < to && isLetter(text.charCodeAt(j))) j++;
      k = K.Word;
    } else if (c >= 48 && c <= 57) {
      while (j < to && isDigit(text.charCodeAt(j))) j++;
      k = K.Num;
    } else if (c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0) {
      while (j < to && isSpace(text.charCodeAt(j))) j++;
      k = K.Space;
    } else k = K.Punct;
    toks.push({ k, s: i, e: j, w: k === K.Word ? text.slice(i, j).toLowerCase() : '' });
    i = j;
  }
  return toks;
}

function isLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}
function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0;
}

/** One output piece: `out` replaces tokens [ti, tj). */
interface Piece {
  ti: number;
  tj: number;
  out: string;
}

class Builder {
  private parts: string[] = [];
  private starts: number[] = [];
  private ends: number[] = [];
  private flags: number[] = [];
  constructor(private readonly text: string) {}
  /** Copy original [s, e) character by character. */
  copy(s: number, e: number): void {
    if (e <= s) return;
    this.parts.push(this.text.slice(s, e));
    for (let i = s; i < e; i++) {
      this.starts.push(i);
      this.ends.push(i + 1);
      this.flags.push(0);
    }
  }
  /** Emit `out`, every character mapped to original [s, e). */
  emit(out: string, s: number, e: number): void {
    this.parts.push(out);
    for (let i = 0; i < out.length; i++) {
      this.starts.push(s);
      this.ends.push(e);
      this.flags.push(1);
    }
  }
  done(): Normalized {
    return {
      text: this.parts.join(''),
      start: Int32Array.from(this.starts),
      end: Int32Array.from(this.ends),
      spoken: Uint8Array.from(this.flags),
    };
  }
}

/** Index of the next non-space, non-filler token after i (or toks.length). Commas count as gaps inside numbers. */
function nextSolid(toks: Tok[], i: number, allowComma: boolean): number {
  let j = i + 1;
  while (j < toks.length) {
    const t = toks[j]!;
    if (t.k === K.Space || (t.k === K.Word && FILLERS.has(t.w))) j++;
    else if (allowComma && t.k === K.Punct && (t.s === t.e - 1) && isComma(t)) j++;
    else break;
  }
  return j;
}

let commaText = '';
function isComma(t: Tok): boolean {
  return commaText.charCodeAt(t.s) === 44;
}

function digitOf(t: Tok | undefined): number {
  if (!t) return -1;
  if (t.k === K.Word) {
    const d = DIGIT_WORDS[t.w];
    return d === undefined ? -1 : d;
  }
  if (t.k === K.Num && t.e - t.s === 1) return commaText.charCodeAt(t.s) - 48;
  return -1;
}

/** A number word that can start a spoken run ("o" and "oh" need a number after them). */
function isNumberWord(w: string): boolean {
  return w in DIGIT_WORDS || w in TEENS || w in TENS || w in MULTIPLIERS || w in ORDINALS;
}

/** Parses one group at token i; returns its digits and the token after it, or undefined. */
function group(toks: Tok[], i: number): { out: string; next: number; ordinal: boolean } | undefined {
  const t = toks[i]!;
  if (t.k === K.Num) {
    return { out: commaText.slice(t.s, t.e), next: i + 1, ordinal: false };
  }
  if (t.k !== K.Word) return undefined;
  const w = t.w;
  const mult = MULTIPLIERS[w];
  if (mult !== undefined) {
    const j = nextSolid(toks, i, false);
    const d = digitOf(toks[j]);
    if (d < 0) return undefined;
    return { out: String(d).repeat(mult), next: j + 1, ordinal: false };
  }
  const ord = ORDINALS[w];
  if (ord !== undefined) return { out: `${ord}${ordinalSuffix(ord)}`, next: i + 1, ordinal: true };
  const ten = TENS[w];
  if (ten !== undefined) {
    // twenty / twenty one / twenty-one / twenty first
    let j = i + 1;
    if (toks[j]?.k === K.Punct && commaText.charCodeAt(toks[j]!.s) === 45) j++;
    else if (toks[j]?.k === K.Space) j++;
    const u = toks[j];
    if (u?.k === K.Word) {
      const d = DIGIT_WORDS[u.w];
      if (d !== undefined && d > 0 && u.w !== 'o' && u.w !== 'oh') return { out: String(ten + d), next: j + 1, ordinal: false };
      const o = ORDINALS[u.w];
      if (o !== undefined && o < 10) return { out: `${ten + o}${ordinalSuffix(ten + o)}`, next: j + 1, ordinal: true };
    }
    return { out: String(ten), next: i + 1, ordinal: false };
  }
  const teen = TEENS[w];
  const digit = DIGIT_WORDS[w];
  const head = teen ?? digit;
  if (head === undefined) return undefined;
  // X hundred [and] [rest], X thousand [and] [rest]
  const j = nextSolid(toks, i, false);
  const scale = toks[j]?.k === K.Word ? toks[j]!.w : '';
  if ((scale === 'hundred' || scale === 'thousand') && w !== 'o' && w !== 'oh' && head > 0) {
    const width = scale === 'hundred' ? 2 : 3;
    let k = nextSolid(toks, j, false);
    if (toks[k]?.k === K.Word && toks[k]!.w === 'and') k = nextSolid(toks, k, false);
    const rest = toks[k] ? groupSmall(toks, k, width) : undefined;
    if (rest) return { out: String(head) + rest.out.padStart(width, '0'), next: rest.next, ordinal: rest.ordinal };
    return { out: String(head) + '0'.repeat(width), next: j + 1, ordinal: false };
  }
  return { out: String(head), next: i + 1, ordinal: false };
}

/** A group below 10^width after "hundred"/"thousand". */
function groupSmall(toks: Tok[], k: number, width: number): { out: string; next: number; ordinal: boolean } | undefined {
  const t = toks[k]!;
  if (t.k !== K.Word) return undefined;
  if (width === 3 && (t.w in DIGIT_WORDS || t.w in TEENS) && t.w !== 'o' && t.w !== 'oh') {
    const g = group(toks, k);
    if (g && g.out.length <= 3) return g;
  }
  if (t.w in TENS || t.w in TEENS || t.w in ORDINALS || (t.w in DIGIT_WORDS && t.w !== 'o' && t.w !== 'oh' && t.w !== 'zero')) {
    const g = group(toks, k);
    if (g && g.out.replace(/\D/g, '').length <= width) return g;
  }
  return undefined;
}

/**
 * Normalises text[from, to). Converted: runs of number words (with single written digits,
 * fillers and commas inside), spelled letters ("j s m i t h"), and spoken symbols inside a
 * spoken email ("at", "dot", "underscore", "dash") or a number ("dash", "dot", "plus").
 */
export function normalizeSpoken(text: string, from = 0, to = text.length): Normalized {
  commaText = text;
  const toks = tokenize(text, from, to);
  const pieces = findPieces(toks);
  const b = new Builder(text);
  let ti = 0;
  for (const p of pieces) {
    while (ti < p.ti) {
      b.copy(toks[ti]!.s, toks[ti]!.e);
      ti++;
    }
    b.emit(p.out, toks[p.ti]!.s, toks[p.tj - 1]!.e);
    ti = p.tj;
  }
  while (ti < toks.length) {
    b.copy(toks[ti]!.s, toks[ti]!.e);
    ti++;
  }
  commaText = '';
  return b.done();
}

/** Decides which token ranges to convert. Pieces are sorted and disjoint. */
function findPieces(toks: Tok[]): Piece[] {
  const pieces: Piece[] = [];
  let i = 0;
  while (i < toks.length) {
    const t = toks[i]!;
    if ((t.k === K.Word && startsNumber(toks, i)) || (t.k === K.Num && numeralStartsRun(toks, i))) {
      // written groups just before a spoken run belong to it ("5362 7254 four one nine two"): start there
      let from = i;
      const floor = pieces.length > 0 ? pieces[pieces.length - 1]!.tj : 0;
      for (;;) {
        const sp = from - 1;
        const prev = from - 2;
        if (prev < floor || toks[sp]?.k !== K.Space || toks[prev]?.k !== K.Num || toks[sp]!.e - toks[sp]!.s > 2) break;
        from = prev;
      }
      const run = numberRun(toks, from);
      if (run) {
        for (const p of run.pieces) pieces.push(p);
        i = run.next;
        continue;
      }
    }
    if (t.k === K.Word && t.w === 'at') {
      const mail = emailAt(toks, i, pieces);
      if (mail) {
        i = mail;
        continue;
      }
    }
    if (t.k === K.Word && t.w.length === 1) {
      const sp = spelled(toks, i);
      if (sp) {
        pieces.push(sp);
        i = sp.tj;
        continue;
      }
    }
    i++;
  }
  return pieces;
}

/** A written number followed by a number word ("4111 one one …"), or a single digit followed by another ("4 2 4 2"). */
function numeralStartsRun(toks: Tok[], i: number): boolean {
  const j = nextSolid(toks, i, true);
  const n = toks[j];
  if (!n) return false;
  if (n.k === K.Word) return isNumberWord(n.w) || n.w === 'oh';
  return n.k === K.Num && toks[i]!.e - toks[i]!.s === 1 && n.e - n.s === 1;
}

function startsNumber(toks: Tok[], i: number): boolean {
  const w = toks[i]!.w;
  if (!isNumberWord(w)) return false;
  if (w === 'o' || w === 'oh') {
    let j = nextSolid(toks, i, false);
    while (toks[j]?.k === K.Word && (toks[j]!.w === 'o' || toks[j]!.w === 'oh')) j = nextSolid(toks, j, false);
    const n = toks[j];
    return !!n && ((n.k === K.Word && isNumberWord(n.w)) || n.k === K.Num);
  }
  return true;
}

/**
 * A run of groups separated by spaces, fillers, commas, hyphens or spoken dash/dot/plus.
 * Each group becomes one piece (its digits mapped to its own words); separators between
 * groups are dropped, except hyphens/dots (kept, glued) — so "five five five dash one two
 * one two" → "555-1212". A run made only of written numbers is left alone.
 */
function numberRun(toks: Tok[], i: number): { pieces: Piece[]; next: number } | undefined {
  const pieces: Piece[] = [];
  let hasWord = false;
  const singleDigits = toks[i]!.k === K.Num && toks[i]!.e - toks[i]!.s === 1;
  let j = i;
  let last = i;
  for (;;) {
    const g = group(toks, j);
    if (!g) break;
    if (singleDigits && !hasWord && toks[j]!.k === K.Num && toks[j]!.e - toks[j]!.s !== 1) break;
    if (toks[j]!.k === K.Word) hasWord = true;
    if (pieces.length > 0) {
      // drop the gap between the previous group and this one (spaces, fillers, commas)
      const prev = pieces[pieces.length - 1]!;
      if (prev.tj < j) pieces.push({ ti: prev.tj, tj: j, out: '' });
    }
    pieces.push({ ti: j, tj: g.next, out: g.out });
    last = g.next;
    if (g.ordinal) break;
    // what follows: a gap, maybe a separator symbol, then the next group?
    let k = nextSolid(toks, g.next - 1, true);
    const sep = toks[k];
    if (sep && ((sep.k === K.Word && (sep.w === 'dash' || sep.w === 'hyphen' || sep.w === 'dot' || sep.w === 'point')) ||
        (sep.k === K.Punct && (commaText.charCodeAt(sep.s) === 45 || commaText.charCodeAt(sep.s) === 46)))) {
      const after = nextSolid(toks, k, false);
      if (!toks[after] || !canContinue(toks, after)) break;
      const sym = sep.k === K.Word ? SYMBOL_WORDS[sep.w]! : commaText[sep.s]!;
      pieces.push({ ti: g.next, tj: after, out: sym });
      j = after;
      continue;
    }
    if (!sep || !canContinue(toks, k)) break;
    j = k;
  }
  if (pieces.length === 0) return undefined;
  // written digits only: convert just a run of three or more single digits ("4 2 4 2")
  if (!hasWord && !(pieces.filter((p) => p.out.length === 1).length >= 3 && pieces.every((p) => p.out.length <= 1))) return undefined;
  // single digit word on its own ("one moment", "I have two") is not worth converting
  const digits = pieces.reduce((n, p) => n + p.out.replace(/\D/g, '').length, 0);
  if (digits < 2 && !pieces.some((p) => /\d(st|nd|rd|th)$/.test(p.out))) return undefined;
  return { pieces: pieces.filter((p) => p.ti < p.tj), next: last };
}

function canContinue(toks: Tok[], k: number): boolean {
  const t = toks[k]!;
  if (t.k === K.Num) return true;
  if (t.k !== K.Word) return false;
  if (t.w === 'o' || t.w === 'oh') return true;
  return isNumberWord(t.w);
}

/** "j s m i t h": three or more single letters in a row (or two that are not "a"/"i"), glued. */
function spelled(toks: Tok[], i: number): Piece | undefined {
  if (i > 0 && toks[i - 1]!.k !== K.Space) return undefined;
  let j = i;
  let count = 0;
  let end = i;
  let out = '';
  while (j < toks.length && toks[j]!.k === K.Word && toks[j]!.w.length === 1) {
    out += commaText[toks[j]!.s];
    count++;
    end = j + 1;
    const n = j + 1;
    if (toks[n]?.k === K.Space && toks[n + 1]?.k === K.Word && toks[n + 1]!.w.length === 1) j = n + 1;
    else break;
  }
  if (count >= 3 || (count === 2 && !/[ai]/i.test(out))) return { ti: i, tj: end, out };
  return undefined;
}

/**
 * A spoken email around the "at" at token i: LOCAL at DOMAIN (dot LABEL)+, where LOCAL is
 * the word, number or spelled run before "at" extended left over dot/underscore/dash words,
 * and the last label is a word. Appends the pieces and returns the token after the email.
 */
function emailAt(toks: Tok[], i: number, pieces: Piece[]): number | undefined {
  // right side: WORD (dot WORD)+ with at least one dot
  const right: Piece[] = [];
  let j = nextSolid(toks, i, false);
  if (toks[j]?.k !== K.Word && toks[j]?.k !== K.Num) return undefined;
  right.push({ ti: i, tj: j, out: '@' });
  let labels = 0;
  let k = j + 1;
  for (;;) {
    const d = nextSolid(toks, k - 1, false);
    if (toks[d]?.k !== K.Word || toks[d]!.w !== 'dot') break;
    const n = nextSolid(toks, d, false);
    if (toks[n]?.k !== K.Word && toks[n]?.k !== K.Num) break;
    right.push({ ti: k, tj: n, out: '.' });
    labels++;
    k = n + 1;
  }
  if (labels === 0 || toks[k - 1]?.k !== K.Word) return undefined;
  // left side: token before "at" (skip the space), extended over symbol words
  const left: Piece[] = [];
  let p = i - 1;
  if (toks[p]?.k === K.Space) p--;
  if (p < 0 || (toks[p]!.k !== K.Word && toks[p]!.k !== K.Num)) return undefined;
  // a spelled or numeric local part already converted ends at p: glue to it
  left.push({ ti: p + 1, tj: i, out: '' });
  for (let joins = 0; joins < 16; joins++) {
    let q = p - 1;
    if (toks[q]?.k === K.Space) q--;
    const sym = toks[q];
    if (!sym || sym.k !== K.Word || !(sym.w === 'dot' || sym.w === 'underscore' || sym.w === 'dash' || sym.w === 'hyphen')) break;
    let r = q - 1;
    if (toks[r]?.k === K.Space) r--;
    if (r < 0 || (toks[r]!.k !== K.Word && toks[r]!.k !== K.Num)) break;
    left.push({ ti: r + 1, tj: p, out: SYMBOL_WORDS[sym.w]! });
    p = r;
  }
  // pieces already found inside the local part (a spelled run, a number) stay; add ours in order
  // pieces found earlier (a spelled run, a number) all lie before "at": keep them, add ours in order
  for (let x = left.length - 1; x >= 0; x--) if (left[x]!.ti < left[x]!.tj) pieces.push(left[x]!);
  for (const x of right) if (x.ti < x.tj) pieces.push(x);
  pieces.sort((a, b) => a.ti - b.ti);
  return k;
}

/** Maps a normalised span [a, b) back to the original text. */
export function toOriginal(n: Normalized, a: number, b: number): [number, number] {
  return [n.start[a]!, n.end[b - 1]!];
}

/** Maps an original span [s, e) to the smallest normalised span covering every character drawn from it. */
export function toNormalized(n: Normalized, s: number, e: number): [number, number] {
  let a = 0;
  while (a < n.text.length && n.end[a]! <= s) a++;
  let b = n.text.length;
  while (b > a && n.start[b - 1]! >= e) b--;
  return [a, b];
}
