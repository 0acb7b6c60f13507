/**
 * One linear pass that splits a text into word tokens, hashing each one as it
 * goes (no string per token). Every token is checked against the small table
 * of function words; the full gazetteer look-up happens lazily, only for the
 * tokens a rule asks about (see `maskOf`).
 */
import { Buffer } from 'node:buffer';
import { C, charClasses, foldTable1, foldTable2, H1_SEED, hashWord } from './chars.js';
import { B } from './bits.js';
import type { Lexicon } from './lexicon.js';

/** Token flags. */
export const enum F {
  /** First character is an upper-case letter. */
  Cap = 1,
  /** Two or more letters, none lower-case. */
  AllCap = 2,
  /** First character is a lower-case letter. */
  Low = 4,
  Digit = 8,
  /** A single letter. */
  Initial = 16,
  /** Immediately followed by a period. */
  Dot = 32,
  /** Followed by a possessive or contracted 's (not part of the token). */
  Poss = 64,
  Hyphen = 128,
  /** Glued to an e-mail, a URL or a handle ("thompson" in "thompson.mateo8@icloud.com"). */
  Glued = 256,
}

/** What separates a token from the one before it (larger = stronger break). */
export const enum S {
  Start = 0,
  Space = 1,
  Amp = 2,
  Comma = 3,
  Period = 4,
  Stop = 5,
  Newline = 6,
}

/** Text-wide case: does capitalisation carry information? */
export const enum Case {
  Mixed = 0,
  /** No capitalised word past sentence starts: cues and gazetteers only. */
  Lower = 1,
  /** Mostly upper-case: capitalisation means nothing. */
  Upper = 2,
}

export interface Tokens {
  n: number;
  start: Int32Array<ArrayBuffer>;
  end: Int32Array<ArrayBuffer>;
  flags: Uint16Array<ArrayBuffer>;
  sep: Uint8Array<ArrayBuffer>;
  /** Folded-word hash. */
  h1: Int32Array<ArrayBuffer>;
  /** Lexicon bits (B in lexicon.ts); -1 until looked up. */
  mask: Int32Array<ArrayBuffer>;
  mode: Case;
  /** Mostly capitalised words (a title or headline). */
  titley: boolean;
  /**
   * Tokens a rule may start at in mixed-case text: capitalised words, cue ends, legal suffixes, and
   * words right after a preposition. Everything else is skipped without a look.
   */
  ev: Int32Array<ArrayBuffer>;
  ne: number;
  /** Scratch for the rules, zeroed here: what each token was taken as, and its shape cache. */
  kind: Uint8Array<ArrayBuffer>;
  shape: Uint8Array<ArrayBuffer>;
  /** Commas or connectors ("and") seen: lists are possible. */
  listy: boolean;
}

const SEP_RANK: Uint8Array = (() => {
  const r = new Uint8Array(16);
  r[C.Space] = S.Space;
  r[C.Ampersand] = S.Amp;
  r[C.Comma] = S.Comma;
  r[C.Other] = S.Comma;
  r[C.Apostrophe] = S.Comma;
  r[C.Hyphen] = S.Comma;
  r[C.Mark] = S.Comma;
  r[C.Period] = S.Period;
  r[C.Stop] = S.Stop;
  r[C.Newline] = S.Newline;
  return r;
})();

const EVENT_BITS = B.CueEnd | B.LegalSuffix;
const PREP_BITS = B.PlacePrep | B.PersonPrep;

let tables: { cls: Uint8Array; f1: Uint16Array; f2: Uint16Array; rank: Uint8Array } | undefined;

/** The tables, with the separator rank of every code unit that is not part of a word (0 for word characters). */
function makeTables(): { cls: Uint8Array; f1: Uint16Array; f2: Uint16Array; rank: Uint8Array } {
  const cls = charClasses();
  const f1 = foldTable1();
  const rank = new Uint8Array(65536);
  // every class with f1 === 0 has a rank of at least S.Space
  for (let c = 0; c < 65536; c++) if (f1[c] === 0) rank[c] = SEP_RANK[cls[c]!]!;
  return { cls, f1, f2: foldTable2(), rank };
}

