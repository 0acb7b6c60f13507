import { isLetterish, isTokenSeparator } from './min-digits.js';

/**
 * A text being scanned, with the derived views detectors share: the digit
 * windows (computed once, lazily) on which every digit-bearing pattern and the
 * phone detector run instead of the whole text.
 */

/** Characters kept on each side of a digit run before snapping to whitespace. */
const MARGIN = 24;
/** How much further a window may grow looking for whitespace to end on. */
const SNAP = 24;
/** Between windows in the joined string: no pattern class crosses a NUL, `.` does not cross `\n`. */
export const WINDOW_JOINT = '\n\u0000\n';

export interface DigitWindows {
  /** The windows' text joined by WINDOW_JOINT; the text itself when one window covers it all. */
  readonly joined: string;
  /** Per window: start in `joined`, start in the original text, length. */
  readonly joinedStart: readonly number[];
  readonly origStart: readonly number[];
  readonly length: readonly number[];
  /** ASCII digits in each window: no match inside a window holds more. */
  readonly digits: readonly number[];
  /** The longest run of consecutive digits in each window. */
  readonly maxRun: readonly number[];
  /** The longest token (run of characters without whitespace or NUL) in each window. */
  readonly maxToken: readonly number[];
  /** Letterish characters (isLetterish) in each window. */
  readonly letters: readonly number[];
  readonly count: number;
}

export const EMPTY: DigitWindows = {
  joined: '', joinedStart: [], origStart: [], length: [], digits: [], maxRun: [], maxToken: [], letters: [], count: 0,
};

function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 13 || c === 9 || c === 12 || c === 11 || c === 0xa0;
}

/**
 * The start of a window around a hit at `from`: `margin` characters earlier, then on to the
 * previous whitespace (at most `snap` more), never past a NUL (the boundary between texts
 * analysed together).
 */
export function widenStart(text: string, from: number, margin: number, snap: number): number {
  let s = from;
  const lim = Math.max(0, from - margin);
  while (s > lim && text.charCodeAt(s - 1) !== 0) s--;
  if (s > 0 && text.charCodeAt(s - 1) !== 0) {
    const far = Math.max(0, s - snap);
    while (s > far && !isSpace(text.charCodeAt(s - 1)) && text.charCodeAt(s - 1) !== 0) s--;
  }
  return s;
}

/** The end of a window around a hit ending at `to`: the mirror of widenStart. */
export function widenEnd(text: string, to: number, margin: number, snap: number): number {
  const n = text.length;
  let e = to;
  const lim = Math.min(n, to + margin);
  while (e < lim && text.charCodeAt(e) !== 0) e++;
  if (e < n && text.charCodeAt(e) !== 0) {
    const far = Math.min(n, e + snap);
    while (e < far && !isSpace(text.charCodeAt(e)) && text.charCodeAt(e) !== 0) e++;
  }
  return e;
}

/** Finds the next digit: `test` with the global flag moves lastIndex past it and allocates no match. */
const DIGIT = /\d/g;

export function computeDigitWindows(text: string): DigitWindows {
  const n = text.length;
  const starts: number[] = [];
  const ends: number[] = [];
  const digitCounts: number[] = [];
  const runs: number[] = [];
  let last = -1;
  DIGIT.lastIndex = 0;
  while (DIGIT.test(text)) {
    const i = DIGIT.lastIndex - 1;
    let j = i + 1;
    let c: number;
    while (j < n && (c = text.charCodeAt(j)) >= 48 && c <= 57) j++;
    DIGIT.lastIndex = j;
    // the digit run [i, j): its window joins the last one when it starts inside it (then so does
    // its widened start, which is never after i), else when the widened start reaches it
    const e = widenEnd(text, j, MARGIN, SNAP);
    const s = last >= 0 && i <= ends[last]! ? i : widenStart(text, i, MARGIN, SNAP);
    if (last >= 0 && s <= ends[last]!) {
      if (e > ends[last]!) ends[last] = e;
      digitCounts[last]! += j - i;
      if (j - i > runs[last]!) runs[last] = j - i;
    } else {
      starts.push(s);
      ends.push(e);
      digitCounts.push(j - i);
      runs.push(j - i);
      last++;
    }
  }
  const tokens: number[] = new Array(starts.length);
  const letters: number[] = new Array(starts.length);
  for (let k = 0; k < starts.length; k++) measure(text, starts[k]!, ends[k]!, tokens, letters, k);
  return joinWindows(text, starts, ends, digitCounts, runs, tokens, letters);
}

