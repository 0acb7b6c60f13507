import type { Finding } from '../types.js';
import { DIGIT_WORDS, FILLERS, MULTIPLIERS, TEENS, TENS } from '../detect/spoken/words.js';
import { normaliseKey } from './hints.js';

/**
 * Numbers split across turns of a transcript. Callers read a card or phone
 * number in pieces ("4111 1111" … agent: "mhm" … "1111 1111"); each piece alone
 * is no entity. For consecutive parts of one speaker, the trailing number of
 * a part and the leading number of the next are joined (with a space, or with
 * the first part's dash or dot when it is written "536-22") into one
 * virtual text, the analyzer runs on it, and each finding that spans a joint is
 * reported on every turn for its own part (detector `split-turns`).
 *
 * The window, kept small so that only a dictated number joins:
 *  - at most {@link SPLIT_WINDOW.maxParts} parts (turns of the same speaker);
 *  - between two parts, at most {@link SPLIT_WINDOW.maxInterjections} turns of other speakers, each at most
 *    {@link SPLIT_WINDOW.maxInterjectionWords} words and without a digit ("mhm", "okay", "go ahead", "and the rest?");
 *  - each part at most {@link SPLIT_WINDOW.maxPartChars} characters; a middle part (of three) holds only a number;
 *  - up to {@link SPLIT_WINDOW.contextChars} characters before the first part's number go along as context
 *    ("my card number is …"), so context words still raise scores.
 * Cheap when there is nothing to join: a turn is looked at further only when it ends with a digit or a
 * number word and a later same-speaker turn in the window starts with one.
 */
export const SPLIT_WINDOW = {
  maxParts: 3,
  maxInterjections: 2,
  maxInterjectionWords: 4,
  maxPartChars: 120,
  contextChars: 48,
} as const;

/** Keys of a transcript's turn array, a turn's speaker and its text (compared normalised, as key hints are). */
const ARRAY_KEYS: ReadonlySet<string> = new Set(['turns', 'utterances', 'messages']);
const SPEAKER_KEYS: readonly string[] = ['speaker', 'role', 'participant'];
const TEXT_KEYS: readonly string[] = ['text', 'content', 'transcript'];

/** Words a later part may start with before its number ("and 1111", "okay so 0132"). */
const LEAD_WORDS: ReadonlySet<string> = new Set(['and', 'then', 'so', 'okay', 'ok', 'yeah', 'yes', 'its', "it's", 'uh', 'um', 'er', 'ah']);
/** Spoken separators inside a number. */
const SEP_WORDS: ReadonlySet<string> = new Set(['dash', 'hyphen']);

/** One turn of a transcript: its object, speaker and the key and value of its text. */
export interface Turn {
  readonly obj: object;
  readonly speaker: string;
  readonly textKey: string;
  readonly text: string;
}

/** Extra findings for turn objects, by object and text key. */
export type SplitFindings = Map<object, { key: string; findings: Finding[] }>;

/** True when `key` names a transcript's turn array (`turns`, `utterances`, `messages`, any case). */
export function isTurnArrayKey(key: string): boolean {
  let v = turnKeyCache.get(key);
  if (v === undefined) {
    v = ARRAY_KEYS.has(normaliseKey(key));
    if (turnKeyCache.size < 10_000) turnKeyCache.set(key, v);
  }
  return v;
}
/** isTurnArrayKey per key as written (key names repeat in every record). */
const turnKeyCache = new Map<string, boolean>();

function otherKey(obj: Record<string, unknown>, names: readonly string[]): string | undefined {
  for (const k of Object.keys(obj)) if (names.includes(normaliseKey(k))) return k;
  return undefined;
}

/** The key of a turn's speaker: the first of SPEAKER_KEYS it has (own or inherited), else a key normalising to one. */
function speakerKey(o: Record<string, unknown>): string | undefined {
  if ('speaker' in o) return 'speaker';
  if ('role' in o) return 'role';
  if ('participant' in o) return 'participant';
  return otherKey(o, SPEAKER_KEYS);
}

/** The key of a turn's text, as speakerKey with TEXT_KEYS. */
function textKey(o: Record<string, unknown>): string | undefined {
  if ('text' in o) return 'text';
  if ('content' in o) return 'content';
  if ('transcript' in o) return 'transcript';
  return otherKey(o, TEXT_KEYS);
}

