/**
 * Character classes, case folding and word hashing for the name recognizer.
 * Words are compared through a 32-bit hash of their folded form
 * (lower-case, accents stripped: "José" → "jose"), so a token is looked up
 * without building a string. The gazetteer is hashed with the same code.
 */

/** Character classes (one byte per UTF-16 code unit). */
export const enum C {
  Other = 0,
  Lower = 1,
  Upper = 2,
  /** A letter without case (CJK, Arabic, …). */
  Caseless = 3,
  /** A combining mark: part of the word, dropped by folding. */
  Mark = 4,
  Digit = 5,
  Apostrophe = 6,
  Hyphen = 7,
  Space = 8,
  Newline = 9,
  /** `!` `?` `…` */
  Stop = 10,
  Period = 11,
  Ampersand = 12,
  /** `,` `;` `:` brackets and quotes. */
  Comma = 13,
}

/** Code units below this are folded through the tables; above, letters hash as they are. */
const FOLD_LIMIT = 0x2000;
const EXT_START = 0x1e00;
const EXT_END = 0x1f00;

let classTable: Uint8Array | undefined;
let fold1: Uint16Array | undefined;
let fold2: Uint16Array | undefined;

const SPECIAL: Record<string, string> = {
  ø: 'o', æ: 'ae', œ: 'oe', ß: 'ss', đ: 'd', ð: 'd', þ: 'th', ł: 'l', ı: 'i', ŀ: 'l', ħ: 'h', ŧ: 't', ĸ: 'k', ŋ: 'n',
  'ʼ': "'", '’': "'", '‘': "'", '‐': '-', '‑': '-',
};

/** Folds a string the way the gazetteer builder does: lower-case, accents stripped. */
export function foldString(s: string): string {
  return s
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[øæœßđðþłıŀħŧĸŋʼ’‘‐‑]/g, (c) => SPECIAL[c] ?? c);
}

/** Classes by Unicode property, marked with one global regex pass per class over all BMP code units. */
function unicodeClasses(cls: Uint8Array): void {
  const parts: string[] = [];
  const codes = new Uint16Array(4096);
  for (let base = 0; base < 65536; base += 4096) {
    for (let k = 0; k < 4096; k++) {
      const c = base + k;
      codes[k] = c >= 0xd800 && c <= 0xdfff ? 32 : c;
    }
    parts.push(String.fromCharCode(...codes));
  }
  const all = parts.join('');
  // runs, not single characters: the CJK blocks are one match each
  const mark = (re: RegExp, k: number): void => {
    for (const m of all.matchAll(re)) {
      const end = m.index + m[0].length;
      for (let i = m.index; i < end; i++) if (cls[i] === C.Other) cls[i] = k;
    }
  };
  mark(/[\p{Lu}\p{Lt}]+/gu, C.Upper);
  mark(/\p{Ll}+/gu, C.Lower);
  mark(/\p{L}+/gu, C.Caseless);
  mark(/\p{M}+/gu, C.Mark);
  mark(/\p{Nd}+/gu, C.Digit);
  mark(/[,;:()[\]{}"“”«»„<>/\\|*#@=+~^_`]+/g, C.Comma);
}

/** Classes fixed by hand (spaces, punctuation), before the Unicode properties. */
function fixedClass(c: number): number {
  if (c === 32 || c === 9 || c === 0xa0 || c === 0x3000 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f) return C.Space;
  if (c === 10 || c === 13 || c === 11 || c === 12 || c === 0x2028 || c === 0x2029 || c === 0x85) return C.Newline;
  if (c >= 48 && c <= 57) return C.Digit;
  if (c === 39 || c === 0x2019 || c === 0x02bc || c === 0x2018) return C.Apostrophe;
  if (c === 45 || c === 0x2010 || c === 0x2011) return C.Hyphen;
  if (c === 46) return C.Period;
  if (c === 33 || c === 63 || c === 0x2026) return C.Stop;
  if (c === 38) return C.Ampersand;
  if (c >= 0xd800 && c <= 0xdfff) return C.Caseless; // astral letters: treat as caseless word characters
  return C.Other;
}

function foldCode(c: number, ch: string): [number, number] {
  const f = foldString(ch);
  if (f.length === 0) return [0, 0];
  if (f.length === 1) return [f.charCodeAt(0), 0];
  if (f.length === 2) return [f.charCodeAt(0), f.charCodeAt(1)];
  return [c, 0];
}

/**
 * Builds the tables once (about 65k classifications; a few milliseconds).
 * fold1: 0 for a character that is not part of a word, 1 for a combining mark
 * (part of the word, dropped by folding), else the folded code unit; fold2: a
 * second folded code unit ("æ" → "ae"), else 0.
 */
export function initChars(): void {
  if (classTable) return;
  const cls = new Uint8Array(65536);
  const f1 = new Uint16Array(65536);
  const f2 = new Uint16Array(65536);
  for (let c = 0; c < 65536; c++) cls[c] = fixedClass(c);
  unicodeClasses(cls);
  for (let c = 0; c < 65536; c++) {
    const k = cls[c]!;
    if (k === C.Mark) f1[c] = 1;
    else if (k === C.Upper || k === C.Lower || k === C.Caseless || k === C.Digit) {
      if (c < FOLD_LIMIT || (c >= EXT_START && c < EXT_END)) {
        const [a, b] = foldCode(c, String.fromCharCode(c));
        f1[c] = a === 0 ? 1 : a;
        f2[c] = b;
      } else f1[c] = c;
    }
  }
  classTable = cls;
  fold1 = f1;
  fold2 = f2;
}

export function charClasses(): Uint8Array {
  initChars();
  return classTable!;
}
export function foldTable1(): Uint16Array {
  initChars();
  return fold1!;
}
export function foldTable2(): Uint16Array {
  initChars();
  return fold2!;
}

export const H1_SEED = 0x811c9dc5 | 0;

/** Advances the hash (32-bit FNV-1a) by one folded code unit. */
export function step1(h: number, c: number): number {
  return Math.imul(h ^ c, 0x01000193);
}

/** The hash of a word, folded as tokens are. */
export function hashWord(word: string): number {
  const f1 = foldTable1();
  const f2 = foldTable2();
  let h = H1_SEED;
  const cls = charClasses();
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    let a = f1[c]!;
    if (a === 0) {
      const k = cls[c]!;
      if (k === C.Apostrophe) a = 39;
      else if (k === C.Hyphen) a = 45;
      else continue;
    }
    if (a === 1) continue;
    h = step1(h, a);
    const b = f2[c]!;
    if (b !== 0) h = step1(h, b);
  }
  return h;
}

/** Combines token hashes into a phrase hash (order-sensitive). */
export function phraseStep(h: number, tokenHash: number): number {
  const x = (Math.imul(h ^ tokenHash, 0x85ebca6b) + 0x27d4eb2f) | 0;
  return x ^ (x >>> 13);
}
