/**
 * Phone candidates: a hand-written linear scan for runs of digit groups joined
 * by phone separators (space, dash, dot, slash, parentheses), with an optional
 * leading `+` or `(` and an optional extension. The only regular expression
 * finds the next digit; every character is looked at a bounded number of times.
 */

/** Most characters between two digit groups (e.g. `") - "`). */
const MAX_SEP = 4;
/** A run stops growing after this many groups (the rest is still consumed, so no tail restarts a run). */
const MAX_GROUPS = 12;
/** Most extension digits. */
const MAX_EXT_DIGITS = 6;

/** A maximal run of digit groups. Offsets are into the scanned text. */
export interface Run {
  /** Span start: the first digit, or a leading `+` or balanced `(`. */
  start: number;
  /** After the last digit of the number (before any extension). */
  end: number;
  /** After the extension, or `end` when there is none. */
  extEnd: number;
  /** Written with a leading `+`. */
  plus: boolean;
  /** Group boundaries: group k is [bounds[2k], bounds[2k+1]). */
  bounds: number[];
  /** More groups followed than MAX_GROUPS kept. */
  truncated: boolean;
  /** The first group touches something that makes it part of another token (letter, `$`, `#`, time, …). */
  badStart: boolean;
  /** The last group touches a letter, `%`, a `:digit` (time) or similar. */
  badEnd: boolean;
}

export function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** Letters and digits that glue to a number: ASCII, Latin-1/Extended, Greek, Cyrillic, and `_`. */
export function isWordChar(c: number): boolean {
  return isDigit(c) || isAsciiLetter(c) || c === 95 || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) ||
    (c >= 0x370 && c <= 0x52f);
}

function isSpace(c: number): boolean {
  return c === 32 || c === 0xa0 || c === 0x202f || c === 0x2009;
}

/** `-`, `.`, `/`, and the en/em dashes and minus sign. */
function isPunctSep(c: number): boolean {
  return c === 45 || c === 46 || c === 47 || c === 0x2010 || c === 0x2011 || c === 0x2013 || c === 0x2014 || c === 0x2212;
}

/** Characters that, directly before a number, make it something else: currency, `#`, `@`, `&`, `*`, `\`. */
function isBadPrefix(c: number): boolean {
  return c === 36 || c === 0xa3 || c === 0x20ac || c === 0xa5 || c === 0x20b9 || c === 35 || c === 64 || c === 38 ||
    c === 42 || c === 92 || c === 126 || c === 94;
}

/** Characters that, directly after a number, make it something else: `%`, `°`, currency, `@`, `*`. */
function isBadSuffix(c: number): boolean {
  return c === 37 || c === 0xb0 || c === 36 || c === 0x20ac || c === 0xa3 || c === 64 || c === 42 || c === 94 || c === 92;
}

/**
 * Reads the separator starting at `pos` (right after a digit group). Returns the index of the
 * next group's first digit, or -1 when no valid separator leads to a digit. `depth` is the open
 * parenthesis count before the separator; the new count is written to depthOut[0].
 */
function readSeparator(text: string, pos: number, depth: number, depthOut: number[]): number {
  const n = text.length;
  let spaces = 0;
  let punct = 0;
  let opens = 0;
  let closes = 0;
  let d = depth;
  let j = pos;
  while (j < n && j - pos < MAX_SEP) {
    const c = text.charCodeAt(j);
    if (isSpace(c)) {
      if (++spaces > 2) return -1;
    } else if (isPunctSep(c)) {
      if (++punct > 1) return -1;
      // "62 .409": a dot after a space and before a digit starts a decimal, not a group
      if (c === 46 && spaces > 0 && j + 1 < n && isDigit(text.charCodeAt(j + 1))) return -1;
    } else if (c === 40) {
      if (++opens > 1 || d > 0) return -1;
      d++;
    } else if (c === 41) {
      if (++closes > 1 || d === 0) return -1;
      d--;
    } else break;
    j++;
  }
  if (j === pos || j >= n || !isDigit(text.charCodeAt(j))) return -1;
  depthOut[0] = d;
  return j;
}

