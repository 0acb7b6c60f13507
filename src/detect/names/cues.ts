/**
 * Cue phrases that announce a person's name: "my name is", "this is … calling",
 * "you're speaking with", "Mr." … A cue is matched backwards from the token
 * right before a candidate, on token hashes, so it costs nothing where no
 * candidate is.
 */
import { hashWord } from './chars.js';
import { B } from './bits.js';
import { F, S, type Tokens } from './tokens.js';

/** How much a cue vouches for what follows. */
export const enum Cue {
  None = 0,
  /** "hi", "I'm", "this is", "called": only a known given name, or a capitalised non-word. */
  Weak = 1,
  /** "speaking with", "ask for": a known name or a capitalised non-word. */
  Medium = 2,
  /** "my name is", "call me", "Name:": any name-like word, lower-case included. */
  Strong = 3,
  /** "Mr.", "Dr": capitalised words, or known names in lower case. */
  Title = 4,
}

interface Pattern {
  words: Int32Array;
  /** The hash of the word before the last one (0 for a one-word cue). */
  pen: number;
  /** The cue ends with a question mark: "What's your last name? Boyle". */
  question: boolean;
  /** The last word carries a possessive/contracted 's ("name's"). */
  poss: boolean;
  /** The cue ends with a colon ("Name:"). */
  colon: boolean;
  kind: Cue;
}

const SPEC: readonly [string, Cue][] = [
  ['my name is', Cue.Strong],
  ['name is', Cue.Strong],
  ['name on the card is', Cue.Strong],
  ['name on the account is', Cue.Strong],
  ['name on the card', Cue.Strong],
  ['name on the account', Cue.Strong],
  ["my name's", Cue.Strong],
  ["name's", Cue.Strong],
  ['my names', Cue.Strong],
  ['names is', Cue.Strong],
  ['call me', Cue.Strong],
  ['surname is', Cue.Strong],
  ['name:', Cue.Strong],
  ['customer name:', Cue.Strong],
  ['full name:', Cue.Strong],
  ['account holder:', Cue.Strong],
  ['you are speaking with', Cue.Strong],
  ["you're speaking with", Cue.Strong],
  ['you are speaking to', Cue.Strong],
  ["you're speaking to", Cue.Strong],
  ['you are talking to', Cue.Strong],
  ["you're talking to", Cue.Strong],
  ['speaking with', Cue.Medium],
  ['speaking to', Cue.Medium],
  ['talking to', Cue.Medium],
  ['talking with', Cue.Medium],
  ['speak to', Cue.Medium],
  ['talk to', Cue.Medium],
  ['talk with', Cue.Medium],
  ['speak with', Cue.Medium],
  ['spoke to', Cue.Medium],
  ['spoke with', Cue.Medium],
  ['ask for', Cue.Medium],
  ['asking for', Cue.Medium],
  ['transfer you to', Cue.Medium],
  ['named', Cue.Medium],
  ['calls me', Cue.Strong],
  ['called me', Cue.Strong],
  ['name?', Cue.Strong],
  ['name is:', Cue.Strong],
  ['my son', Cue.Medium],
  ['my daughter', Cue.Medium],
  ['my wife', Cue.Medium],
  ['my husband', Cue.Medium],
  ['my kid', Cue.Medium],
  ['my kids', Cue.Medium],
  ['my child', Cue.Medium],
  ['my mother', Cue.Medium],
  ['my mom', Cue.Medium],
  ['my mum', Cue.Medium],
  ['my father', Cue.Medium],
  ['my dad', Cue.Medium],
  ['my brother', Cue.Medium],
  ['my sister', Cue.Medium],
  ['my friend', Cue.Medium],
  ['my boss', Cue.Medium],
  ['my partner', Cue.Medium],
  ['my colleague', Cue.Medium],
  ['my manager', Cue.Medium],
  ['my grandmother', Cue.Medium],
  ['my grandma', Cue.Medium],
  ['my grandfather', Cue.Medium],
  ['my grandpa', Cue.Medium],
  ['my uncle', Cue.Medium],
  ['my aunt', Cue.Medium],
  ['my cousin', Cue.Medium],
  ['my nephew', Cue.Medium],
  ['my niece', Cue.Medium],
  ['my fiance', Cue.Medium],
  ['my fiancee', Cue.Medium],
  ['my girlfriend', Cue.Medium],
  ['my boyfriend', Cue.Medium],
  ['my stepson', Cue.Medium],
  ['my stepdaughter', Cue.Medium],
  ['my supervisor', Cue.Medium],
  ['my roommate', Cue.Medium],
  ['my neighbor', Cue.Medium],
  ['my neighbour', Cue.Medium],
  ['my landlord', Cue.Medium],
  ['my tenant', Cue.Medium],
  ['called', Cue.Weak],
  ["i'm", Cue.Weak],
  ['im', Cue.Weak],
  ['i am', Cue.Weak],
  ["it's", Cue.Weak],
  ['its', Cue.Weak],
  ['this is', Cue.Weak],
  ['hi', Cue.Weak],
  ['hello', Cue.Weak],
  ['hey', Cue.Weak],
  ['dear', Cue.Weak],
  ['thanks', Cue.Weak],
  ['thank you', Cue.Weak],
  ['bye', Cue.Weak],
  ['goodbye', Cue.Weak],
  ['mr', Cue.Title],
  ['mrs', Cue.Title],
  ['ms', Cue.Title],
  ['miss', Cue.Title],
  ['mister', Cue.Title],
  ['mx', Cue.Title],
  ['dr', Cue.Title],
  ['doctor', Cue.Title],
  ['prof', Cue.Title],
  ['professor', Cue.Title],
  ['sir', Cue.Title],
  ['madam', Cue.Title],
  ['madame', Cue.Title],
  ['dame', Cue.Title],
  ['mme', Cue.Title],
  ['mlle', Cue.Title],
  ['herr', Cue.Title],
  ['frau', Cue.Title],
  ['judge', Cue.Title],
  ['justice', Cue.Title],
  ['officer', Cue.Title],
  ['detective', Cue.Title],
];

