/**
 * The lexicon: every gazetteer word in one open-addressing hash table keyed by
 * the two 32-bit hashes of its folded form, holding a bit mask of what the word
 * can be; and a second table of multi-word place and organisation names keyed
 * by phrase hash. Built once, on first use (about 60k words).
 */
import { foldTable1, foldTable2, hashWord, initChars, phraseStep, step1, H1_SEED } from './chars.js';
import { FIRST_NAMES } from './data/first-names.js';
import { LAST_NAMES } from './data/last-names.js';
import { NAME_WORDS } from './data/name-words.js';
import { NEVER_NAMES } from './data/never.js';
import { COMMON_WORDS } from './data/words.js';
import { PLACES } from './data/places.js';
import { MAJOR_PLACES } from './data/major-places.js';
import { ORGANIZATIONS } from './data/orgs.js';
import * as shapes from './shapes.js';
import { B } from './bits.js';

import { cueEndWords } from './cues.js';

const INFLECT_MAX = 64;
const codes = new Uint16Array(INFLECT_MAX);
const prefix = new Int32Array(INFLECT_MAX + 1);

const BLOOM_BITS = 1 << 18;

function bloomBits(h: number): [number, number] {
  const x = Math.imul(h ^ (h >>> 16), 0x45d9f3b);
  return [h & (BLOOM_BITS - 1), (x ^ (x >>> 16)) & (BLOOM_BITS - 1)];
}

/** A word that can start a rule in lower-case text: a given name, a place, a phrase head, an organisation. */
function startsLowerRule(v: number): boolean {
  if (v & (B.Head | B.LegalSuffix)) return true;
  if (v & B.First && !(v & (B.NameWord | B.Word | B.Never | B.Calendar))) return true;
  if (v & B.Place && !(v & (B.Word | B.NameWord | B.Demonym))) return true;
  return (v & B.Org) !== 0 && !(v & (B.Word | B.NameWord));
}

/** Phrase kinds in the phrase table. */
export const enum P {
  Place = 1,
  Org = 2,
  Major = 4,
}

/** Bits of the small table: the few hundred function words every token is checked against. */
export const FUNCTION_BITS =
  B.Never | B.Title | B.LegalSuffix | B.Particle | B.Connector | B.PlacePrep | B.PersonPrep | B.Filler | B.Calendar |
  B.Demonym | B.OrgHead | B.PlaceHead | B.CueEnd | B.Determiner | B.OrgPrep;

/**
 * Open addressing over one Int32Array: per slot the word hash, then its B bits
 * with bit 30 set ("occupied"). A 32-bit hash collision between an unknown
 * word and a listed one is possible but rare (about one look-up in 10^9).
 */
export class HashTable {
  readonly slots: Int32Array;
  readonly mask: number;
  constructor(entries: number) {
    let bits = 8;
    while (1 << bits < entries * 2) bits++;
    this.slots = new Int32Array(2 << bits);
    this.mask = (1 << bits) - 1;
  }
  insert(h: number, v: number): void {
    let slot = (h ^ (h >>> 15)) & this.mask;
    for (;;) {
      const val = this.slots[2 * slot + 1]!;
      if (val === 0) {
        this.slots[2 * slot] = h;
        this.slots[2 * slot + 1] = v | OCCUPIED;
        return;
      }
      if (this.slots[2 * slot] === h) {
        this.slots[2 * slot + 1] = val | v;
        return;
      }
      slot = (slot + 1) & this.mask;
    }
  }
  get(h: number): number {
    const slots = this.slots;
    let slot = (h ^ (h >>> 15)) & this.mask;
    for (;;) {
      const val = slots[2 * slot + 1]!;
      if (val === 0) return 0;
      if (slots[2 * slot] === h) return val & VALUE;
      slot = (slot + 1) & this.mask;
    }
  }
}

const OCCUPIED = 0x40000000;
const VALUE = 0x3fffffff;

export class Lexicon {
  readonly #big: HashTable;
  /** Function words only: small enough to stay in the CPU cache; every token is looked up here. */
  readonly small: HashTable;
  readonly #phrases: Map<number, number>;
  /** Bloom filter (two bits per word) of the words that can start a rule in lower-case text. */
  readonly #bloom = new Uint32Array(BLOOM_BITS >>> 5);
  /** Longest phrase, in tokens. */
  readonly maxPhrase: number;

  /** `big` holds every word; the small table and the filter are derived from it. */
  constructor(big: HashTable, phrases: Map<number, number>, maxPhrase: number) {
    this.#big = big;
    const slots = big.slots;
    let nSmall = 0;
    for (let i = 1; i < slots.length; i += 2) if (slots[i]! & FUNCTION_BITS) nSmall++;
    this.small = new HashTable(nSmall);
    for (let i = 0; i < slots.length; i += 2) {
      const v = slots[i + 1]! & VALUE;
      if (v === 0) continue;
      const h = slots[i]!;
      if (v & FUNCTION_BITS) this.small.insert(h, v);
      if (startsLowerRule(v)) {
        const [x, y] = bloomBits(h);
        this.#bloom[x >>> 5] = this.#bloom[x >>> 5]! | (1 << (x & 31));
        this.#bloom[y >>> 5] = this.#bloom[y >>> 5]! | (1 << (y & 31));
      }
    }
    this.#phrases = phrases;
    this.maxPhrase = maxPhrase;
  }

