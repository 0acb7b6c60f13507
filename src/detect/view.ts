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
  readonly joinedStart: Int32Array;
  readonly origStart: Int32Array;
  readonly length: Int32Array;
  readonly count: number;
}

const EMPTY: DigitWindows = {
  joined: '', joinedStart: new Int32Array(0), origStart: new Int32Array(0), length: new Int32Array(0), count: 0,
};

function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 13 || c === 9 || c === 12 || c === 11 || c === 0xa0;
}

export function computeDigitWindows(text: string): DigitWindows {
  const n = text.length;
  const starts: number[] = [];
  const ends: number[] = [];
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < n) {
      const d = text.charCodeAt(j);
      if (d < 48 || d > 57) break;
      j++;
    }
    // window around [i, j), snapped outward to whitespace
    let s = i - MARGIN;
    if (s <= 0) s = 0;
    else {
      const lim = Math.max(0, s - SNAP);
      while (s > lim && !isSpace(text.charCodeAt(s - 1))) s--;
    }
    let e = j + MARGIN;
    if (e >= n) e = n;
    else {
      const lim = Math.min(n, e + SNAP);
      while (e < lim && !isSpace(text.charCodeAt(e))) e++;
    }
    const last = ends.length - 1;
    if (last >= 0 && s <= ends[last]!) {
      if (e > ends[last]!) ends[last] = e;
    } else {
      starts.push(s);
      ends.push(e);
    }
    i = j;
  }
  const count = starts.length;
  if (count === 0) return EMPTY;
  const joinedStart = new Int32Array(count);
  const origStart = new Int32Array(count);
  const length = new Int32Array(count);
  if (count === 1 && starts[0] === 0 && ends[0] === n) {
    length[0] = n;
    return { joined: text, joinedStart, origStart, length, count };
  }
  const parts: string[] = new Array(count);
  let pos = 0;
  for (let k = 0; k < count; k++) {
    const s = starts[k]!;
    const len = ends[k]! - s;
    parts[k] = text.slice(s, s + len);
    joinedStart[k] = pos;
    origStart[k] = s;
    length[k] = len;
    pos += len + WINDOW_JOINT.length;
  }
  return { joined: parts.join(WINDOW_JOINT), joinedStart, origStart, length, count };
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
  #lower: string | undefined;
  constructor(text: string) {
    this.text = text;
  }
  /** The text lower-cased, for literal prefilters only (lower-casing may change lengths: never use its offsets). */
  get lower(): string {
    return (this.#lower ??= this.text.toLowerCase());
  }
  get digitWindows(): DigitWindows {
    return (this.#digits ??= computeDigitWindows(this.text));
  }
}