/** Splits `text` into tokens. Linear in the text length. */
export function tokenize(text: string, lex: Lexicon): Tokens {
  if (!tables) tables = makeTables();
  const { cls, f1, f2, rank } = tables;
  const small = lex.small;
  const len = text.length;
  const buf = scratch((len >> 1) + 16);
  const { start, end, flags, sep, h1: h1s, mask, ev, kind, shape } = buf;
  let n = 0;
  let ne = 0;
  let prevPrep = false;
  let listy = false;
  let gap: number = S.Start;
  let capMid = 0;
  let capWords = 0;
  let lower = 0;
  let upper = 0;
  let capName = false;
  // the text's code units, then a 0 (not a word character: every word ends before it)
  const u = codeUnits(text);
  let i = 0;
  while (i < len) {
    const c = u[i]!;
    const r = rank[c]!;
    if (r !== 0) {
      if (r > gap) gap = r;
      i++;
      continue;
    }
    const k = cls[c]!;
    if (k === C.Mark) {
      // a stray combining mark is not a word
      i++;
      continue;
    }
    const s = i;
    let fl = k === C.Upper ? F.Cap : k === C.Lower ? F.Low : k === C.Digit ? F.Digit : 0;
    let h = H1_SEED;
    let e = i;
    for (;;) {
      for (;;) {
        const d = u[e]!;
        const a = f1[d]!;
        if (a === 0) break;
        if (a > 1) {
          h = Math.imul(h ^ a, 0x01000193);
          if (d > 127) {
            const b = f2[d]!;
            if (b !== 0) h = Math.imul(h ^ b, 0x01000193);
          } else if (d < 58) fl |= F.Digit;
        }
        e++;
      }
      // an inner apostrophe or hyphen followed by a letter continues the word
      const kd = cls[u[e]!]!;
      if ((kd !== C.Apostrophe && kd !== C.Hyphen) || e + 1 >= len || f1[u[e + 1]!]! < 2) break;
      if (kd === C.Apostrophe) {
        const n1 = u[e + 1]!;
        // possessive / contracted 's is not part of the word
        if ((n1 === 115 || n1 === 83) && (e + 2 >= len || f1[u[e + 2]!] === 0)) {
          fl |= F.Poss;
          break;
        }
        h = Math.imul(h ^ 39, 0x01000193);
      } else {
        fl |= F.Hyphen;
        h = Math.imul(h ^ 45, 0x01000193);
      }
      e++;
    }
    if (e - s === 1 && k !== C.Digit) fl |= F.Initial;
    else if (glued(u, s, e, len)) fl |= F.Glued;
    else if (fl & F.Cap && noLower(u, cls, s + 1, e)) fl |= F.AllCap;
    if (u[e] === 46) fl |= F.Dot;
    if (n === start.length) return tokenizeOverflow(text, lex);
    start[n] = s;
    end[n] = e;
    sep[n] = gap;
    h1s[n] = h;
    kind[n] = 0;
    shape[n] = 0;
    const sm = small.get(h);
    mask[n] = sm !== 0 ? sm : -1;
    flags[n] = fl;
    if (fl & F.Cap || sm & EVENT_BITS || prevPrep) ev[ne++] = n;
    prevPrep = (sm & PREP_BITS) !== 0;
    if (gap === S.Comma || sm & B.Connector) listy = true;
    if (fl & F.AllCap) upper++;
    else if (fl & F.Cap) {
      if (fl & F.Initial) {
        // "I", initials: no evidence either way
      } else if (gap === S.Space || gap === S.Comma || gap === S.Amp) {
        capMid++;
        // a common word capitalised mid-sentence: title case
        if (sm === 0) {
          const v = lex.lookup(h);
          mask[n] = v === 0 ? -1 : v;
          if (v & B.Word && !(v & 3)) capWords++;
        } else if (sm & B.Never && !(sm & 3)) capWords++;
      }
      else if (!capName && sm === 0) {
        const v = lex.lookup(h);
        if (v & 3 && !(v & 4)) capName = true;
      }
    } else if (fl & F.Low) lower++;
    n++;
    gap = S.Space;
    i = e;
    if (fl & F.Poss) {
      i += 2;
      gap = S.Comma;
    }
  }
  let mode = Case.Mixed;
  if (upper >= 3 && upper > 2 * (lower + capMid)) mode = Case.Upper;
  else if (capMid === 0 && upper === 0 && !capName) mode = Case.Lower;
  buf.n = n;
  buf.ne = ne;
  buf.listy = listy;
  buf.mode = mode;
  buf.titley = capWords >= 3 && capWords * 2 > lower;
  return buf;
}