/** Extension after a number: `x123`, ` ext. 123`, ` extension 123`, `, ext 12`. Returns its end or -1. */
export function readExtension(text: string, pos: number): number {
  const n = text.length;
  let j = pos;
  if (j < n && text.charCodeAt(j) === 44) j++; // ","
  let spaces = 0;
  while (j < n && isSpace(text.charCodeAt(j)) && spaces < 2) {
    j++;
    spaces++;
  }
  const c = j < n ? text.charCodeAt(j) | 32 : 0;
  if (c === 120) {
    j++; // x
  } else if (c === 101 && (text.charCodeAt(j + 1) | 32) === 120 && (text.charCodeAt(j + 2) | 32) === 116) {
    j += 3; // ext
    if ((text.charCodeAt(j) | 32) === 110) j++; // extn
    else if (text.slice(j, j + 6).toLowerCase() === 'ension') j += 6; // extension
    if (text.charCodeAt(j) === 46) j++;
  } else return -1;
  if (j < n && (text.charCodeAt(j) === 58 || text.charCodeAt(j) === 46)) j++;
  if (j < n && isSpace(text.charCodeAt(j))) j++;
  const ds = j;
  while (j < n && isDigit(text.charCodeAt(j)) && j - ds <= MAX_EXT_DIGITS) j++;
  const len = j - ds;
  if (len === 0 || len > MAX_EXT_DIGITS) return -1;
  if (j < n && isWordChar(text.charCodeAt(j))) return -1;
  return j;
}

/** Number of digits from `pos` on. */
function digitsAt(text: string, pos: number): number {
  let j = pos;
  while (j < text.length && isDigit(text.charCodeAt(j))) j++;
  return j - pos;
}

/** Number of digits ending just before `pos`. */
function digitsBefore(text: string, pos: number): number {
  let j = pos;
  while (j > 0 && isDigit(text.charCodeAt(j - 1))) j--;
  return pos - j;
}

/** True when the characters before `start` glue the first group to another token. */
function leftGlued(text: string, start: number, firstGroup: number): boolean {
  if (start === 0) return false;
  const b = text.charCodeAt(start - 1);
  // "Tel+44 …": a letter before "+" is a label
  if (isAsciiLetter(b) && text.charCodeAt(start) === 43) return false;
  if (isWordChar(b) || isBadPrefix(b)) return true;
  const bb = start >= 2 ? text.charCodeAt(start - 2) : -1;
  // "1,234": thousands (a comma between phone numbers, "…0132,415-…", does not glue)
  if (b === 44) return isDigit(bb) && digitsBefore(text, start - 1) <= 3 && firstGroup === 3;
  // "1.2", "10:30", "3+4", "1/2": punctuation joined to a digit before it.
  if ((isPunctSep(b) || b === 58 || b === 43 || b === 61) && isDigit(bb)) return true;
  // "SKU-123", "v/123": joined to a letter ("phone:", "tel=", "garage." and "Tel." end a word, they do not glue).
  return (b === 45 || b === 47 || b === 0x2010 || b === 0x2011) && isAsciiLetter(bb);
}

/** True when the characters after `end` glue the last group to another token. */
function rightGlued(text: string, end: number, lastGroup: number): boolean {
  if (end >= text.length) return false;
  const a = text.charCodeAt(end);
  if (isWordChar(a) || isBadSuffix(a)) return true;
  const aa = end + 1 < text.length ? text.charCodeAt(end + 1) : -1;
  if (!isDigit(aa)) return false;
  // "…,50" (a decimal) or "1,234" (thousands); "…0132,415-…" is a list
  if (a === 44) {
    const k = digitsAt(text, end + 1);
    return k <= 2 || (k === 3 && lastGroup <= 3);
  }
  // "…:30" (a time), "…+1" (arithmetic)
  return a === 58 || a === 43;
}

/** Street suffixes: a number followed by "Main St" is a house number. */
const STREET_WORDS: ReadonlySet<string> = new Set([
  'st', 'street', 'ave', 'avenue', 'rd', 'road', 'blvd', 'boulevard', 'ln', 'lane', 'dr', 'drive', 'way', 'ct', 'court',
  'pl', 'place', 'pkwy', 'parkway', 'hwy', 'highway', 'ter', 'terrace', 'cir', 'circle', 'sq', 'square', 'trl', 'trail',
]);