/** An array element as a turn: an object with a speaker (string or number) and a string text; else undefined. */
function readTurn(v: unknown): Turn | undefined {
  if (v === null || typeof v !== 'object' || Array.isArray(v)) return undefined;
  const o = v as Record<string, unknown>;
  const sk = speakerKey(o);
  const tk = textKey(o);
  if (sk === undefined || tk === undefined) return undefined;
  const sp = o[sk];
  const text = o[tk];
  if ((typeof sp !== 'string' && typeof sp !== 'number') || typeof text !== 'string') return undefined;
  return { obj: v, speaker: String(sp), textKey: tk, text };
}

/** The text of an array element that may be a turn (the checks of readTurn on the text alone), else undefined. */
function turnText(v: unknown): string | undefined {
  if (v === null || typeof v !== 'object' || Array.isArray(v)) return undefined;
  const o = v as Record<string, unknown>;
  const tk = textKey(o);
  if (tk === undefined) return undefined;
  const text = o[tk];
  return typeof text === 'string' ? text : undefined;
}

/** The turns of an array (undefined where an element is not a turn with a speaker and a string text). */
export function readTurns(arr: readonly unknown[]): (Turn | undefined)[] {
  const out: (Turn | undefined)[] = new Array(arr.length);
  for (let i = 0; i < arr.length; i++) out[i] = readTurn(arr[i]);
  return out;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
function isLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 39 || c === 0x2019;
}
/** Characters allowed between the tokens of a number: spaces and written separators. */
function isNumberPunct(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 45 || c === 46 || c === 40 || c === 41 || c === 47 || c === 44;
}
/** Closing characters after a number at the end of a turn. */
function isTrailing(c: number): boolean {
  return isNumberPunct(c) || c === 33 || c === 63 || c === 59 || c === 58 || c === 34 || c === 0x2026;
}

/** The (lower-case) words that are numbers: the keys of the spoken vocabularies, `hundred` and `thousand`. */
const NUMBER_WORDS: ReadonlySet<string> = new Set([
  ...Object.keys(DIGIT_WORDS), ...Object.keys(TEENS), ...Object.keys(TENS), ...Object.keys(MULTIPLIERS),
  'hundred', 'thousand',
]);
/** No number, filler or separator word is longer. */
const LONGEST_WORD = Math.max(...[...NUMBER_WORDS, ...FILLERS, ...SEP_WORDS].map((w) => w.length));
/** Per word length, the first letters (bit c - 'a') of the number, filler and separator words that long: most words are ruled out without a slice. */
const FIRST_LETTERS: Int32Array = (() => {
  const t = new Int32Array(LONGEST_WORD + 1);
  for (const w of [...NUMBER_WORDS, ...FILLERS, ...SEP_WORDS]) {
    const c = w.charCodeAt(0) - 97;
    if (c < 0 || c > 25) throw new Error(`number word ${w} must start with a-z`);
    t[w.length]! |= 1 << c;
  }
  return t;
})();

function isNumberWord(w: string): boolean {
  return NUMBER_WORDS.has(w);
}

type Kind = 'num' | 'inner' | 'other';

/** What a word or digit run is inside a number: a number (`num`), allowed inside one (`inner`), or neither. */
function kindOf(text: string, s: number, e: number): Kind {
  if (isDigit(text.charCodeAt(s))) return 'num';
  // a longer word is none of them (lower-casing does not change the length of these letters)
  if (e - s > LONGEST_WORD) return 'other';
  const c = text.charCodeAt(s) | 32; // lower-case for A-Z; an apostrophe (0x27, 0x2019) stays out of a-z
  if (c < 97 || c > 122 || (FIRST_LETTERS[e - s]! & (1 << (c - 97))) === 0) return 'other';
  const w = text.slice(s, e).toLowerCase();
  if (isNumberWord(w)) return 'num';
  return FILLERS.has(w) || SEP_WORDS.has(w) ? 'inner' : 'other';
}

/** End of the token (digit run or word) starting at i. */
function tokenEnd(text: string, i: number): number {
  const digit = isDigit(text.charCodeAt(i));
  let j = i + 1;
  while (j < text.length && (digit ? isDigit(text.charCodeAt(j)) : isLetter(text.charCodeAt(j)))) j++;
  return j;
}