/** Words that, right after "this is <name>", confirm the name ("this is Mark calling"). */
export const CONFIRMERS = ['calling', 'speaking', 'here', 'from', 'with', 'at', 'on'];

/** Patterns grouped by the hash of their last word, longest first in each group. */
let groups: Pattern[][] = [];
/** Open addressing on the last word's hash: per slot the hash, then its group's index + 1 (0: empty). */
let groupSlots: Int32Array | undefined;
let groupMask = 0;

function buildGroups(): Int32Array {
  const byLast = new Map<number, Pattern[]>();
  for (const p of compile()) {
    const k = p.words[p.words.length - 1]!;
    const list = byLast.get(k);
    if (list) list.push(p);
    else byLast.set(k, [p]);
  }
  groups = [...byLast.values()];
  let size = 64;
  while (size < byLast.size * 4) size *= 2;
  groupMask = size - 1;
  const slots = new Int32Array(2 * size);
  let g = 0;
  for (const h of byLast.keys()) {
    let slot = (h ^ (h >>> 15)) & groupMask;
    while (slots[2 * slot + 1] !== 0) slot = (slot + 1) & groupMask;
    slots[2 * slot] = h;
    slots[2 * slot + 1] = ++g;
  }
  return slots;
}

/** The patterns whose last word has hash `h`, longest first; undefined when none. */
function patternsEndingWith(h: number): Pattern[] | undefined {
  const slots = (groupSlots ??= buildGroups());
  for (let slot = (h ^ (h >>> 15)) & groupMask; ; slot = (slot + 1) & groupMask) {
    const g = slots[2 * slot + 1]!;
    if (g === 0) return undefined;
    if (slots[2 * slot] === h) return groups[g - 1];
  }
}

/** The last word of every cue (the lexicon marks them so that cue matching starts only there). */
export function cueEndWords(): string[] {
  return SPEC.map(([text]) => {
    const last = text.replace(/[:?]$/, '').split(' ').pop()!;
    return last.endsWith("'s") ? last.slice(0, -2) : last;
  });
}