/** True when one to three words and then a street suffix follow `end` ("2437 Main St", "17031 Rissik Street"). */
export function followedByStreet(text: string, end: number): boolean {
  let j = end;
  for (let word = 0; word < 4; word++) {
    if (text.charCodeAt(j) !== 32) return false;
    j++;
    const s = j;
    while (j < text.length && isAsciiLetter(text.charCodeAt(j))) j++;
    if (j === s || j - s > 12) return false;
    if (word > 0 && STREET_WORDS.has(text.slice(s, j).toLowerCase())) return true;
    if (text.charCodeAt(j) === 46) j++;
  }
  return false;
}

function groupDigits(bounds: readonly number[]): number {
  let n = 0;
  for (let i = 0; i < bounds.length; i += 2) n += bounds[i + 1]! - bounds[i]!;
  return n;
}

/** Reads the maximal run whose first digit is at `first` (the previous character is not a digit). */
export function readRun(text: string, first: number): Run {
  const run = newRun();
  readRunInto(text, first, run);
  run.bounds = GROUPS.slice(0, groupBounds);
  finishRun(text, first, run);
  return run;
}

function newRun(): Run {
  return { start: 0, end: 0, extEnd: 0, plus: false, bounds: [], truncated: false, badStart: false, badEnd: false };
}

/** Scratch for readSeparator's depth out-parameter (scans never nest). */
const DEPTH_OUT = [0];
/**
 * Group bounds of the last run readRunInto read: GROUPS[0, groupBounds). Copied to a run's own
 * `bounds` only when the run is kept, so the runs too short to matter allocate nothing.
 */
const GROUPS: number[] = new Array<number>(MAX_GROUPS * 2).fill(0);
let groupBounds = 0;
/** Arrays of each even length up to MAX_GROUPS * 2, for scanAllRuns to copy a kept run's bounds into. */
const BOUNDS_BY_LENGTH: number[][] = Array.from({ length: MAX_GROUPS * 2 + 1 }, (_, n) => new Array<number>(n).fill(0));

/**
 * The shape of the run whose first digit is at `first`: start, end, extEnd, plus and truncated
 * into `run`, its group bounds into GROUPS[0, groupBounds) (not badStart and badEnd: see
 * finishRun). Returns the number of digits in the kept groups.
 */
function readRunInto(text: string, first: number, run: Run): number {
  const n = text.length;
  let start = first;
  let plus = false;
  let depth = 0;
  const prev = first > 0 ? text.charCodeAt(first - 1) : -1;
  if (prev === 43) {
    plus = true;
    start = first - 1;
    if (first >= 2 && text.charCodeAt(first - 2) === 40) {
      depth = 1; // "(+44) …"
      start = first - 2;
    }
  } else if (prev === 40) {
    depth = 1;
    start = first - 1;
    if (first >= 2 && text.charCodeAt(first - 2) === 43) {
      plus = true; // "+(44) …"
      start = first - 2;
    }
  }
  const bounds = GROUPS;
  let nb = 0;
  const depthOut = DEPTH_OUT;
  let pos = first;
  let truncated = false;
  let openClosed = depth === 0;
  /** Groups before an inner "(" still open, or -1. */
  let innerOpen = -1;
  let digits = 0;
  for (;;) {
    const gs = pos;
    while (pos < n && isDigit(text.charCodeAt(pos))) pos++;
    if (nb < MAX_GROUPS * 2) {
      bounds[nb++] = gs;
      bounds[nb++] = pos;
      digits += pos - gs;
    } else truncated = true;
    const next = readSeparator(text, pos, depth, depthOut);
    if (next < 0) break;
    if (depth > 0 && depthOut[0] === 0) {
      openClosed = true;
      innerOpen = -1;
    } else if (depth === 0 && depthOut[0] === 1) innerOpen = nb / 2;
    depth = depthOut[0]!;
    pos = next;
  }
  if (innerOpen > 0 && !truncated) {
    // "53.980 ( 113.576": an inner "(" that never closes ends the run before it
    for (let i = innerOpen * 2; i < nb; i += 2) digits -= bounds[i + 1]! - bounds[i]!;
    nb = innerOpen * 2;
    pos = bounds[nb - 1]!;
  }
  groupBounds = nb;
  const end = pos;
  if (!openClosed) {
    // an opening "(" never closed is not part of the number
    start = text.charCodeAt(first - 1) === 43 ? first - 1 : first;
    plus = start < first;
  }
  const ext = readExtension(text, end);
  run.start = start;
  run.end = end;
  run.extEnd = ext > 0 ? ext : end;
  run.plus = plus;
  run.truncated = truncated;
  return digits;
}