/** Start of the token (digit run or word) ending at e. */
function tokenStart(text: string, e: number): number {
  const digit = isDigit(text.charCodeAt(e - 1));
  let j = e - 1;
  while (j > 0 && (digit ? isDigit(text.charCodeAt(j - 1)) : isLetter(text.charCodeAt(j - 1)))) j--;
  return j;
}

/** The number a turn ends with (written or spoken): [start, end), or undefined. */
export function numericTail(text: string): [number, number] | undefined {
  let e = text.length;
  while (e > 0 && isTrailing(text.charCodeAt(e - 1))) e--;
  if (e === 0) return undefined;
  const c = text.charCodeAt(e - 1);
  if (!isDigit(c) && !isLetter(c)) return undefined;
  let s = tokenStart(text, e);
  if (kindOf(text, s, e) !== 'num') return undefined;
  let start = s;
  for (;;) {
    let p = s;
    while (p > 0 && isNumberPunct(text.charCodeAt(p - 1))) p--;
    if (p === 0) break;
    const pc = text.charCodeAt(p - 1);
    if (!isDigit(pc) && !isLetter(pc)) break;
    const ts = tokenStart(text, p);
    const k = kindOf(text, ts, p);
    if (k === 'other') break;
    if (k === 'num') start = ts;
    s = ts;
  }
  return [start, e];
}

/** The number a turn starts with, after spaces, punctuation and up to two lead words ("and", "okay"): [start, end), or undefined. */
export function numericHead(text: string): [number, number] | undefined {
  const n = text.length;
  let i = 0;
  let leads = 0;
  for (;;) {
    while (i < n && !isDigit(text.charCodeAt(i)) && !isLetter(text.charCodeAt(i))) i++;
    if (i >= n) return undefined;
    const j = tokenEnd(text, i);
    if (kindOf(text, i, j) === 'num') break;
    if (leads >= 2 || !LEAD_WORDS.has(text.slice(i, j).toLowerCase().replace('\u2019', "'"))) return undefined;
    leads++;
    i = j;
  }
  const start = i;
  let end = i;
  let p = i;
  while (p < n) {
    const j = tokenEnd(text, p);
    const k = kindOf(text, p, j);
    if (k === 'other') break;
    if (k === 'num') end = j;
    let q = j;
    while (q < n && isNumberPunct(text.charCodeAt(q))) q++;
    if (q >= n) break;
    const c = text.charCodeAt(q);
    if (!isDigit(c) && !isLetter(c)) break;
    p = q;
  }
  return [start, end];
}

/** True when the text holds nothing but the number `head` (and lead words, spaces, closing punctuation). */
function onlyNumber(text: string, head: [number, number]): boolean {
  for (let i = head[1]; i < text.length; i++) if (!isTrailing(text.charCodeAt(i))) return false;
  return true;
}

/** The number of words in text, counted up to `cap` (a longer text gives cap). */
function wordCount(text: string, cap: number): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const sp = text.charCodeAt(i) <= 32;
    if (!sp && !inWord && ++n >= cap) return cap;
    inWord = !sp;
  }
  return n;
}

function hasDigit(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (isDigit(text.charCodeAt(i))) return true;
  return false;
}

/** A short digit-free turn of the other side: "mhm", "okay", "go ahead", "and the rest?". */
export function isInterjection(text: string): boolean {
  return wordCount(text, SPLIT_WINDOW.maxInterjectionWords + 1) <= SPLIT_WINDOW.maxInterjectionWords && !hasDigit(text);
}

/** The next turn of `speaker` after index i with only interjections between (read from `arr`), or undefined. */
function nextPart(arr: readonly unknown[], i: number, speaker: string): { turn: Turn; at: number } | undefined {
  let between = 0;
  for (let j = i + 1; j < arr.length; j++) {
    const t = readTurn(arr[j]);
    if (!t) return undefined;
    if (t.speaker === speaker) return { turn: t, at: j };
    if (++between > SPLIT_WINDOW.maxInterjections || !isInterjection(t.text)) return undefined;
  }
  return undefined;
}