/**
 * For window k, text[s, e): its longest run of characters without a token separator (whitespace or
 * NUL) into tokens[k], its letterish characters (isLetterish) into letters[k].
 */
function measure(text: string, s: number, e: number, tokens: number[], letters: number[], k: number): void {
  let best = 0;
  let cur = 0;
  let n = 0;
  for (let i = s; i < e; i++) {
    const c = text.charCodeAt(i);
    if (c > 0x20 && c < 0x7f) {
      // printable ASCII never separates
      if (++cur > best) best = cur;
      if ((c | 32) >= 97 && (c | 32) <= 122) n++;
    } else {
      if (isTokenSeparator(c)) cur = 0;
      else if (++cur > best) best = cur;
      if (isLetterish(c)) n++;
    }
  }
  tokens[k] = best;
  letters[k] = n;
}

/**
 * Windows [starts[k], ends[k]) of `text` (ascending, disjoint) joined by WINDOW_JOINT; the text
 * itself when one window covers it all. `digitCounts`, `runs`, `tokens` and `letterCounts` per window when known (else 0).
 */
export function joinWindows(
  text: string,
  starts: readonly number[],
  ends: readonly number[],
  digitCounts?: readonly number[],
  runs?: readonly number[],
  tokens?: readonly number[],
  letterCounts?: readonly number[],
): DigitWindows {
  const count = starts.length;
  if (count === 0) return EMPTY;
  const zeros = digitCounts && runs && tokens && letterCounts ? undefined : new Array<number>(count).fill(0);
  const digits = digitCounts ?? zeros!;
  const maxRun = runs ?? zeros!;
  const maxToken = tokens ?? zeros!;
  const letters = letterCounts ?? zeros!;
  const length: number[] = new Array(count);
  if (count === 1 && starts[0] === 0 && ends[0] === text.length) {
    length[0] = text.length;
    return { joined: text, joinedStart: [0], origStart: [0], length, digits, maxRun, maxToken, letters, count };
  }
  const joinedStart: number[] = new Array(count);
  // one flat string (join): a chain of concatenations would be flattened again by the first regex
  const parts: string[] = new Array(count);
  let pos = 0;
  for (let k = 0; k < count; k++) {
    const s = starts[k]!;
    const len = ends[k]! - s;
    parts[k] = text.slice(s, s + len);
    joinedStart[k] = pos;
    length[k] = len;
    pos += len + WINDOW_JOINT.length;
  }
  return { joined: parts.join(WINDOW_JOINT), joinedStart, origStart: starts, length, digits, maxRun, maxToken, letters, count };
}

/**
 * The windows holding at least `min` digits, a run of at least `run` consecutive digits, a token of
 * at least `token` characters and at least `letters` letterish characters, joined anew (the same
 * object when all of them do, or when they hold at least the fraction `mostly` of its characters:
 * more windows than needed only cost scanning, never a finding, since no match fits in the others).
 */
export function windowsWithDigits(
  w: DigitWindows, text: string, min: number, run = 0, token = 0, letters = 0, mostly = 1,
): DigitWindows {
  let keep = 0;
  let chars = 0;
  for (let k = 0; k < w.count; k++) {
    if (qualifies(w, k, min, run, token, letters)) {
      keep++;
      chars += w.length[k]!;
    }
  }
  if (keep === w.count) return w;
  if (keep === 0) return EMPTY;
  // most of w anyway: scanning the few other windows too costs less than joining a new string
  if (chars >= mostly * w.joined.length) return w;
  const starts: number[] = [];
  const ends: number[] = [];
  const digits: number[] = [];
  const runs: number[] = [];
  const tokens: number[] = [];
  const letterCounts: number[] = [];
  for (let k = 0; k < w.count; k++) {
    if (!qualifies(w, k, min, run, token, letters)) continue;
    starts.push(w.origStart[k]!);
    ends.push(w.origStart[k]! + w.length[k]!);
    digits.push(w.digits[k]!);
    runs.push(w.maxRun[k]!);
    tokens.push(w.maxToken[k]!);
    letterCounts.push(w.letters[k]!);
  }
  return joinWindows(text, starts, ends, digits, runs, tokens, letterCounts);
}

