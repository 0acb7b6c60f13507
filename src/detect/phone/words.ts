/**
 * Context words for phone numbers, and one pass over a candidate's surroundings
 * that finds all of them (whole words, case-insensitive, as in ../context.ts)
 * with a set lookup per word instead of a search per listed word.
 */

/** Words that make a nearby digit group a phone number even when no numbering plan validates it. */
export const STRONG_WORDS: readonly string[] = [
  'phone', 'phones', 'telephone', 'tel', 'ph', 'cell', 'cellphone', 'mobile', 'mob', 'fax', 'call', 'calls', 'called',
  'calling', 'callback', 'text', 'texts', 'sms', 'whatsapp', 'dial', 'reach', 'contact', 'landline', 'hotline',
  'helpline', 'voicemail', 'desk', 'office', 'answering', 'message', 'messages',
];

/** Weaker words: a phone number is often just "the number". */
export const NUMBER_WORDS: readonly string[] = ['number', 'numbers', 'num', 'nr'];

/** Words that, just before a number, say it is some other identifier. */
export const NEGATIVE_WORDS: readonly string[] = [
  'order', 'orders', 'account', 'acct', 'confirmation', 'tracking', 'reference', 'ref', 'invoice', 'ticket', 'case',
  'booking', 'reservation', 'policy', 'member', 'membership', 'id', 'serial', 'sku', 'item', 'transaction', 'receipt',
  'claim', 'card', 'routing', 'ssn', 'social', 'zip', 'postal', 'postcode', 'pin', 'passport', 'license', 'licence',
  'iban', 'flight', 'model', 'part', 'isbn', 'vin', 'imei', 'shipment', 'package', 'parcel', 'customer', 'employee',
  'student', 'patient', 'record', 'file', 'amount', 'total', 'balance',
];

const STRONG = 1;
const NUMBER = 2;
const NEGATIVE = 4;

const KIND: ReadonlyMap<string, number> = (() => {
  const m = new Map<string, number>();
  for (const w of STRONG_WORDS) m.set(w, (m.get(w) ?? 0) | STRONG);
  for (const w of NUMBER_WORDS) m.set(w, (m.get(w) ?? 0) | NUMBER);
  for (const w of NEGATIVE_WORDS) m.set(w, (m.get(w) ?? 0) | NEGATIVE);
  return m;
})();
const LONGEST = Math.max(...[...KIND.keys()].map((w) => w.length));

/**
 * The listed words by length and first letter (index `length * 128 + code`), to look an ASCII
 * word up without slicing or lower-casing it. Every listed word is lower-case ASCII letters.
 */
const BY_SHAPE: readonly (readonly string[] | undefined)[] = (() => {
  const table: string[][] = new Array((LONGEST + 1) * 128);
  for (const w of KIND.keys()) {
    if (!/^[a-z]+$/.test(w)) throw new Error(`phone context word ${w} is not lower-case ASCII letters`);
    (table[w.length * 128 + w.charCodeAt(0)] ??= []).push(w);
  }
  return table;
})();

/** ASCII lower case of one character code. */
function lower(c: number): number {
  return c >= 65 && c <= 90 ? c + 32 : c;
}

/**
 * KIND of the word text[s, e), as `KIND.get(text.slice(s, e).toLowerCase())`: `ascii` says every
 * character is ASCII, where lower-casing is A-Z to a-z; other words (lower-casing U+212A gives
 * "k") are sliced and looked up.
 */
function kindOf(text: string, s: number, e: number, ascii: boolean): number | undefined {
  if (!ascii) return KIND.get(text.slice(s, e).toLowerCase());
  const list = BY_SHAPE[(e - s) * 128 + lower(text.charCodeAt(s))];
  if (list === undefined) return undefined;
  for (let j = 0; j < list.length; j++) {
    const w = list[j]!;
    let i = 1;
    while (i < w.length && lower(text.charCodeAt(s + i)) === w.charCodeAt(i)) i++;
    if (i === w.length) return KIND.get(w);
  }
  return undefined;
}

/** 1 for the ASCII word characters: a table lookup instead of a chain of comparisons on every character read. */
const ASCII_WORD: Uint8Array = (() => {
  const t = new Uint8Array(128);
  for (let c = 0; c < 128; c++) t[c] = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 ? 1 : 0;
  return t;
})();

/** Letters, digits, `_` and anything past ASCII: what ../context.ts counts as part of a word. */
function isWordChar(c: number): boolean {
  return c > 127 || ASCII_WORD[c] === 1;
}

/** What the words around a candidate say. */
export interface Near {
  /** A strong phone word ("phone", "call", "fax", …) within the context window. */
  strong: boolean;
  /** A strong word or "number" within the context window. */
  phone: boolean;
  /**
   * A negative word ("order", "account", …) within `negativeBefore` characters before the
   * candidate, with no strong word between it and the candidate ("account phone 415…" is a phone).
   */
  negative: boolean;
}

/**
 * Reads the whole words of text[start - before, end + after) once (words cut by the
 * window's edges do not count) and reports which kinds occur.
 */
export function wordsNear(text: string, start: number, end: number, before: number, after: number, negativeBefore: number): Near {
  const from = Math.max(0, start - before);
  let to = Math.min(text.length, end + after);
  const negFrom = start - negativeBefore;
  let kinds = 0;
  let lastStrongBefore = -1;
  let lastNegative = -1;
  let i = from;
  // a word cut by the window's left edge does not count
  if (i > 0 && isWordChar(text.charCodeAt(i - 1))) while (i < to && isWordChar(text.charCodeAt(i))) i++;
  while (i < to) {
    const c = text.charCodeAt(i);
    if (!isWordChar(c)) {
      if (c === 0) {
        // never read past a NUL: the boundary between texts analysed together (analyzeMany). After
        // the candidate the window ends at the NUL; before it, the window starts anew after the
        // NUL (where no word is cut).
        if (i >= end) {
          to = i;
          break;
        }
        if (i < start) {
          kinds = 0;
          lastStrongBefore = -1;
          lastNegative = -1;
        }
      }
      i++;
      continue;
    }
    const s = i;
    let bits = 0;
    // a word reaching past `to` is cut by the right edge: no need to read it to its end
    const lim = Math.min(text.length, to + 1);
    for (let c: number; i < lim && isWordChar((c = text.charCodeAt(i))); i++) bits |= c;
    if (i > to) break; // cut by the right edge
    const len = i - s;
    if (len > LONGEST) continue;
    const k = kindOf(text, s, i, bits < 128);
    if (k === undefined) continue;
    kinds |= k;
    if (k & STRONG && i <= start) lastStrongBefore = s;
    if (k & NEGATIVE && s >= negFrom && i <= start) lastNegative = s;
  }
  return {
    strong: (kinds & STRONG) !== 0,
    phone: (kinds & (STRONG | NUMBER)) !== 0,
    negative: lastNegative > lastStrongBefore,
  };
}