  /**
   * Whether the word may be a given name, a place, the start of a multi-word name or an
   * organisation (false: certainly not; true: probably, about 4% false positives). A cache-sized
   * filter that spares lower-case text most full look-ups.
   */
  maybe(h: number): boolean {
    const bloom = this.#bloom;
    const a = h & (BLOOM_BITS - 1);
    if ((bloom[a >>> 5]! & (1 << (a & 31))) === 0) return false;
    const x = Math.imul(h ^ (h >>> 16), 0x45d9f3b);
    const b = (x ^ (x >>> 16)) & (BLOOM_BITS - 1);
    return (bloom[b >>> 5]! & (1 << (b & 31))) !== 0;
  }

  /** Bits of the word with this hash; 0 when unknown. */
  lookup(h: number): number {
    return this.#big.get(h);
  }

  /** Bits of a word given as a string (tests, tools). */
  lookupWord(word: string): number {
    return this.lookup(hashWord(word));
  }

  /**
   * An inflected form of a common word: "markets", "booked", "snider" (the word list holds stems only).
   * Works on the folded code units of text[start, end) and their prefix hashes: no strings.
   */
  inflected(text: string, start: number, end: number): boolean {
    const f1 = foldTable1();
    const f2 = foldTable2();
    let n = 0;
    for (let i = start; i < end && n < INFLECT_MAX - 1; i++) {
      const c = text.charCodeAt(i);
      const a = f1[c]!;
      if (a > 1) {
        codes[n++] = a;
        const b = f2[c]!;
        if (b !== 0) codes[n++] = b;
      } else if (a === 0) codes[n++] = c === 45 || c === 0x2010 || c === 0x2011 ? 45 : 39;
    }
    if (n < 4) return false;
    prefix[0] = H1_SEED;
    for (let k = 0; k < n; k++) prefix[k + 1] = step1(prefix[k]!, codes[k]!);
    return this.#inflectedCodes(n, true);
  }

