import { normalizeSpoken } from '../../detect/spoken/normalize.js';

/** How a word is capitalised. */
export type CaseStyle = 'lower' | 'upper' | 'title' | 'mixed';

/** The capitalisation of a word: `maria` lower, `MARIA` upper, `Maria`/`McNeil` title, `mARIA` mixed. */
export function caseOf(word: string): CaseStyle {
  const letters = word.replace(/[^\p{L}]/gu, '');
  if (letters.length === 0) return 'title';
  const lower = letters.toLowerCase();
  const upper = letters.toUpperCase();
  if (letters === lower) return 'lower';
  if (letters === upper) return letters.length === 1 ? 'title' : 'upper';
  const first = letters[0]!;
  return first === first.toUpperCase() ? 'title' : 'mixed';
}

/** `word` written in a capitalisation style (`title` capitalises each part after a space, hyphen or apostrophe). */
export function withCase(word: string, style: CaseStyle): string {
  if (style === 'lower') return word.toLowerCase();
  if (style === 'upper') return word.toUpperCase();
  return word.toLowerCase().replace(/(^|[\s'’-])(\p{L})/gu, (_m, sep: string, ch: string) => sep + ch.toUpperCase());
}

/** Replaces each ASCII digit of `template`, in order, with the next digit of `digits` (same count). */
export function fillDigits(template: string, digits: string): string {
  let k = 0;
  let out = '';
  for (const ch of template) {
    if (ch >= '0' && ch <= '9' && k < digits.length) out += digits[k++];
    else out += ch;
  }
  return out;
}

/** The ASCII digits of a text. */
export function digitsOf(text: string): string {
  let d = '';
  for (const ch of text) if (ch >= '0' && ch <= '9') d += ch;
  return d;
}

/** A value as written: spoken numbers and symbols converted; `spoken` when anything was converted. */
export interface WrittenForm {
  readonly text: string;
  readonly spoken: boolean;
  /** The spoken value said zero as "oh". */
  readonly oh: boolean;
}

/** Words of spoken numbers and identifiers. */
const SPOKEN_WORD =
  /^(?:zero|oh|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|double|triple|dot|at|dash|hyphen|underscore|plus)$/i;

/**
 * The written form of a value ("four one five …" → "415…"). A value is spoken when at least
 * two of its words are number or symbol words: `a-o0@x.com` or `A 0000o` are left as they are.
 */
export function writtenForm(value: string): WrittenForm {
  let words = 0;
  for (const w of value.split(/[\s,]+/)) if (SPOKEN_WORD.test(w)) words++;
  if (words < 2) return { text: value, spoken: false, oh: false };
  const n = normalizeSpoken(value);
  return { text: n.text, spoken: n.spoken.includes(1), oh: /\boh\b/i.test(value) };
}

const DIGIT_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'] as const;
const SYMBOL_WORDS: Readonly<Record<string, string>> = { '.': 'dot', '@': 'at', '-': 'dash', _: 'underscore', '+': 'plus' };

/**
 * A written value said aloud the way callers spell identifiers: digits one by one
 * ("oh" for zero when the input said "oh"), `. @ - _ +` as words, letter runs as they are,
 * other punctuation dropped: `x.7@example.com` → `x dot seven at example dot com`.
 */
export function speak(written: string, oh = false): string {
  const words: string[] = [];
  let run = '';
  const flush = () => {
    if (run) words.push(run);
    run = '';
  };
  for (const ch of written) {
    if (/\p{L}/u.test(ch)) {
      run += ch;
      continue;
    }
    flush();
    if (ch >= '0' && ch <= '9') words.push(ch === '0' && oh ? 'oh' : DIGIT_WORDS[ch.charCodeAt(0) - 48]!);
    else if (SYMBOL_WORDS[ch] !== undefined) words.push(SYMBOL_WORDS[ch]!);
  }
  flush();
  return words.join(' ');
}

/** Splits a "|"-joined data string. */
export function list(data: string): readonly string[] {
  return Object.freeze(data.split('|'));
}