function qualifies(w: DigitWindows, k: number, min: number, run: number, token: number, letters: number): boolean {
  return w.digits[k]! >= min && w.maxRun[k]! >= run && w.maxToken[k]! >= token && w.letters[k]! >= letters;
}

/** Digit-count, digit-run and token-length thresholds at which window sets are cut (a pattern uses the highest not above its own). */
export const DIGIT_TIERS: readonly number[] = [1, 3, 5, 7, 9, 11, 13];
export const RUN_TIERS: readonly number[] = [0, 5, 7, 9, 11];
export const TOKEN_TIERS: readonly number[] = [0, 7, 9, 11, 16];

function floorTier(tiers: readonly number[], v: number): number {
  let t = tiers[0]!;
  for (const x of tiers) if (x <= v) t = x;
  return t;
}

/** A window subset holding this fraction of the characters of the set it is cut from is that set (no new join). */
export const MOSTLY = 0.5;

/** Tier keys of patterns that need a letter (minLetters > 0) carry this flag. */
const LETTER_FLAG = 1_000_000;

/**
 * The window set key for a pattern: `letter * 1e6 + digits * 10000 + run * 100 + token`, from
 * whether it needs a letter, and its minimum digits, digit run and token length.
 */
export function tierFor(minDigits: number, minRun = 0, minToken = 0, minLetters = 0): number {
  return (
    (minLetters > 0 ? LETTER_FLAG : 0) +
    floorTier(DIGIT_TIERS, minDigits) * 10000 +
    floorTier(RUN_TIERS, minRun) * 100 +
    floorTier(TOKEN_TIERS, minToken)
  );
}

/**
 * Maps a span of `joined` back to the original text. Returns the original start,
 * or -1 when the span crosses a window joint (such a match is not real).
 */
export function mapWindowSpan(w: DigitWindows, start: number, end: number): number {
  let lo = 0;
  let hi = w.count - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (w.joinedStart[mid]! <= start) lo = mid;
    else hi = mid - 1;
  }
  const js = w.joinedStart[lo]!;
  if (end > js + w.length[lo]!) return -1;
  return w.origStart[lo]! + (start - js);
}

/** One text under analysis and its lazily derived views. */
export class TextView {
  readonly text: string;
  #digits: DigitWindows | undefined;
  #tiers: Map<number, DigitWindows> | undefined;
  #lower: string | undefined;
  #windows: Map<string, DigitWindows> | undefined;
  /** Other derived window sets (literal windows), by a key their maker chooses; made on first use. */
  get windows(): Map<string, DigitWindows> {
    return (this.#windows ??= new Map());
  }
  constructor(text: string) {
    this.text = text;
  }
  /** The text lower-cased, for literal prefilters only. Lower-casing may lengthen a text (U+0130); its offsets are the text's only when the lengths are equal. */
  get lower(): string {
    return (this.#lower ??= this.text.toLowerCase());
  }
  get digitWindows(): DigitWindows {
    return (this.#digits ??= computeDigitWindows(this.text));
  }
  /** The digit windows for a tier key from tierFor(), cached. */
  windowsAtTier(tier: number): DigitWindows {
    const all = this.digitWindows;
    if (tier <= 10000 || all.count === 0) return all;
    const letters = tier >= LETTER_FLAG ? 1 : 0;
    const rest = tier % LETTER_FLAG;
    const min = Math.floor(rest / 10000);
    const run = Math.floor(rest / 100) % 100;
    const token = rest % 100;
    if (all.count === 1) {
      // one window (most short texts): it qualifies or not, nothing to join or cache
      return qualifies(all, 0, min, run, token, letters) ? all : EMPTY;
    }
    this.#tiers ??= new Map();
    let w = this.#tiers.get(tier);
    if (!w) {
      // a letter tier is cut from the same tier without the letter (fewer windows, already joined)
      const from = letters ? this.windowsAtTier(rest) : all;
      w = windowsWithDigits(from, this.text, min, run, token, letters, MOSTLY);
      this.#tiers.set(tier, w);
    }
    return w;
  }
}