function compile(): Pattern[] {
  const out: Pattern[] = [];
  for (const [text, kind] of SPEC) {
    const colon = text.endsWith(':');
    const question = text.endsWith('?');
    const body = colon || question ? text.slice(0, -1) : text;
    const parts = body.split(' ');
    const last = parts[parts.length - 1]!;
    const poss = last.endsWith("'s");
    if (poss) parts[parts.length - 1] = last.slice(0, -2);
    const words = Int32Array.from(parts, (p) => hashWord(p));
    out.push({ words, pen: words.length > 1 ? words[words.length - 2]! : 0, poss, colon, question, kind });
  }
  // longest first: "my name is" before "name is"
  out.sort((a, b) => b.words.length - a.words.length);
  return out;
}

/** The hashes of `words` (for confirmers and other small word sets). */
export function hashSet(words: readonly string[]): Set<number> {
  return new Set(words.map((w) => hashWord(w)));
}

/**
 * The cue ending right before token `i`, if any. Between cue words only spaces;
 * between the cue and the name spaces, a period after a title ("Mr. X"), or the
 * colon of a label ("Name: X").
 */
export function cueBefore(t: Tokens, i: number, text: string): Cue {
  if (i === 0) return Cue.None;
  const prev = i - 1;
  const pm = t.mask[prev]!;
  if (pm === -1 || !(pm & B.CueEnd)) return Cue.None;
  const candidates = patternsEndingWith(t.h1[prev]!);
  if (!candidates) return Cue.None;
  const gap = t.sep[i]!;
  // word j of a k-word cue is token prev-k+1+j, checked from the end (the last word's hash is the key):
  // the same hash, no possessive but on the last word when the cue has one, spaces between words
  const possLast = (t.flags[prev]! & F.Poss) !== 0;
  // the word before the last one, when a space separates them (else no cue of two words or more fits)
  const spaced = prev > 0 && t.sep[prev] === S.Space;
  const pen = spaced ? t.h1[prev - 1]! : 0;
  for (let c = 0; c < candidates.length; c++) {
    const p = candidates[c]!;
    const words = p.words;
    const k = words.length;
    if (prev - k + 1 < 0 || possLast !== p.poss || (k > 1 && (!spaced || pen !== p.pen))) continue;
    let ok = true;
    for (let j = k - 2; j >= 0; j--) {
      const ti = prev - k + 1 + j;
      if (t.h1[ti] !== words[j] || (j > 0 && t.sep[ti] !== S.Space) || t.flags[ti]! & F.Poss) {
        ok = false;
        break;
      }
    }
    if (!ok) continue;
    if (p.question) {
      if (gap !== S.Stop || text.charCodeAt(t.end[prev]!) !== 63) continue;
    } else if (p.colon) {
      if (gap !== S.Comma || !colonBetween(text, t.end[prev]!, t.start[i]!)) continue;
    } else if (p.kind === Cue.Title) {
      if (!(gap === S.Space || (gap === S.Period && (t.flags[prev]! & F.Dot) !== 0 && onlyDotSpace(text, t.end[prev]!, t.start[i]!)))) continue;
    } else if (p.poss) {
      if (gap !== S.Comma && gap !== S.Space) continue;
    } else if (gap !== S.Space && !(gap === S.Comma && commaOnly(text, t.end[prev]!, t.start[i]!))) continue;
    return p.kind;
  }
  return Cue.None;
}

function colonBetween(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 58) return true;
    if (c !== 32 && c !== 9) return false;
  }
  return false;
}

function onlyDotSpace(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 46 && c !== 32 && c !== 9) return false;
  }
  return true;
}

/** "hi, Sarah" / "thanks, John": a comma and spaces only. */
function commaOnly(text: string, from: number, to: number): boolean {
  let commas = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 44) commas++;
    else if (c !== 32 && c !== 9) return false;
  }
  return commas === 1;
}
