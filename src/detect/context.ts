/**
 * Context scoring: a candidate whose context words occur near it is more
 * likely real ("my card number is …", "SSN: …"). Words match case-insensitively
 * and only as whole words (a letter or digit may not touch either end).
 */

export const CONTEXT_BOOST = 0.35;
/** A candidate with supporting context scores at least this much. */
export const CONTEXT_FLOOR = 0.4;

/** Scripts written without spaces between words (or with particles glued to nouns): Hangul, Thai, CJK, kana. */
const UNSPACED = /[\u0e00-\u0e7f\u1100-\u11ff\u3040-\u30ff\u3130-\u318f\u3400-\u9fff\uac00-\ud7af]/;

/**
 * Case- and form-folds text for context matching: lower-case, NFC, and the Turkish
 * dotted/dotless i folded to plain i ("KİMLİK" and "kimlik" match, "NUMARASI" and "numarası").
 */
export function foldContext(s: string): string {
  const lower = s.toLowerCase();
  for (let i = 0; i < lower.length; i++) {
    if (lower.charCodeAt(i) > 127) return lower.normalize('NFC').replace(/\u0307/g, '').replace(/\u0131/g, 'i');
  }
  return lower;
}

/** Whether a (folded) context word must match as a plain substring, without word boundaries. */
export function matchesAnywhere(word: string): boolean {
  return UNSPACED.test(word);
}

const WORD_CHAR = /[\p{L}\p{N}_]/u;

function isWordChar(c: number): boolean {
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
  return WORD_CHAR.test(String.fromCharCode(c));
}

/**
 * True when one of `words` (folded with foldContext) occurs as a whole word in text[from, to); words in
 * scripts without spaces (Korean, Thai, Chinese, Japanese) match anywhere.
 */
export function hasContextWord(text: string, from: number, to: number, words: readonly string[], at = -1, atEnd = -1): boolean {
  if (words.length === 0) return false;
  let s = from < 0 ? 0 : from;
  let e = to > text.length ? text.length : to;
  // never read past a NUL: the boundary between texts analysed together (analyzeMany)
  if (at >= 0) {
    for (let k = at - 1; k >= s; k--) {
      if (text.charCodeAt(k) === 0) {
        s = k + 1;
        break;
      }
    }
    for (let k = atEnd; k < e; k++) {
      if (text.charCodeAt(k) === 0) {
        e = k;
        break;
      }
    }
  }
  if (e <= s) return false;
  const raw = text.slice(s, e);
  const hay = foldContext(raw);
  const folded = hay.length !== raw.length;
  for (const w of words) {
    let at = hay.indexOf(w);
    if (at !== -1 && matchesAnywhere(w)) return true;
    while (at !== -1) {
      const before = at === 0 ? -1 : hay.charCodeAt(at - 1);
      const after = at + w.length >= hay.length ? -1 : hay.charCodeAt(at + w.length);
      // at the edges of the window, look at the text beyond it (unless folding changed lengths)
      const leftOk = before === -1 ? s === 0 || folded || !isWordChar(text.charCodeAt(s - 1)) : !isWordChar(before);
      const rightOk = after === -1 ? e === text.length || folded || !isWordChar(text.charCodeAt(e)) : !isWordChar(after);
      if (leftOk && rightOk) return true;
      at = hay.indexOf(w, at + 1);
    }
  }
  return false;
}

/** The score after context: raised by CONTEXT_BOOST (to at least CONTEXT_FLOOR, at most 1) when a word is near. */
export function contextScore(
  score: number,
  text: string,
  start: number,
  end: number,
  words: readonly string[],
  before: number,
  after: number,
): number {
  if (score >= 1 || words.length === 0) return score;
  if (!hasContextWord(text, start - before, end + after, words, start, end)) return score;
  const raised = score + CONTEXT_BOOST;
  return raised > 1 ? 1 : raised < CONTEXT_FLOOR ? CONTEXT_FLOOR : raised;
}
