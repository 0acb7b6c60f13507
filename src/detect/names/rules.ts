/**
 * The decisions: which token spans are PERSON, LOCATION or ORGANIZATION, and
 * how sure we are. Evidence, strongest first:
 *  - a cue ("my name is", "Mr.") followed by a name-like word, any case;
 *  - the shape of a capitalised run: an organisation suffix ("… Inc", "… Hotel"),
 *    a venue suffix ("… Airport"), a gazetteer place or organisation;
 *  - given + family name from the gazetteers ("Priya Raghunathan"), a middle
 *    initial ("Mohmad R. Vizirov"), a directory listing ("Banner Linda L");
 *  - one capitalised known name mid-sentence ("with Amelia");
 *  - in lower-case or all-caps text, gazetteer pairs and places only.
 * Every rule looks at a bounded number of tokens around its position, so the
 * whole pass is linear in the number of tokens.
 */
import type { Finding } from '../../types.js';
import { H1_SEED, phraseStep } from './chars.js';
import { Cue, cueBefore, CONFIRMERS, hashSet } from './cues.js';
import { B } from './bits.js';
import type { Lexicon } from './lexicon.js';
import { ORG_NOUNS, PLACE_CODES, REGION_CODES, SURNAME_ENDINGS } from './shapes.js';
import { Case, F, S, maskOf, partsOf, type Tokens } from './tokens.js';

export interface Wanted {
  person: boolean;
  location: boolean;
  org: boolean;
}

/** What a token was taken as (0: free). */
const enum K {
  Free = 0,
  Person = 1,
  Location = 2,
  Org = 3,
  /** Consumed by a rule without a finding. */
  Done = 4,
}

/** Bits that make a word something other than an unknown (possible) name. */
const KNOWN =
  B.Word | B.Never | B.Calendar | B.Demonym | B.Place | B.Org | B.OrgSuffix | B.PlaceSuffix | B.Title | B.LegalSuffix |
  B.OrgHead | B.PostNominal | B.Street;
const NAME = B.First | B.Last;
const MAX_NAME = 5;
const MAX_RUN = 8;
/** Findings below this are not reported at all (not even with minScore 0). */
const FLOOR = 0.4;

let confirmers: Set<number> | undefined;
let ofHash = 0;
let forHash = 0;
let andHash = 0;
let byHash = 0;
let withHash = 0;
let reachedHash = 0;
let joinedHash = 0;
let callingHash = 0;
let toHash = 0;
let welcomeHash = 0;
let orgNouns: Set<number> | undefined;
let regionCodes: Set<number> | undefined;
let placeCodes: Set<number> | undefined;
let endings: RegExp | undefined;

function init(): void {
  if (confirmers) return;
  confirmers = hashSet(CONFIRMERS);
  [ofHash, forHash, andHash, byHash, withHash] = ['of', 'for', 'and', 'by', 'with'].map((w) => [...hashSet([w])][0]!) as [
    number,
    number,
    number,
    number,
    number,
  ];
  [reachedHash, joinedHash, callingHash, toHash, welcomeHash] = ['reached', 'joined', 'calling', 'to', 'welcome'].map((w) => [...hashSet([w])][0]!) as [
    number,
    number,
    number,
    number,
    number,
  ];
  orgNouns = hashSet(ORG_NOUNS);
  regionCodes = hashSet(REGION_CODES);
  placeCodes = hashSet(PLACE_CODES);
  endings = new RegExp(`(?:${[...new Set(SURNAME_ENDINGS)].join('|')})$`);
}

/**
 * Scans the tokens of one text and appends findings. One instance per
 * recognizer, reused from text to text (`scan` is synchronous).
 */
export class NameScan {
  readonly #lex: Lexicon;
  readonly #want: Wanted;
  #t!: Tokens;
  #text = '';
  #out: Finding[] = [];
  #kind: Uint8Array = new Uint8Array(0);
  /** Per token: 0 not yet known, 1 shaped like a family name, 2 not. */
  #shape: Uint8Array = new Uint8Array(0);
  /** Hashes of name words found with high confidence in this text. */
  #known: Set<number> | undefined;
  #persons = 0;
  /** Most words capitalised (a title, a headline): capitals say little. */
  #titley = false;

  constructor(lex: Lexicon, want: Wanted) {
    init();
    this.#lex = lex;
    this.#want = want;
  }

  scan(text: string, t: Tokens, out: Finding[]): void {
    this.#t = t;
    this.#text = text;
    this.#out = out;
    this.#kind = t.kind;
    this.#shape = t.shape;
    this.#known = undefined;
    this.#persons = 0;
    this.#titley = t.titley;
    this.#run();
    this.#out = NO_FINDINGS;
    this.#text = '';
  }