/** badStart and badEnd of a run readRunInto has read. */
function finishRun(text: string, first: number, run: Run): void {
  const { start, end, bounds, plus } = run;
  run.badStart = leftGlued(text, start, bounds[1]! - bounds[0]!);
  // a house number is plain digits, at most nine of them, with no "+" or "(": "(415) 555-0132 a sq"
  // and "4155550132 main st" are still phone numbers, "17031 2202 Rissik St" is an address
  run.badEnd = run.extEnd > end ? false : rightGlued(text, end, end - bounds[bounds.length - 2]!) ||
    (!plus && start === first && groupDigits(bounds) <= 9 && followedByStreet(text, end));
}

/**
 * Where a run holding at least seven digits, or an extension, may start: a digit (not after
 * another) from which seven digits follow with at most four separator characters of
 * readSeparator's between any two, or from which such digits lead to what could start an
 * extension (`,`, up to two spaces, then `x` or `e`). This joins groups more freely than
 * readSeparator does (no parenthesis or decimal rules), so where it finds nothing, every run is
 * one of fewer than seven digits without an extension, and the runs there end where this
 * stretch of joined groups does: the next run starts at the next digit after it, where the
 * search goes on. And it finds no digit within such a stretch it skipped: a match there would
 * have matched at the stretch's start too.
 *
 * One pass over the stretch decides: the capturing lookahead and `\1` take, at once (no
 * backtracking into it), up to five more digits with the separators before them; then either one
 * more follows (seven digits) or the stretch has ended there and what follows must start an
 * extension. The extension is looked for only at the end of the stretch: within it, every group is
 * followed by separators and a digit, never by `,`, `x`, `e` or spaces and then those. The match is
 * the first digit alone (the rest is lookahead), so `test` tells where it is: lastIndex - 1.
 */
const RUN_START = (() => {
  /** A character readSeparator accepts: isSpace, isPunctSep, parentheses. */
  const sep = '[ \\u00a0\\u202f\\u2009\\-.\\/\\u2010\\u2011\\u2013\\u2014\\u2212()]';
  /** The next digit of a stretch: the next one of a group, or the first of the next group. */
  const step = `(?:[0-9]|${sep}{1,4}[0-9])`;
  /** What readExtension needs first: an optional ",", up to two spaces (isSpace), "x" or "ext". */
  const ext = ',?[ \\u00a0\\u202f\\u2009]{0,2}[xXeE]';
  return new RegExp(`[0-9](?<![0-9]{2})(?=(?=(${step}{0,5}))\\1(?:${step}|${ext}))`, 'g');
})();

/**
 * Calls `onRun` for every maximal run of digit groups in `text` holding at least `minDigits`
 * digits in its kept groups and not truncated (`minDigits` at least 7: RUN_START skips shorter
 * runs). Runs are read left to right, each from the first digit after the end (extension
 * included) of the one before. `onRun` gets one reused Run object, its bounds a reused array too:
 * both valid until it returns.
 */
export function scanAllRuns(text: string, minDigits: number, onRun: (run: Run) => void): void {
  if (minDigits < 7) throw new RangeError('scanAllRuns: RUN_START skips runs of fewer than 7 digits');
  const re = RUN_START;
  const run = SCRATCH;
  re.lastIndex = 0;
  while (re.test(text)) {
    const first = re.lastIndex - 1;
    const digits = readRunInto(text, first, run);
    const resume = run.extEnd;
    if (digits >= minDigits && !run.truncated) {
      const bounds = BOUNDS_BY_LENGTH[groupBounds]!;
      for (let i = 0; i < groupBounds; i++) bounds[i] = GROUPS[i]!;
      run.bounds = bounds;
      finishRun(text, first, run);
      onRun(run);
    }
    re.lastIndex = resume;
  }
}

const SCRATCH: Run = newRun();