let units = new Uint16Array(0);
let unitBytes = Buffer.alloc(0);
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/**
 * The UTF-16 code units of `text` followed by a 0, in a buffer reused from one text to the next
 * (sized to the longest text seen). Reading a typed array in the tokenizer's loop is about twice
 * as fast as `charCodeAt`, and one native copy costs little. Lone surrogates are copied as they are.
 */
export function codeUnits(text: string): Uint16Array {
  const len = text.length;
  if (units.length < len + 1) {
    units = new Uint16Array(Math.max(len + 1, 4096));
    unitBytes = Buffer.from(units.buffer, 0, units.byteLength);
  }
  if (LITTLE_ENDIAN) unitBytes.write(text, 0, 'utf16le');
  else for (let i = 0; i < len; i++) units[i] = text.charCodeAt(i);
  units[len] = 0;
  return units;
}

/** The word u[s, e) touches "@", "/", "_", "#" or a period followed by a letter: part of an address or handle. */
function glued(u: Uint16Array, s: number, e: number, len: number): boolean {
  if (s > 0) {
    const b = u[s - 1]!;
    if (b === 64 || b === 47 || b === 95 || b === 35 || b === 46) return true;
  }
  if (e < len) {
    const a = u[e]!;
    if (a === 64 || a === 95 || (a === 47 && e + 1 < len && u[e + 1] !== 32)) return true;
    if (a === 46 && e + 1 < len) {
      const n = u[e + 1]!;
      if ((n >= 97 && n <= 122) || (n >= 48 && n <= 57)) return true;
    }
  }
  return false;
}

/** No lower-case letter in u[from, to). */
function noLower(u: Uint16Array, cls: Uint8Array, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (cls[u[i]!] === C.Lower) return false;
  return true;
}

/** The lexicon bits of token i (looked up on first use). */
export function maskOf(t: Tokens, lex: Lexicon, i: number, text: string): number {
  const m = t.mask[i]!;
  if (m !== -1) return m;
  let v = lex.lookup(t.h1[i]!);
  // an inflected common word ("markets", "booked") is listed by its stem
  if (!(v & (B.Word | B.Never | B.First | B.Last)) && t.end[i]! - t.start[i]! >= 4 && !(t.flags[i]! & F.Digit) && lex.inflected(text, t.start[i]!, t.end[i]!)) v |= B.Word;
  t.mask[i] = v;
  return v;
}

/** Bits of the hyphen-separated parts of token i, OR-ed, and whether every part is a family name. */
export function partsOf(t: Tokens, lex: Lexicon, text: string, i: number): { any: number; allLast: boolean } {
  const parts = text.slice(t.start[i], t.end[i]).split(/[-\u2010\u2011]/);
  let any = 0;
  let allLast = parts.length > 1;
  for (const p of parts) {
    const m = lex.lookup(hashWord(p));
    any |= m;
    if (!(m & 2)) allLast = false;
  }
  return { any, allLast };
}

let shared: Tokens | undefined;

function allocate(cap: number): Tokens {
  return {
    n: 0,
    start: new Int32Array(cap),
    end: new Int32Array(cap),
    flags: new Uint16Array(cap),
    sep: new Uint8Array(cap),
    h1: new Int32Array(cap),
    mask: new Int32Array(cap),
    mode: Case.Mixed,
    titley: false,
    ev: new Int32Array(cap),
    ne: 0,
    kind: new Uint8Array(cap),
    shape: new Uint8Array(cap),
    listy: false,
  };
}

/**
 * Token buffers are reused from one text to the next (a scan is synchronous and
 * its tokens are dropped before the next one): allocating typed arrays for each
 * short text would cost more than the scan itself.
 */
function scratch(size: number): Tokens {
  if (!shared || shared.start.length < size) shared = allocate(Math.max(size, 1024));
  return shared;
}

/** Never reached: a text has at most one token per two characters, and buffers hold len/2 + 16. */
function tokenizeOverflow(text: string, lex: Lexicon): Tokens {
  shared = allocate(text.length + 16);
  return tokenize(text, lex);
}