  /** `codes[0, n)` (with `prefix` filled) is an inflected word; plurals of inflected forms too ("bookings"). */
  #inflectedCodes(n: number, again: boolean): boolean {
    if (n < 4) return false;
    const is = (h: number): boolean => (this.lookup(h) & (B.Word | B.Never | B.NameWord)) !== 0;
    const at = (k: number): number => codes[n - k]!; // k-th code from the end (1 = last)
    const S_ = 115;
    const E_ = 101;
    if (at(1) === S_) {
      if (at(2) === E_ && at(3) === 105 && is(step1(prefix[n - 3]!, 121))) return true; // -ies → -y
      if (at(2) === E_ && is(prefix[n - 2]!)) return true; // -es
      if (at(2) !== S_ && (is(prefix[n - 1]!) || (again && this.#inflectedCodes(n - 1, false)))) return true; // -s
      if (at(2) === 116 && at(3) === E_ && (is(prefix[n - 3]!) || is(prefix[n - 2]!))) return true; // -est
      return false;
    }
    if (at(1) === 100 && at(2) === E_) return is(prefix[n - 2]!) || is(prefix[n - 1]!); // -ed
    if (at(1) === 103 && at(2) === 110 && at(3) === 105) return is(prefix[n - 3]!) || is(step1(prefix[n - 3]!, E_)); // -ing
    if (at(1) === 121 && at(2) === 108) return is(prefix[n - 2]!); // -ly
    if (at(1) === 114 && at(2) === E_) return is(prefix[n - 2]!) || is(prefix[n - 1]!); // -er
    return false;
  }

  /** The same for a word given as a string (tests, tools). */
  inflectedWord(word: string): boolean {
    return this.inflected(word, 0, word.length);
  }

  /** Kind of the phrase whose token hashes (h1) combine to `h`; 0 when unknown. */
  phrase(h: number): number {
    return this.#phrases.get(h) ?? 0;
  }
}

/** Combines token hashes into a phrase key. */
export function phraseHash(tokenHashes: readonly number[]): number {
  let h = H1_SEED;
  for (const t of tokenHashes) h = phraseStep(h, t);
  return h;
}

/** Decodes a front-coded list (see scripts/build-gazetteer.mjs): "Aabbot Eey" → ["abbot", "abbey"]. */
export function decodeList(coded: string): string[] {
  const out: string[] = [];
  let prev = '';
  let i = 0;
  while (i < coded.length) {
    const keep = coded.charCodeAt(i) - 65;
    let j = i + 1;
    while (j < coded.length) {
      const c = coded.charCodeAt(j);
      if (c >= 65 && c <= 90) break;
      j++;
    }
    prev = prev.slice(0, keep) + coded.slice(i + 1, j);
    out.push(prev);
    i = j;
  }
  return out;
}


let shared: Lexicon | undefined;

/** The lexicon, built on first use (a few tens of milliseconds). */
export function lexicon(): Lexicon {
  if (shared) return shared;
  initChars();
  const lists: [string, number][] = [
    [FIRST_NAMES, B.First],
    [LAST_NAMES, B.Last],
    [NAME_WORDS, B.NameWord],
    [NEVER_NAMES, B.Never],
    [COMMON_WORDS, B.Word],
  ];
  const placeLists: [string, number, number][] = [
    [PLACES, P.Place, B.Place],
    [MAJOR_PLACES, P.Place | P.Major, B.Place | B.Major],
    [ORGANIZATIONS, P.Org, B.Org],
  ];
  const small: [readonly string[], number][] = [
    [shapes.TITLES, B.Title],
    [shapes.LEGAL_SUFFIXES, B.LegalSuffix | B.OrgSuffix],
    [shapes.LEGAL_WORDS, B.OrgSuffix],
    [shapes.ORG_SUFFIXES, B.OrgSuffix],
    [shapes.ORG_HEADS, B.OrgHead],
    [shapes.PLACE_SUFFIXES, B.PlaceSuffix],
    [shapes.PLACE_HEADS, B.PlaceHead],
    [shapes.PARTICLES, B.Particle],
    [shapes.CONNECTORS, B.Connector],
    [shapes.PLACE_PREPS, B.PlacePrep],
    [shapes.PERSON_PREPS, B.PersonPrep],
    [shapes.CALENDAR, B.Calendar],
    [shapes.DEMONYMS, B.Demonym],
    [shapes.FILLERS, B.Filler],
    [cueEndWords(), B.CueEnd],
    [shapes.HUMAN_VERBS, B.HumanVerb],
    [shapes.POST_NOMINALS, B.PostNominal],
    [shapes.POSSESSIONS, B.Possession],
    [shapes.DETERMINERS, B.Determiner],
    [shapes.STREETS, B.Street],
    [shapes.ORG_PREPS, B.OrgPrep],
  ];
  const decoded = lists.map(([coded, bit]) => [decodeList(coded), bit] as const);
  const decodedPlaces = placeLists.map(([coded, kind, bit]) => [decodeList(coded), kind, bit] as const);
  let total = 0;
  for (const [list] of decoded) total += list.length;
  for (const [list] of decodedPlaces) total += list.length;
  for (const [list] of small) total += list.length;
  const big = new HashTable(total);
  for (const [list, bit] of decoded) for (const x of list) big.insert(hashWord(x), bit);
  for (const [list, bit] of small) for (const x of list) big.insert(hashWord(x), bit);
  const phrases = new Map<number, number>();
  let maxPhrase = 1;
  for (const [list, kind, bit] of decodedPlaces) {
    for (const entry of list) {
      const words = SIMPLE.test(entry) ? [entry] : tokenWords(entry).split(' ');
      if (words.length === 1) {
        if (words[0]) big.insert(hashWord(words[0]), bit);
        continue;
      }
      // "a coruna", "in salah": a phrase may not start with a short function word ("a", "in" start too much)
      if (words[0]!.length <= 2 && big.get(hashWord(words[0]!)) & B.Never) continue;
      big.insert(hashWord(words[0]!), B.Head);
      const h = phraseHash(words.map(hashWord));
      phrases.set(h, (phrases.get(h) ?? 0) | kind);
      if (words.length > maxPhrase) maxPhrase = words.length;
    }
  }
  shared = new Lexicon(big, phrases, maxPhrase);
  return shared;
}

/** The word without leading or trailing apostrophes and hyphens. */
function trimMarks(word: string): string {
  let a = 0;
  let b = word.length;
  while (a < b && (word[a] === "'" || word[a] === '-')) a++;
  while (b > a && (word[b - 1] === "'" || word[b - 1] === '-')) b--;
  return word.slice(a, b);
}

/** An entry that is one plain word. */
const SIMPLE = /^[a-z]+$/;

/**
 * A gazetteer phrase as the tokenizer splits it: words of letters and digits
 * joined by inner apostrophes and hyphens; other characters separate words.
 */
export function tokenWords(phrase: string): string {
  const words = phrase
    .replace(/'s\b/g, ' ')
    .split(/[^\p{L}\p{M}\p{N}'-]+/u)
    .map(trimMarks)
    .filter((p) => p.length > 0);
  // "The Hague" is matched from "Hague": "the" would make every "in the" a phrase start
  if (words.length > 1 && words[0] === 'the') words.shift();
  return words.join(' ');
}