  #run(): void {
    const t = this.#t;
    const n = t.n;
    if (t.mode === Case.Mixed) {
      // only the tokens the tokenizer flagged can start anything
      let pos = 0;
      for (let e = 0; e < t.ne; e++) {
        const i = t.ev[e]!;
        if (i < pos || this.#kind[i]) continue;
        pos = this.#at(i, true);
      }
    } else {
      // lower-case or all-caps text: only cue ends, legal suffixes and possible names can start a rule
      const kind = this.#kind;
      const masks = t.mask;
      const h1 = t.h1;
      const lex = this.#lex;
      for (let i = 0; i < n; ) {
        const m = masks[i]!;
        if (kind[i] || ((m === -1 || !(m & (B.CueEnd | B.LegalSuffix))) && !lex.maybe(h1[i]!))) i++;
        else i = this.#at(i, false);
      }
    }
    if (this.#want.person && t.listy) this.#lists();
    if (this.#known && this.#want.person) this.#repeats();
  }

  /** Applies the rules at token i; returns the index to continue from. */
  #at(i: number, cased: boolean): number {
    const t = this.#t;
    let next = 0;
    const m = t.mask[i]!;
    if (m !== -1 && m & B.CueEnd && i + 1 < t.n && !this.#kind[i + 1]) next = this.#cue(i + 1);
    if (!next && cased) next = this.#capRun(i);
    if (!next) next = this.#uncased(i, cased);
    return next > i ? next : i + 1;
  }

  // -------------------------------------------------------------------------
  // helpers

  #mask(i: number): number {
    return maskOf(this.#t, this.#lex, i, this.#text);
  }
  /** Lexicon bits of token i (for helpers outside the class). */
  mask(i: number): number {
    return maskOf(this.#t, this.#lex, i, this.#text);
  }
  #flags(i: number): number {
    return this.#t.flags[i]!;
  }
  #isCap(i: number): boolean {
    return (this.#t.flags[i]! & F.Cap) !== 0;
  }
  /** "Jr", "III", "PhD"; "MA" only in capitals (else it is the surname Ma). */
  #postNominal(i: number): boolean {
    const m = this.#mask(i);
    return (m & B.PostNominal) !== 0 && (!(m & NAME) || (this.#flags(i) & F.AllCap) !== 0);
  }
  /** Hyphenated token with a given or family name as a part ("Jean-Baptiste"). */
  #namePart(i: number): boolean {
    return (this.#flags(i) & F.Hyphen) !== 0 && (partsOf(this.#t, this.#lex, this.#text, i).any & NAME) !== 0;
  }
  /** Hyphenated token made of family names only ("Underwood-Brown"). */
  #lastParts(i: number): boolean {
    return (this.#flags(i) & F.Hyphen) !== 0 && partsOf(this.#t, this.#lex, this.#text, i).allLast;
  }
  /** Sentence-initial: after the start, a line break, or a sentence end that is not a title's or an initial's period. */
  #initial(i: number): boolean {
    const s = this.#t.sep[i]!;
    if (s === S.Start || s === S.Newline || s === S.Stop) return true;
    if (s === S.Period) {
      const p = i - 1;
      return !(this.#flags(p) & F.Initial || this.#mask(p) & B.Title);
    }
    if (s === S.Comma) {
      // a quote, bracket or bullet opening a line
      const c = this.#text.charCodeAt(this.#t.start[i]! - 1);
      if (c === 34 || c === 0x201c || c === 40 || c === 62 || c === 42 || c === 45) return lineStartBefore(this.#text, this.#t.start[i]! - 1);
    }
    return false;
  }
  /** Not in any list (a possible rare name), letters only. */
  #unknownWord(i: number): boolean {
    const m = this.#mask(i);
    return (m & KNOWN) === 0 && (m & NAME) === 0 && (this.#flags(i) & F.Digit) === 0;
  }
  #surnameShaped(i: number): boolean {
    const cached = this.#shape[i]!;
    if (cached !== 0) return cached === 1;
    const t = this.#t;
    const len = t.end[i]! - t.start[i]!;
    let yes = false;
    if (len >= 4) {
      const w = this.#text.slice(t.start[i], t.end[i]);
      // McDowell, MacArthur, O'Brien, DeRose
      yes = PREFIXED.test(w) || (len >= 5 && endings!.test(w.toLowerCase()));
    }
    this.#shape[i] = yes ? 1 : 2;
    return yes;
  }
  /**
   * Written like a name: an upper-case letter then lower-case ones (or McDowell, O'Brien), 3-20
   * letters, no letter three times in a row, not glued to "#", "@" or "/" (hashtags, handles).
   * "Avtorhan" yes; "WorkFromHome", "SCREAMINGGG", "iPhone" no.
   */
  #nameShaped(i: number): boolean {
    const t = this.#t;
    const s = t.start[i]!;
    const len = t.end[i]! - s;
    if (len < 3 || len > 20 || t.flags[i]! & (F.Digit | F.AllCap | F.Hyphen)) return false;
    if (s > 0) {
      const before = this.#text.charCodeAt(s - 1);
      if (before === 35 || before === 64 || before === 47 || before === 95) return false;
    }
    const w = this.#text.slice(s, t.end[i]);
    return NAME_SHAPE.test(w) && !TRIPLE.test(w);
  }

  /** Token i-1 has `bit` and sits right before i (space or comma between). */
  #prevIs(i: number, bit: number): boolean {
    if (i === 0) return false;
    const s = this.#t.sep[i]!;
    return (s === S.Space || s === S.Comma) && (this.#mask(i - 1) & bit) !== 0 && this.#kind[i - 1] !== K.Person;
  }
  #prevHash(i: number, h: number): boolean {
    return i > 0 && this.#t.sep[i] === S.Space && this.#t.h1[i - 1] === h;
  }
  #nextIs(b: number, bit: number): boolean {
    const t = this.#t;
    return b + 1 < t.n && t.sep[b + 1] === S.Space && (this.#mask(b + 1) & bit) !== 0;
  }

  #emit(type: string, a: number, b: number, score: number, detector: string, extendDot = false): void {
    const t = this.#t;
    const kind = type === 'PERSON' ? K.Person : type === 'LOCATION' ? K.Location : K.Org;
    for (let k = a; k <= b; k++) this.#kind[k] = kind;
    const want = kind === K.Person ? this.#want.person : kind === K.Location ? this.#want.location : this.#want.org;
    if (!want || score < FLOOR) return;
    let end = t.end[b]!;
    if (extendDot && t.flags[b]! & F.Dot) end++;
    this.#out.push({ type, start: t.start[a]!, end, score: round(score > 0.95 ? 0.95 : score), detector });
  }
  #person(a: number, b: number, score: number, detector: string): void {
    if (score < FLOOR) {
      for (let k = a; k <= b; k++) this.#kind[k] = K.Done;
      return;
    }
    this.#persons++;
    if (score >= 0.8) {
      for (let k = a; k <= b; k++) {
        if (this.#flags(k) & F.Initial) continue;
        const m = this.#mask(k);
        if ((m & NAME || this.#unknownWord(k)) && !(m & (B.Title | B.PostNominal))) (this.#known ??= new Set()).add(this.#t.h1[k]!);
      }
    }
    const last = this.#flags(b);
    this.#emit('PERSON', a, b, score, detector, (last & F.Initial) !== 0 || (this.#mask(b) & (B.PostNominal | B.Title)) !== 0);
  }

  // -------------------------------------------------------------------------
  // cues

  /** A cue right before token i: take the name after it. Returns the next index, or 0. */
  #cue(i: number): number {
    const t = this.#t;
    const kind = cueBefore(t, i, this.#text);
    if (kind === Cue.None) return 0;
    let a = i;
    if (kind === Cue.Strong) {
      // fillers between a strong cue and the name: "my name is uh kwame"
      let k = 0;
      while (a + 1 < t.n && k < 2 && this.#mask(a) & B.Filler && !this.#isCap(a) && t.sep[a + 1] === S.Space) {
        a++;
        k++;
      }
    }
    // a title after the cue: "named Dr. Manuj K. Nangia"
    if (kind !== Cue.Title && this.#mask(a) & B.Title && a + 1 < t.n && this.#isCap(a)) {
      const q = this.#cue(a + 1);
      if (q) return q;
    }
    if (a >= t.n || !this.#firstAfterCue(a, kind)) return 0;
    let b = a;
    while (b + 1 < t.n && b - a + 1 < MAX_NAME && this.#nextAfterCue(b + 1, kind)) b++;
    // a trailing initial with nothing after it stays ("Linda L"), a trailing particle does not
    while (b > a && this.#mask(b) & B.Particle && !this.#isCap(b)) b--;
    const m = this.#mask(a);
    let score: number;
    switch (kind) {
      case Cue.Strong:
      case Cue.Title:
        score = 0.9;
        break;
      case Cue.Medium:
        score = m & NAME ? 0.85 : 0.75;
        break;
      default: {
        // weak: "this is Mark calling" is strong; "hi Sarah" less so
        const after = b + 1 < t.n && t.sep[b + 1] === S.Space ? t.h1[b + 1]! : 0;
        if (after && confirmers!.has(after)) score = 0.85;
        else if (m & B.First && !(m & B.NameWord)) score = b > a ? 0.85 : 0.8;
        else if (b > a && m & NAME) score = 0.8;
        else if (this.#isCap(a) && t.mode === Case.Mixed && !(m & B.NameWord)) score = 0.65;
        else return 0;
      }
    }
    // the title is part of the name: "Mr. Mayers", "Dr Okafor"
    const from = kind === Cue.Title ? i - 1 : a;
    this.#person(from, b, score, kind === Cue.Title ? 'names:title' : 'names:cue');
    return b + 1;
  }

  #firstAfterCue(i: number, kind: Cue): boolean {
    const m = this.#mask(i);
    const fl = this.#flags(i);
    if (fl & (F.Digit | F.Glued)) return false;
    if (m & B.Never && !(m & NAME && kind >= Cue.Strong && fl & F.Cap)) return false;
    if (m & B.Calendar && !(kind >= Cue.Strong && m & NAME)) return false;
    if (m & (B.Title | B.PostNominal)) return false;
    if (m & B.Demonym && !(kind >= Cue.Strong && m & NAME)) return false;
    const cap = (fl & F.Cap) !== 0;
    if (fl & F.Initial) return cap && kind >= Cue.Medium && i + 1 < this.#t.n && this.#isCap(i + 1);
    const unknown = this.#unknownWord(i);
    switch (kind) {
      case Cue.Strong:
        return (m & NAME) !== 0 || unknown || (cap && !(m & B.Never));
      case Cue.Title:
        if (cap) return !(m & B.Never) || (m & NAME) !== 0;
        return (m & NAME && !(m & B.NameWord)) !== 0 || (unknown && this.#surnameShaped(i));
      default:
        return (m & NAME && (cap || !(m & B.NameWord))) !== 0 || (cap && unknown);
    }
  }

  #nextAfterCue(i: number, kind: Cue): boolean {
    const t = this.#t;
    const gap = t.sep[i]!;
    const prevInitial = (t.flags[i - 1]! & F.Initial) !== 0;
    if (!(gap === S.Space || (gap === S.Period && prevInitial))) return false;
    const m = this.#mask(i);
    const fl = this.#flags(i);
    const cap = (fl & F.Cap) !== 0;
    if (cap && this.#postNominal(i)) return true;
    if (fl & F.Initial) return cap;
    if (m & B.Particle && !cap) return this.#particleThenName(i);
    if (fl & F.Digit || m & (B.Never | B.Calendar | B.Demonym | B.Title)) {
      // particles ("de", "van") are fine when a name follows
      return (m & B.Particle) !== 0 && this.#particleThenName(i);
    }
    if (m & B.Last) return cap || !(m & B.NameWord) || kind === Cue.Strong;
    if (m & B.First) return cap || !(m & B.NameWord);
    if (m & B.Particle) return this.#particleThenName(i);
    if (!this.#unknownWord(i)) return kind === Cue.Title && cap && (m & B.Word) !== 0 && !(m & (B.OrgSuffix | B.PlaceSuffix)) && i - 1 > 0 && !this.#isCapAfter(i);
    if (cap) return true;
    return kind === Cue.Strong && t.end[i]! - t.start[i]! >= 3 && t.mode !== Case.Mixed;
  }

  /** After particle i (and maybe a second one) comes a known or capitalised name: "van der Voet", "de la Cruz". */
  #particleThenName(i: number): boolean {
    const t = this.#t;
    let k = i + 1;
    if (k < t.n && t.sep[k] === S.Space && this.#mask(k) & B.Particle && !this.#isCap(k)) k++;
    if (k >= t.n || t.sep[k] !== S.Space) return false;
    return (this.#mask(k) & NAME) !== 0 || (this.#isCap(k) && this.#unknownWord(k));
  }

  /** The token after i is capitalised and right after it. */
  #isCapAfter(i: number): boolean {
    return i + 1 < this.#t.n && this.#t.sep[i + 1] === S.Space && this.#isCap(i + 1);
  }

  // -------------------------------------------------------------------------
  // capitalised runs (mixed-case text)

  /** Token i continues a capitalised run from i-1. */
  #continues(i: number): boolean {
    const t = this.#t;
    if (i >= t.n || this.#kind[i]) return false;
    const gap = t.sep[i]!;
    const okGap =
      gap === S.Space ||
      gap === S.Amp ||
      (gap === S.Period && (t.flags[i - 1]! & F.Initial || this.#mask(i - 1) & (B.Title | B.PlaceHead)) !== 0 && onlyDotSpace(this.#text, t.end[i - 1]!, t.start[i]!));
    if (!okGap) return false;
    if (this.#isCap(i)) return true;
    // lower-case particle(s) or connector between two capitalised words: "Paul van der Voet"
    const m = this.#mask(i);
    if (!(m & (B.Particle | B.Connector)) || i + 1 >= t.n || t.sep[i + 1] !== S.Space || this.#kind[i + 1]) return false;
    if (this.#isCap(i + 1)) return true;
    return (m & B.Particle) !== 0 && (this.#mask(i + 1) & B.Particle) !== 0 && i + 2 < t.n && t.sep[i + 2] === S.Space && this.#isCap(i + 2);
  }

  #capRun(i: number): number {
    if (!this.#isCap(i)) return 0;
    // fast path: a lone capitalised common word opening a sentence ("I", "What", "Sure")
    if (!this.#continues(i + 1) && this.#initial(i)) {
      const m = this.#mask(i);
      if (m & (B.Never | B.Word) && !(m & (NAME | B.Place | B.Org | B.CueEnd))) return i + 1;
    }
    const firm = this.#lawFirm(i);
    if (firm) return firm;
    let b = i;
    while (b + 1 - i < MAX_RUN && this.#continues(b + 1)) b++;
    this.#segment(i, b);
    return b + 1;
  }

  /** "Henderson, Hicks and Brown": three capitalised family names, a comma and "and". */
  #lawFirm(i: number): number {
    const t = this.#t;
    if (i + 3 >= t.n || t.sep[i + 1] !== S.Comma || t.h1[i + 2] !== andHash) return 0;
    const cap = (k: number): boolean => this.#isCap(k) && (this.#mask(k) & B.Last) !== 0 && !(this.#mask(k) & B.Never);
    if (!cap(i) || !cap(i + 1) || !cap(i + 3)) return 0;
    if (this.#text.charCodeAt(t.end[i]!) !== 44 || t.sep[i + 2] !== S.Space || t.sep[i + 3] !== S.Space) return 0;
    this.#emit('ORGANIZATION', i, i + 3, 0.75, 'names:org-firm');
    return i + 4;
  }

  /** Interprets the capitalised run [a, b]. */
  #segment(a0: number, b: number): void {
    const t = this.#t;
    let a = a0;
    // "81 Park Boulevard", "9274 Lake Blvd": a street address is another detector's
    if (this.#addressRun(a, b)) {
      for (let k = a; k <= b; k++) this.#kind[k] = K.Done;
      return;
    }
    // "you've reached Acme", "thank you for calling Acme", "welcome to Acme"
    if (this.#orgBefore(a) && this.#orgLike(a, b)) {
      this.#emit('ORGANIZATION', a, b, 0.65, 'names:org-cue');
      return;
    }
    // leading sentence words: "Thanks", "Hello", "Yes" (but "The Garden Restaurant")
    while (a <= b && this.#mask(a) & B.Never && !(this.#mask(a) & B.Connector) && !(this.#mask(a) & NAME && !this.#initial(a)) && !(this.#mask(a) & B.Head && this.#phraseEnd(a, b) > 0)) a++;
    if (a > b) return;
    // the right-most organisation or venue suffix: "Acme Widgets Inc", "LAX International Airport"
    for (let k = b; k > a; k--) {
      const mk = this.#mask(k);
      if (!(mk & (B.OrgSuffix | B.PlaceSuffix)) || !this.#isCap(k) || !this.#hasContent(a, k - 1) || this.#personPair(a, k)) continue;
      const place = (mk & B.PlaceSuffix) !== 0 && !(mk & B.LegalSuffix);
      if (place) this.#emit('LOCATION', a, k, this.#orgScore(a, k - 1), 'names:place-suffix');
      else this.#emit('ORGANIZATION', a, k, this.#orgScore(a, k - 1), 'names:org-suffix', (mk & B.LegalSuffix) !== 0);
      if (k < b) this.#segment(k + 1, b);
      return;
    }
    // "University of Ghana", "Court of Cassation" (a gazetteer phrase such as "Bank of America" comes first)
    for (let k = a; k + 2 <= b; k++) {
      if (this.#mask(k) & B.OrgHead && (t.h1[k + 1] === ofHash || t.h1[k + 1] === forHash) && this.#isCap(k) && !(this.#mask(k) & B.Head && this.#phraseEnd(k, b) > 0)) {
        if (k > a) this.#segment(a, k - 1);
        let e = k + 2;
        while (e < b && !(t.h1[e + 1] === andHash && this.#isCap(e + 2) && e + 2 <= b && this.#mask(e + 2) & (B.Org | B.Head))) e++;
        this.#emit('ORGANIZATION', k, e, 0.8, 'names:org-head');
        if (e < b) this.#segment(e + 1, b);
        return;
      }
    }
    let p = a;
    while (p <= b) {
      const q = this.#piece(p, b);
      p = q > p ? q : p + 1;
    }
    // after "by" or "with", a capitalised run nothing else claimed: an artist, a practice
    if (!this.#initial(a0) && this.#want.person) this.#agent(a, b);
  }

  /** ", OH" / ", IL" (a region code in capitals) or ", Texas" right after token b. */
  #regionAfter(b: number): boolean {
    const t = this.#t;
    if (b + 1 >= t.n || t.sep[b + 1] !== S.Comma || this.#text.charCodeAt(t.end[b]!) !== 44) return false;
    const k = b + 1;
    if (t.flags[k]! & F.AllCap && t.end[k]! - t.start[k]! === 2 && regionCodes!.has(t.h1[k]!)) return true;
    if (!this.#isCap(k) || !(this.#mask(k) & B.Major)) return false;
    // "Germany, India and Nigeria" is a list, not "Paris, France"
    const after = k + 1 < t.n ? t.sep[k + 1]! : S.Stop;
    return !(after === S.Comma && this.#text.charCodeAt(t.end[k]!) === 44) && !(after === S.Space && t.h1[k + 1] === andHash);
  }

  /** A street word after the first word of the run ("Park Boulevard", "Lake Blvd"). */
  #addressRun(a: number, b: number): boolean {
    for (let k = a + 1; k <= b; k++) if (this.#mask(k) & B.Street && this.#isCap(k) && !(this.#mask(k) & NAME && k < b)) return true;
    return false;
  }

  /** "reached", "for calling", "welcome to" right before token a. */
  #orgBefore(a: number): boolean {
    const t = this.#t;
    if (a === 0 || t.sep[a] !== S.Space) return false;
    const p = a - 1;
    const pm = this.#mask(p);
    if (!(pm & (B.OrgPrep | B.PlacePrep))) return false;
    const h = t.h1[p]!;
    const before = p > 0 && t.sep[p] === S.Space ? t.h1[p - 1]! : 0;
    if (h === reachedHash || h === joinedHash) return true;
    if (h === callingHash) return before === forHash;
    if (h === toHash) return before === welcomeHash;
    return false;
  }

  /** Nothing in [a, b] is a known given name on its own or a place: "Acme", "Acme Telecom". */
  #orgLike(a: number, b: number): boolean {
    for (let k = a; k <= b; k++) {
      const m = this.#mask(k);
      if (m & (B.Calendar | B.Place) || this.#flags(k) & F.Glued) return false;
      if (m & B.First && !(m & B.NameWord) && a === b) return false;
    }
    return true;
  }

  /** "songs by Foster The People", "an appointment with Center For Well Being". */
  #agent(a: number, b: number): void {
    const by = this.#prevHash(a, byHash);
    if (!by && !(this.#prevHash(a, withHash) && b > a)) return;
    for (let k = a; k <= b; k++) if (this.#kind[k] !== K.Free && this.#kind[k] !== K.Done) return;
    let content = false;
    for (let k = a; k <= b; k++) {
      const m = this.#mask(k);
      if (m & (B.Calendar | B.Org | B.Place | B.Demonym) && !(m & NAME)) return;
      if (!(m & (B.Never | B.Connector))) content = true;
    }
    if (!content || this.#numberAround(a, b)) return;
    this.#person(a, b, by ? 0.55 : 0.5, 'names:agent');
  }

  /** Some token in [a, b] is not a function word. */
  #hasContent(a: number, b: number): boolean {
    for (let k = a; k <= b; k++) if (!(this.#mask(k) & (B.Never | B.Connector))) return true;
    return false;
  }

  #orgScore(a: number, b: number): number {
    for (let k = a; k <= b; k++) if (!(this.#mask(k) & (B.Word | B.Never | B.Connector)) || this.#mask(k) & NAME) return 0.85;
    return this.#initial(a) ? 0.55 : 0.7;
  }

  /** [a, b] is "<given name> <family name>" although b is also an organisation or venue word ("Jenny Park"). */
  #personPair(a: number, b: number): boolean {
    return b === a + 1 && (this.#mask(a) & B.First) !== 0 && !(this.#mask(a) & B.NameWord) && (this.#mask(b) & B.Last) !== 0;
  }

  /** Interprets the run from p (within [p, b]); returns the index after what it took. */
  #piece(p: number, b: number): number {
    const t = this.#t;
    const m = this.#mask(p);
    // multi-word gazetteer place or organisation
    if (m & B.Head && p < b) {
      const q = this.#phraseAt(p, b);
      if (q > 0) return q;
    }
    // "San Mateo", "Lake Tahoe", "Fort Worth"
    if (m & B.PlaceHead && p < b && this.#isCap(p + 1) && !(this.#mask(p + 1) & (B.Never | B.Word | B.Street))) {
      let q = p + 1;
      if (q < b && this.#unknownWord(q + 1) && this.#isCap(q + 1)) q++;
      this.#emit('LOCATION', p, q, 0.75, 'names:place-head');
      return q + 1;
    }
    // "LAX", "NYC", "SF": place codes, in capitals only
    if (t.flags[p]! & F.AllCap && placeCodes!.has(t.h1[p]!)) return this.#place(p, p, this.#prevIs(p, B.PlacePrep) ? 0.8 : 0.65, 'names:place-code');
    // "Cutting Linda P", "Bishop Sue A": family name (any word) before "<given> <initial>"
    if (p + 2 <= b && !(m & (B.Never | B.Calendar | B.Title)) && this.#mask(p + 1) & B.First && this.#flags(p + 2) & F.Initial && !(this.#flags(p) & F.Initial)) {
      const q = this.#nameChunk(p + 1, b);
      if (q >= p + 2) {
        this.#person(p, q, 0.8, 'names:directory');
        return q + 1;
      }
    }
    const q = this.#nameChunk(p, b);
    if (q >= p) {
      this.#judgeChunk(p, q);
      return q + 1;
    }
    if (m & B.Place && !(m & B.Demonym) && !(t.flags[p]! & F.Glued)) return this.#place(p, p, this.#placeScore(p), 'names:place');

    if (m & B.Org) {
      this.#emit('ORGANIZATION', p, p, this.#initial(p) && m & B.Word ? 0.5 : 0.75, 'names:org');
      return p + 1;
    }
    // unknown capitalised word after "in/from/to": a place
    if (this.#prevIs(p, B.PlacePrep) && (this.#unknownWord(p) || this.#flags(p) & F.AllCap) && !(t.flags[p]! & (F.Initial | F.Digit))) {
      let q = p;
      while (q < b && q - p < 2 && this.#unknownWord(q + 1) && this.#isCap(q + 1)) q++;
      this.#emit('LOCATION', p, q, 0.6, 'names:place-prep');
      return q + 1;
    }
    return p + 1;
  }

  #placeScore(p: number): number {
    const m = this.#mask(p);
    let s = m & B.Major ? 0.85 : 0.7;
    if (m & (B.Word | B.NameWord)) s -= 0.2;
    if (this.#prevIs(p, B.PlacePrep)) s += 0.1;
    else if (this.#initial(p)) s -= 0.1;
    return s;
  }

  /** End index of the longest gazetteer phrase starting at p within [p, b], or 0. */
  #phraseEnd(p: number, b: number): number {
    const t = this.#t;
    let h = phraseStep(H1_SEED, t.h1[p]!);
    let best = 0;
    const limit = Math.min(b, p + this.#lex.maxPhrase - 1);
    for (let k = p + 1; k <= limit; k++) {
      h = phraseStep(h, t.h1[k]!);
      if (this.#lex.phrase(h)) best = k;
    }
    return best;
  }

  /** Longest gazetteer phrase starting at p within [p, b]; emits it and returns the next index, or 0. */
  #phraseAt(p: number, b: number): number {
    const t = this.#t;
    let h = phraseStep(H1_SEED, t.h1[p]!);
    let best = -1;
    let kind = 0;
    const limit = Math.min(b, p + this.#lex.maxPhrase - 1);
    for (let k = p + 1; k <= limit; k++) {
      h = phraseStep(h, t.h1[k]!);
      const found = this.#lex.phrase(h);
      if (found) {
        best = k;
        kind = found;
      }
    }
    if (best < 0) return 0;
    // "Jordan Taylor" is not a place because "Jordan" is: only whole-phrase matches count
    if (kind & 2 && !(kind & 1)) this.#emit('ORGANIZATION', p, best, 0.85, 'names:org');
    else return this.#place(p, best, kind & 4 ? 0.9 : 0.8, 'names:place');
    return best + 1;
  }

  /**
   * Emits the place [a, b] with what completes it: "Seattle, WA", "London, UK", "Paris, France".
   * Returns the index after it.
   */
  #place(a: number, b: number, score: number, detector: string): number {
    const t = this.#t;
    let end = b;
    if (this.#regionAfter(b) && !this.#kind[b + 1]) {
      end = b + 1;
      // "Washington D.C.", "Sydney, New South Wales"
      if (this.#mask(end) & B.Head && end + 1 < t.n) {
        const q = this.#phraseEnd(end, Math.min(t.n - 1, end + this.#lex.maxPhrase - 1));
        if (q > end) end = q;
      }
      if (score < 0.85) score = 0.85;
    }
    this.#emit('LOCATION', a, end, score, detector);
    return end + 1;
  }

  #nameable(i: number): boolean {
    const m = this.#mask(i);
    const fl = this.#flags(i);
    if (fl & (F.Digit | F.Glued) || m & (B.Demonym | B.Street)) return false;
    if (m & NAME) return !(m & (B.Never | B.Title)) || !this.#initial(i);
    if (this.#namePart(i)) return true;
    if (fl & F.AllCap) return false;
    return this.#unknownWord(i);
  }

  /** End of the name chunk starting at p (≤ b), or p-1 when p cannot start one. */
  #nameChunk(p: number, b: number): number {
    const t = this.#t;
    if (t.flags[p]! & F.Initial) {
      // "J. Smith", "R Kelly": an initial starts a name only before one
      if (!(p < b && this.#nameable(p + 1) && !(t.flags[p + 1]! & F.Initial))) return p - 1;
    } else if (!this.#nameable(p)) return p - 1;
    let q = p;
    while (q < b && q - p + 1 < MAX_NAME) {
      const k = q + 1;
      const m = this.#mask(k);
      if (this.#nameable(k) || (t.flags[k]! & F.Initial && this.#isCap(k))) {
        q = k;
        continue;
      }
      if (m & B.Particle && k < b && this.#nameable(k + 1)) {
        q = k + 1;
        continue;
      }
      if (m & B.Particle && k + 1 < b && this.#mask(k + 1) & B.Particle && this.#nameable(k + 2)) {
        q = k + 2;
        continue;
      }
      if (this.#postNominal(k) && this.#isCap(k) && q >= p) {
        q = k;
        break;
      }
      // a capitalised ordinary word closing "<given> [initial] <Word>": "Taylor Swift", "Ella H. Snider"
      if (onlyInitials(t, p + 1, k) && this.#isCap(k) && m & B.Word && !(m & (B.Never | B.Calendar | B.Demonym | B.OrgSuffix | B.PlaceSuffix)) && this.#mask(p) & B.First && !(this.#mask(p) & B.NameWord) && (k === b || !this.#isCap(k + 1) || this.#mask(k + 1) & B.PostNominal)) {
        q = k;
        if (q < b && this.#postNominal(q + 1) && this.#isCap(q + 1)) q++;
      }
      break;
    }
    return q;
  }

  /** Scores the name chunk [a, b] and emits it. */
  #judgeChunk(a: number, b: number): void {
    const t = this.#t;
    let first = 0;
    let last = 0;
    let unknown = 0;
    let words = 0;
    let core = 0;
    let calendar = 0;
    let midInitial = false;
    let coreIdx = a;
    let firstIdx = -1;
    for (let k = a; k <= b; k++) {
      const m = this.#mask(k);
      const fl = this.#flags(k);
      if (fl & F.Initial) {
        if (k > a && k < b) midInitial = true;
        continue;
      }
      if ((m & B.Particle && !this.#isCap(k)) || this.#postNominal(k)) continue;
      if (core === 0) coreIdx = k;
      core++;
      if (m & B.Calendar) calendar++;
      if (m & B.First) {
        first++;
        if (firstIdx < 0) firstIdx = k;
      }
      if (m & B.Last || (!(m & NAME) && this.#surnameShaped(k))) last++;
      if (!(m & NAME)) {
        if (m & B.Word) words++;
        else if (!this.#surnameShaped(k)) unknown++;
      }
    }
    if (core === 0) return;
    const initial = this.#initial(a);
    const m0 = this.#mask(coreIdx);
    let score = 0;
    if (core === 1 && b === a) {
      // "Columbus, OH", "Springfield, IL": a city in an address line
      if (this.#regionAfter(b)) {
        this.#place(a, b, 0.85, 'names:place');
        return;
      }
      // "Acme customer care", "Acme support": an organisation
      if (this.#unknownWord(a) && b + 1 < t.n && t.sep[b + 1] === S.Space && !this.#isCap(b + 1) && orgNouns!.has(t.h1[b + 1]!)) {
        this.#emit('ORGANIZATION', a, b, 0.6, 'names:org-cue');
        return;
      }
    }
    if (core === 1) {
      const k = coreIdx;
      const m = m0;
      if (m & B.Place && (this.#prevIs(a, B.PlacePrep) || !(m & B.First))) {
        this.#place(a, b, this.#placeScore(k), 'names:place');
        return;
      }
      if (calendar) return;
      const allCap = (this.#flags(k) & F.AllCap) !== 0;
      const titley = this.#titley;
      if (allCap && b === a) return; // "IBAN", "NYC": acronyms
      if (m & B.First && !(m & B.NameWord)) score = initial ? 0.6 : titley ? 0.5 : 0.75;
      else if (m & B.First) score = titley ? 0 : initial ? 0.3 : 0.5;
      else if (m & B.Last) score = m & B.NameWord ? (initial || titley ? 0 : 0.45) : initial ? 0.45 : titley ? 0.4 : 0.6;
      else if (this.#lastParts(k)) {
        if (!this.#prevIs(a, B.PersonPrep)) {
          this.#emit('ORGANIZATION', a, b, initial ? 0.45 : 0.5, 'names:org-shape');
          return;
        }
        score = 0.55;
      } else if (this.#namePart(k)) score = initial ? 0.45 : 0.55;
      else if (this.#surnameShaped(k)) score = initial ? 0.4 : 0.5;
      else if (this.#prevIs(a, B.PlacePrep) && !initial) {
        this.#emit('LOCATION', a, b, 0.6, 'names:place-prep');
        return;
      } else score = titley ? 0 : initial ? 0.3 : this.#nameShaped(k) ? 0.5 : 0.35;
      if (score > 0 && b > a) score += 0.1; // with an initial: "J. Smith", "Linda L"
      // "a Park", "the General", "Article 32", "45 Park Lane", "Criminal Justice": not a person
      const plainName = (m & NAME) !== 0 && !(m & B.NameWord);
      if (b === a && ((this.#prevIs(a, B.Determiner) && !plainName) || this.#numberAround(a, b) || this.#besideWord(a))) return;
      // a sentence opened by the name and a comma: "Mimount, can I please speak to your boss?"
      if (score > 0 && initial && b + 1 < this.#t.n && this.#text.charCodeAt(this.#t.end[b]!) === 44) score += 0.15;
    } else {
      const f0 = (m0 & B.First) !== 0 && !(m0 & B.Calendar && !(this.#mask(b) & B.Last));
      const tailInitial = (this.#flags(b) & F.Initial) !== 0 && core >= 2 && words === 0;
      if ((midInitial || tailInitial) && core >= 2) score = 0.85; // "Mohmad R. Vizirov", "Barskyex Bryna G"
      else if (f0) {
        if (first + last >= 2) score = m0 & B.NameWord ? 0.85 : 0.9;
        else if (unknown > 0) score = m0 & B.NameWord ? 0.7 : 0.85;
        else score = m0 & B.NameWord ? 0.5 : initial ? 0.6 : 0.75; // "<given> <Word>"
      } else if (first > 0 && firstIdx > coreIdx) {
        const mf = this.#mask(firstIdx);
        score = mf & B.NameWord ? (unknown + last > 0 && !initial ? 0.6 : 0.45) : 0.8; // "Burdge Sarah"
      } else if (last >= 2) score = 0.75;
      else if (last + unknown >= 2 && last > 0) score = initial ? 0.55 : 0.65;
      else if (unknown >= 2) score = initial ? 0.35 : 0.45;
      if (words > 0 && score > 0.5 && !midInitial) score -= 0.1 * words;
      if (calendar && first + last - calendar < 1) score = 0;
      // every word also an ordinary word: "Princess Royal", "Rose Light", "Will Chase"
      if (score > 0.5 && allNameWords(this, a, b)) score = initial || this.#titley ? 0.4 : 0.5;
    }
    if (score <= 0) return;
    score += this.#context(a, b, initial);
    this.#person(a, b, score, 'names:gazetteer');
  }

  /** A number right before or after [a, b]: an address ("45 Park Lane") or a reference ("Article 32"). */
  #numberAround(a: number, b: number): boolean {
    const t = this.#t;
    if (a > 0 && t.sep[a] === S.Space && t.flags[a - 1]! & F.Digit) return true;
    return b + 1 < t.n && t.sep[b + 1] === S.Space && (t.flags[b + 1]! & F.Digit) !== 0;
  }

  /** Token a sits next to a capitalised ordinary word of the same run ("Criminal Justice", "Directorate General"). */
  #besideWord(a: number): boolean {
    const t = this.#t;
    const plain = (k: number): boolean => this.#isCap(k) && !(this.#flags(k) & F.Initial) && (this.#mask(k) & (B.Word | NAME)) === B.Word;
    if (a > 0 && t.sep[a] === S.Space && plain(a - 1)) return true;
    return a + 1 < t.n && t.sep[a + 1] === S.Space && plain(a + 1);
  }

  /** Score adjustment from the words around a name chunk. */
  #context(a: number, b: number, initial: boolean): number {
    const t = this.#t;
    let s = 0;
    if (this.#prevIs(a, B.PersonPrep) || this.#prevIs(a, B.Title)) s += 0.2;
    if (this.#nextIs(b, B.HumanVerb)) s += 0.2;
    // a whole text or line that is only the name: an answer, a signature, an address block
    const whole = (a === 0 || t.sep[a] === S.Newline) && (b === t.n - 1 || t.sep[b + 1] === S.Newline);
    if (whole) s += 0.15;
    else s += this.#after(a, b, initial);
    return s;
  }

  /** Evidence right after a name: a speaker's colon, a possessive before a personal noun. */
  #after(a: number, b: number, initial: boolean): number {
    const t = this.#t;
    if (b + 1 >= t.n) return 0;
    const from = t.end[b]!;
    const c = this.#text.charCodeAt(from);
    if (c === 58) {
      // "Brodie: \"Who are you?\"", "Halldór: What a wife."
      const quoted = isQuote(this.#text.charCodeAt(from + 1)) || (this.#text.charCodeAt(from + 1) === 32 && isQuote(this.#text.charCodeAt(from + 2)));
      if (quoted) return 0.25;
      if (initial && this.#mask(a) & NAME) return 0.2;
      return 0;
    }
    // "Tihomila's address", "John's account"
    if (this.#flags(b) & F.Poss && this.#mask(b + 1) & B.Possession) return 0.25;
    return 0;
  }

  // -------------------------------------------------------------------------
  // lower-case and all-caps text; lower-case words in mixed text

  #uncased(i: number, cased: boolean): number {
    const t = this.#t;
    // in mixed-case text only a few lower-case words matter, all in the small table
    if (cased) {
      if (this.#isCap(i)) return 0;
      const sm = t.mask[i]!;
      if (sm !== -1 && sm & B.LegalSuffix) return this.#lowerOrg(i);
      const prev = i > 0 ? t.mask[i - 1]! : 0;
      if (prev === -1 || !(prev & (B.PlacePrep | B.PersonPrep))) return 0;
      // "to the", "with my": a function word after the preposition is never a name or a place
      if (sm !== -1 && sm & (B.Never | B.Calendar)) return 0;
    }
    // every rule below starts at a given name, a place, a phrase head or an organisation
    if (!this.#lex.maybe(t.h1[i]!) || t.flags[i]! & F.Glued) return 0;
    if (!cased) {
      const q = this.#legalAhead(i);
      if (q) return q;
    }
    const m = this.#mask(i);
    if (m === 0) return 0;
    if (m & B.LegalSuffix) {
      const q = this.#lowerOrg(i);
      if (q) return q;
    }
    if (m & B.Head && i + 1 < t.n) {
      const q = this.#lowerPhrase(i);
      if (q > 0) return q;
    }
    if (m & B.Place && !(m & (B.Word | B.NameWord | B.Demonym))) {
      const prep = this.#prevIs(i, B.PlacePrep);
      if (prep || (!cased && m & B.Major && !(m & NAME))) {
        this.#emit('LOCATION', i, i, prep ? 0.7 : 0.55, 'names:place');
        return i + 1;
      }
    }
    // a known given name after "with", "by", "thanks": "share the location with albert"
    if (cased) {
      if (m & B.First && !(m & (B.NameWord | B.Word | B.Never | B.Calendar | B.Place)) && this.#prevIs(i, B.PersonPrep)) {
        let b = i;
        if (b + 1 < t.n && t.sep[b + 1] === S.Space && !this.#isCap(b + 1) && this.#mask(b + 1) & B.Last && !(this.#mask(b + 1) & (B.Word | B.NameWord | B.Never))) b++;
        this.#person(i, b, 0.6, 'names:gazetteer');
        return b + 1;
      }
      return 0;
    }
    if (m & B.Org && !(m & (B.Word | B.NameWord))) {
      this.#emit('ORGANIZATION', i, i, 0.6, 'names:org');
      return i + 1;
    }
    // given + family name pair: "kwame mensah", "JOHN SMITH", "olga krylova", "bertram m. jørgensen"
    if (m & B.First && !(m & (B.NameWord | B.Word | B.Never | B.Calendar)) && i + 1 < t.n && t.sep[i + 1] === S.Space) {
      let j = i + 1;
      if (t.flags[j]! & F.Initial && j + 1 < t.n && (t.sep[j + 1] === S.Space || t.sep[j + 1] === S.Period)) j++;
      const m2 = this.#mask(j);
      const upper = t.mode === Case.Upper;
      let score = 0;
      if (m2 & NAME && !(m2 & (B.Never | B.Calendar)) && (upper || !(m2 & (B.Word | B.NameWord)) || m2 & B.Last)) score = 0.6;
      else if (this.#unknownWord(j) && t.end[j]! - t.start[j]! >= 3) score = this.#surnameShaped(j) ? 0.6 : 0.55;
      if (score > 0) {
        let b = j;
        if (b + 1 < t.n && t.sep[b + 1] === S.Space && this.#mask(b + 1) & B.Last && !(this.#mask(b + 1) & (B.Word | B.NameWord | B.Never))) b++;
        if (this.#prevIs(i, B.PersonPrep) || this.#nextIs(b, B.HumanVerb)) score += 0.15;
        this.#person(i, b, score, 'names:gazetteer');
        return b + 1;
      }
    }
    // one known given name with a person's context: "said william to christina", "carol:\"i'm …\"", "ross, can i …"
    if (m & B.First && !(m & (B.NameWord | B.Word | B.Never | B.Calendar | B.Place))) {
      let score = 0;
      if (this.#prevIs(i, B.PersonPrep)) score = 0.6;
      else if (this.#nextIs(i, B.HumanVerb) || this.#prevIs(i, B.PlacePrep)) score = 0.55;
      else {
        const after = this.#after(i, i, this.#initial(i));
        if (after > 0) score = 0.4 + after;
        else if (this.#initial(i) && this.#text.charCodeAt(t.end[i]!) === 44) score = 0.55;
      }
      if (score > 0) {
        this.#person(i, i, score, 'names:gazetteer');
        return i + 1;
      }
    }
    if (t.mode === Case.Upper && m & B.Place && !(m & (B.Word | B.NameWord | B.Demonym | NAME))) {
      this.#emit('LOCATION', i, i, 0.55, 'names:place');
      return i + 1;
    }
    return 0;
  }

  /** A lower-case legal suffix within the next three words: "stillwater supercomputing inc." taken from its start. */
  #legalAhead(i: number): number {
    const t = this.#t;
    for (let k = i + 1; k < t.n && k <= i + 3; k++) {
      if (t.sep[k] !== S.Space) return 0;
      const sm = t.mask[k]!;
      if (sm === -1) continue;
      if (sm & B.LegalSuffix) {
        if (this.#isCap(k)) return 0;
        for (let j = i; j < k; j++) if (this.#mask(j) & (B.Never | B.PlacePrep | B.PersonPrep) || t.flags[j]! & F.Digit) return 0;
        this.#emit('ORGANIZATION', i, k, 0.6, 'names:org-suffix', true);
        return k + 1;
      }
      if (sm & (B.Never | B.PlacePrep | B.PersonPrep)) return 0;
    }
    return 0;
  }

  /** A legal suffix closing a lower-case organisation: "stillwater supercomputing inc." */
  #lowerOrg(i: number): number {
    const t = this.#t;
    if (i === 0 || t.sep[i] !== S.Space || this.#isCap(i)) return 0;
    let a = i;
    while (a > 0 && i - a < 3 && t.sep[a] === S.Space && !this.#kind[a - 1] && !(this.#mask(a - 1) & (B.Never | B.PlacePrep | B.PersonPrep)) && !(t.flags[a - 1]! & F.Digit)) a--;
    if (a === i) return 0;
    this.#emit('ORGANIZATION', a, i, 0.6, 'names:org-suffix', true);
    return i + 1;
  }

  /** A multi-word place or organisation in lower case: "san francisco", "new york". */
  #lowerPhrase(p: number): number {
    const t = this.#t;
    let h = phraseStep(H1_SEED, t.h1[p]!);
    let best = -1;
    let kind = 0;
    const limit = Math.min(t.n - 1, p + this.#lex.maxPhrase - 1);
    for (let k = p + 1; k <= limit; k++) {
      if (t.sep[k] !== S.Space && t.sep[k] !== S.Period && t.sep[k] !== S.Amp) break;
      h = phraseStep(h, t.h1[k]!);
      const found = this.#lex.phrase(h);
      if (found) {
        best = k;
        kind = found;
      }
    }
    if (best < 0) return 0;
    let allWords = true;
    for (let k = p; k <= best; k++) if (!(this.#mask(k) & (B.Word | B.Never | B.NameWord))) allWords = false;
    const prep = this.#prevIs(p, B.PlacePrep);
    if (allWords && !prep) return 0;
    if (kind & 2 && !(kind & 1)) this.#emit('ORGANIZATION', p, best, 0.6, 'names:org');
    else this.#emit('LOCATION', p, best, prep ? 0.8 : 0.7, 'names:place');
    return best + 1;
  }

  // -------------------------------------------------------------------------
  // second passes

  /**
   * Lists of names: "They had 6: Efimiya, Mary, Ariana and Jodi", "founders: bulgakov, ali and howard",
   * "Lamovec and Morales were precision engineers". Items are single words separated by commas, the
   * last one by "and"; when most are known names, the others are names too.
   */
  #lists(): void {
    const t = this.#t;
    const cased = t.mode === Case.Mixed;
    let i = 0;
    let e = 0;
    while (i < t.n) {
      if (cased) {
        // in mixed-case text a list of names starts with a capitalised word: start only at those
        while (e < t.ne && (t.ev[e]! < i || !this.#isCap(t.ev[e]!))) e++;
        if (e === t.ne) return;
        i = t.ev[e]!;
      }
      let j = i;
      let items = 1;
      let and = false;
      while (j + 1 < t.n) {
        if (t.sep[j + 1] === S.Comma && this.#text.charCodeAt(t.end[j]!) === 44 && !(this.#flags(j + 1) & F.Digit)) {
          j++;
          items++;
        } else if (j + 2 < t.n && t.h1[j + 1] === andHash && t.sep[j + 1] === S.Space && t.sep[j + 2] === S.Space) {
          j += 2;
          items++;
          and = true;
          break;
        } else break;
      }
      if (items >= 3 || (items === 2 && and)) this.#listItems(i, j, items);
      i = j + 1;
    }
  }

  #listItems(a: number, b: number, items: number): void {
    const t = this.#t;
    const cased = t.mode === Case.Mixed;
    let named = 0;
    let persons = 0;
    let places = 0;
    for (let k = a; k <= b; k++) {
      if (t.h1[k] === andHash) continue;
      const m = this.#mask(k);
      if (this.#kind[k] === K.Person) persons++;
      if ((m & B.Place && !(m & B.First)) || this.#kind[k] === K.Location || this.#kind[k] === K.Org) places++;
      else if ((m & NAME || (items === 2 && this.#surnameShaped(k))) && (cased ? this.#isCap(k) : !(m & (B.Word | B.NameWord | B.Never)))) named++;
    }
    const enough = items >= 3 ? named + persons >= 2 && named + persons > places : persons >= 1 || named >= 2;
    if (!enough) return;
    // "ding, ding, ding" is not a list of names
    const distinct = new Set<number>();
    for (let k = a; k <= b; k++) if (t.h1[k] !== andHash) distinct.add(t.h1[k]!);
    if (distinct.size < 2) return;
    const strong = named + persons >= 3 && distinct.size >= 3;
    for (let k = a; k <= b; k++) {
      if (t.h1[k] === andHash || this.#kind[k] === K.Org) continue;
      if (this.#kind[k] === K.Location && !(strong && this.#mask(k) & B.First)) continue;
      if (this.#kind[k] === K.Person || this.#kind[k] === K.Location) {
        if (this.#kind[k] === K.Location) this.#retype(k);
        this.#raise(k, 0.6);
        continue;
      }
      const m = this.#mask(k);
      if (m & (B.Never | B.Demonym) || this.#flags(k) & (F.Digit | F.AllCap)) continue;
      if (m & B.Place && !(strong && m & B.First)) continue;
      // in a long list of names even "Mark", "April" and "Chad" are names
      if (m & (B.Calendar | B.NameWord) && !(strong && m & B.First)) continue;
      const nameLike = m & NAME || this.#unknownWord(k) || this.#surnameShaped(k);
      if (cased ? this.#isCap(k) && nameLike : nameLike && !(m & B.Word && !(strong && m & B.First))) this.#person(k, k, 0.6, 'names:list');
    }
  }

  /** The LOCATION finding of token k (a list item "chad") becomes a PERSON one. */
  #retype(k: number): void {
    const at = this.#t.start[k]!;
    for (let j = this.#out.length - 1; j >= 0; j--) {
      const f = this.#out[j]!;
      if (f.start === at && f.type === 'LOCATION' && f.end === this.#t.end[k]) {
        if (this.#want.person) {
          f.type = 'PERSON';
          f.detector = 'names:list';
        } else this.#out.splice(j, 1);
        break;
      }
    }
    this.#kind[k] = K.Person;
  }

  /** Raises the score of the PERSON finding that covers token k to at least `score`. */
  #raise(k: number, score: number): void {
    const at = this.#t.start[k]!;
    for (let j = this.#out.length - 1; j >= 0; j--) {
      const f = this.#out[j]!;
      if (f.type === 'PERSON' && f.start <= at && f.end > at) {
        if (f.score < score) f.score = score;
        return;
      }
    }
    // below the floor it was never reported: report it now
    if (this.#want.person) this.#person(k, k, score, 'names:list');
  }

  /** "Priya Raghunathan … thanks Priya": later mentions of a name already found. */
  #repeats(): void {
    const t = this.#t;
    const cased = t.mode === Case.Mixed;
    const count = cased ? t.ne : t.n;
    for (let e = 0; e < count; e++) {
      const i = cased ? t.ev[e]! : e;
      // in mixed-case text only a capitalised mention counts (checked below too): skip the set look-up
      if (this.#kind[i] || (cased && !this.#isCap(i)) || !this.#known!.has(t.h1[i]!)) continue;
      const m = this.#mask(i);
      if (m & (B.Never | B.Calendar)) continue;
      if (!this.#isCap(i) && (t.mode === Case.Mixed || m & (B.Word | B.NameWord))) continue;
      this.#person(i, i, 0.8, 'names:repeat');
    }
  }
}

/** Placeholder output between scans (never written to). */
const NO_FINDINGS: Finding[] = [];

const NAME_SHAPE = /^(?:Mc|Mac|O['’]|D['’])?\p{Lu}[\p{Ll}\p{M}'’]{2,19}$/u;
const TRIPLE = /(\p{L})\1\1/u;

const PREFIXED = /^(?:Mc|Mac|O'|O’|De|Di|La|Le|Van|Von)\p{Lu}\p{Ll}/u;

/** Tokens [from, to) are all initials (true when empty). */
function onlyInitials(t: Tokens, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (!(t.flags[k]! & F.Initial)) return false;
  return true;
}

function onlyDotSpace(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 46 && c !== 32 && c !== 9) return false;
  }
  return true;
}

function isQuote(c: number): boolean {
  return c === 34 || c === 92 || c === 0x201c || c === 0x201d || c === 39;
}

/** Only spaces and bullet characters between the previous line break (or the start) and i. */
function lineStartBefore(text: string, i: number): boolean {
  for (let k = i - 1; k >= 0 && k > i - 8; k--) {
    const c = text.charCodeAt(k);
    if (c === 10 || c === 13) return true;
    if (c !== 32 && c !== 9 && c !== 62 && c !== 63 && c !== 45 && c !== 42) return false;
  }
  return i < 8;
}

/** Every core word of [a, b] is also an ordinary word. */
function allNameWords(scan: { mask(i: number): number }, a: number, b: number): boolean {
  for (let k = a; k <= b; k++) {
    const m = scan.mask(k);
    if (m & (B.Particle | B.PostNominal)) continue;
    if (!(m & (B.NameWord | B.Word))) return false;
  }
  return true;
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}