/** One stretch of a turn's text inside the virtual text. */
interface Segment {
  turn: Turn;
  /** Start in the turn's text. */
  from: number;
  /** Start in the virtual text. */
  at: number;
  len: number;
}

/** Start of the context before `start`: up to contextChars back, moved forward to a word start. */
function contextStart(text: string, start: number): number {
  let s = start - SPLIT_WINDOW.contextChars;
  if (s <= 0) return 0;
  while (s < start && text.charCodeAt(s - 1) > 32) s++;
  return s;
}

/**
 * The character between two joined parts: a space, or the written separator of the first part when
 * both sides are written digits and it uses only one kind ("536-22" + "1479" → "536-22-1479").
 */
function joint(a: { turn: Turn; span: [number, number] }, b: { turn: Turn; span: [number, number] }): string {
  if (!isDigit(b.turn.text.charCodeAt(b.span[0])) || !isDigit(a.turn.text.charCodeAt(a.span[1] - 1))) return ' ';
  let sep = -1;
  for (let i = a.span[0]; i < a.span[1]; i++) {
    const c = a.turn.text.charCodeAt(i);
    if (isDigit(c)) continue;
    if (isLetter(c) || (sep !== -1 && c !== sep) || (c !== 45 && c !== 46)) return ' ';
    sep = c;
  }
  return sep === -1 ? ' ' : String.fromCharCode(sep);
}

/** Runs `analyze` over the joined parts and adds each finding that spans a joint to its turns. */
function joinAndScan(
  parts: readonly { turn: Turn; span: [number, number] }[],
  analyze: (text: string) => Finding[],
  out: SplitFindings,
): void {
  const segs: Segment[] = [];
  let virtual = '';
  for (let k = 0; k < parts.length; k++) {
    const { turn, span } = parts[k]!;
    const from = k === 0 ? contextStart(turn.text, span[0]) : span[0];
    if (k > 0) virtual += joint(parts[k - 1]!, parts[k]!);
    segs.push({ turn, from, at: virtual.length, len: span[1] - from });
    virtual += turn.text.slice(from, span[1]);
  }
  for (const f of analyze(virtual)) {
    let touched = 0;
    for (const g of segs) if (f.start < g.at + g.len && f.end > g.at) touched++;
    if (touched < 2) continue;
    for (const g of segs) {
      const s = Math.max(f.start, g.at);
      const e = Math.min(f.end, g.at + g.len);
      if (e <= s) continue;
      const piece: Finding = { type: f.type, start: g.from + s - g.at, end: g.from + e - g.at, score: f.score, detector: 'split-turns' };
      if (f.country) piece.country = f.country;
      let entry = out.get(g.turn.obj);
      if (!entry) out.set(g.turn.obj, (entry = { key: g.turn.textKey, findings: [] }));
      entry.findings.push(piece);
    }
  }
}

/**
 * Findings for numbers split across the turns of a transcript array (see the window above), by turn
 * object. `analyze` is the record's analyzer; it runs only on joined candidates.
 */
export function splitTurnFindings(arr: readonly unknown[], analyze: (text: string) => Finding[]): SplitFindings {
  const out: SplitFindings = new Map();
  if (arr.length < 2) return out;
  // Turns are read as needed: most end with no number, and only their text is looked at.
  for (let i = 0; i < arr.length; i++) {
    const v = arr[i];
    const text = turnText(v);
    if (text === undefined || text.length > SPLIT_WINDOW.maxPartChars) continue;
    const tail = numericTail(text);
    if (!tail) continue;
    const first = readTurn(v);
    if (!first) continue;
    const parts: { turn: Turn; span: [number, number] }[] = [{ turn: first, span: tail }];
    let cur = i;
    while (parts.length < SPLIT_WINDOW.maxParts) {
      const next = nextPart(arr, cur, first.speaker);
      if (!next) break;
      const t = next.turn;
      const j = next.at;
      if (t.text.length > SPLIT_WINDOW.maxPartChars) break;
      const head = numericHead(t.text);
      if (!head) break;
      parts.push({ turn: t, span: head });
      if (!onlyNumber(t.text, head)) break;
      cur = j;
    }
    for (let k = parts.length; k >= 2; k--) joinAndScan(parts.slice(0, k), analyze, out);
  }
  return out;
}
