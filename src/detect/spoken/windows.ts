import { widenEnd, widenStart, type TextView } from '../view.js';

/**
 * Where spoken forms may be: cheap triggers, each widened to a window (for the
 * context words before it) and merged. Text with no trigger costs one regex pass
 * over the lower-cased text (shared with the literal prefilters).
 *
 * Alternations are written as tries (irregexp tries alternatives one by one; a
 * trie rejects on the first letter): about 4x faster than a flat list here.
 */
const NUM =
  '(?:z(?:ero)|o(?:ne|h)|t(?:w(?:o|e(?:lve|nty))|h(?:ree|irt(?:een|y))|en|riple)|f(?:our(?:teen)?|ive|ift(?:een|y)|orty)' +
  '|s(?:ix(?:teen|ty)?|even(?:teen|ty)?)|e(?:ight(?:een|y)?|leven)|n(?:ine(?:teen|ty)?)|d(?:ouble)|h(?:undred))';

/** Two number words in a row, or a number word then a digit ("nine four", "oh nine", "twenty 5"). */
export const NUMBER_PAIR = new RegExp(`\\b${NUM}[ ,-]{1,3}(?:${NUM}|o\\b|\\d)`, 'g');
/** The end of a spoken email ("… dot com"). */
export const SPOKEN_DOMAIN = /[a-z] dot (?:com|net|org|edu|gov|co|io|info|biz|us|uk|ca|de|in|au|me)\b/g;
/** Single digits spaced out, as speech-to-text writes them ("4 2 4 2"). */
export const SPACED_DIGITS = /(?<![\d.])\d \d \d(?![\d.])/g;
/**
 * Spaced digits count only after a cue saying a number follows ("last four digits are 4 2 4 2",
 * "pin is 4 8 1 5"): without one they are as likely a table row or a score line.
 */
const SPACED_CUE = /(?:number|digits?|code|pin|passcode|card|account|acct|ssn|social|security|zip|postcode|phone|cell|mobile|ending|ends|last (?:four|4)|cvv|cvc|expir\w*|routing|id)\b[^\d\n]{0,24}$/i;
const CUE_REACH = 48;

const BEFORE = 64;
const AFTER = 48;
const SNAP = 24;

function collect(re: RegExp, hay: string, hits: number[], map?: (s: number, e: number) => number): void {
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(hay)) !== null) {
    const s = map ? map(m.index, m.index + m[0].length) : m.index;
    if (s >= 0) hits.push(s, s + m[0].length);
  }
}

/** Merged [start, end, start, end, …] windows of the text worth normalising; empty when nothing looks spoken. */
export function findSpokenWindows(view: TextView): number[] {
  const hits: number[] = [];
  const lower = view.lower;
  if (lower.length === view.text.length) {
    collect(NUMBER_PAIR, lower, hits);
    if (lower.includes(' dot ')) collect(SPOKEN_DOMAIN, lower, hits);
  }
  // Spaced digits are looked for in the text itself, not in its digit windows: the matches are the same
  // (every digit lies in a window reaching at least MARGIN characters on, or to a NUL or the text's end,
  // and the characters beyond a window, a NUL or a joint, match neither the pattern nor its lookarounds),
  // and a redactor without digit patterns need not compute the windows at all.
  const text = view.text;
  SPACED_DIGITS.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = SPACED_DIGITS.exec(text)) !== null) {
    const at = m.index;
    if (SPACED_CUE.test(text.slice(Math.max(0, at - CUE_REACH), at))) hits.push(at, at + m[0].length);
  }
  if (hits.length === 0) return hits;
  // sort trigger spans by start, widen, snap to whitespace, merge
  const order: number[] = [];
  for (let i = 0; i < hits.length; i += 2) order.push(i);
  order.sort((a, b) => hits[a]! - hits[b]!);
  const out: number[] = [];
  for (const i of order) {
    const s = widenStart(text, hits[i]!, BEFORE, SNAP);
    const e = widenEnd(text, hits[i + 1]!, AFTER, SNAP);
    const last = out.length - 1;
    if (last > 0 && s <= out[last]!) {
      if (e > out[last]!) out[last] = e;
    } else out.push(s, e);
  }
  return out;
}
