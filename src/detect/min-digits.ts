/**
 * What any match of a regex must contain, read off its source:
 *  - `minDigits`: the fewest ASCII digits in a match;
 *  - `minRun`: a lower bound on the longest run of consecutive digits in a match
 *    (`\d{9}` needs a run of 9; `\d{3}-?\d{2}-?\d{4}` only guarantees 4);
 *  - `minToken`: when no match can hold whitespace or a NUL (isTokenSeparator), its fewest
 *    characters, so a match lies inside one separator-free token at least that long; else 0;
 *  - `minLetters`: the fewest characters in a match that can only be letters (an ASCII letter or
 *    any character beyond ASCII: isLetterish), so a window without one cannot hold a match.
 * Conservative: whatever it cannot read counts as no digits, as possibly whitespace and as
 * no length, so none ever exceeds the truth. Patterns run only over digit windows that can
 * hold a match, which spares texts full of prices, times and dates from every identifier pattern.
 */
export interface DigitShape {
  minDigits: number;
  minRun: number;
  minToken: number;
  minLetters: number;
}

interface Shape {
  minDigits: number;
  minRun: number;
  /** Fewest characters that can only be letters (isLetterish). */
  letters: number;
  /** Fewest characters. */
  len: number;
  /** No whitespace or NUL can be part of a match. */
  solid: boolean;
}

export function digitShape(source: string): DigitShape {
  const r = new Parser(source).alternatives();
  return { minDigits: fin(r.minDigits), minRun: fin(r.minRun), minToken: r.solid ? fin(r.len) : 0, minLetters: fin(r.letters) };
}

/** A letter for `minLetters`: an ASCII letter, or any UTF-16 code unit beyond ASCII (letters of other scripts among them). */
export function isLetterish(c: number): boolean {
  return c > 0x7f || ((c | 32) >= 97 && (c | 32) <= 122);
}

/** Whether every code point in [lo, hi] is letterish. */
function letterRange(lo: number, hi: number): boolean {
  if (lo > hi) return false;
  if (lo > 0x7f) return true;
  return (lo >= 65 && hi <= 90) || (lo >= 97 && hi <= 122);
}

/** The code points that end a token: NUL and JavaScript's whitespace (what `\\s` matches), as ranges. */
const SEPARATORS: readonly (readonly [number, number])[] = [
  [0x0, 0x0], [0x9, 0xd], [0x20, 0x20], [0xa0, 0xa0], [0x1680, 0x1680], [0x2000, 0x200a],
  [0x2028, 0x2029], [0x202f, 0x202f], [0x205f, 0x205f], [0x3000, 0x3000], [0xfeff, 0xfeff],
];

/** Whether a UTF-16 code unit ends a token (see SEPARATORS). */
export function isTokenSeparator(c: number): boolean {
  if (c > 0x20 && c < 0xa0) return false;
  for (const [lo, hi] of SEPARATORS) if (c >= lo && c <= hi) return true;
  return false;
}

function solidCode(c: number): boolean {
  return !isTokenSeparator(c);
}

/** Whether no code point in [lo, hi] ends a token. */
function solidRange(lo: number, hi: number): boolean {
  for (const [a, b] of SEPARATORS) if (lo <= b && hi >= a) return false;
  return true;
}

export function minDigits(source: string): number {
  return digitShape(source).minDigits;
}

function fin(n: number): number {
  return Number.isFinite(n) ? n : 0;
}

const NONE: Shape = { minDigits: 0, minRun: 0, letters: 0, len: 0, solid: true };
const OPAQUE: Shape = { minDigits: 0, minRun: 0, letters: 0, len: 1, solid: false };
const SOLID1: Shape = { minDigits: 0, minRun: 0, letters: 0, len: 1, solid: true };
const LETTER1: Shape = { minDigits: 0, minRun: 0, letters: 1, len: 1, solid: true };

class Parser {
  private i = 0;
  constructor(private readonly s: string) {}

  /** alternatives := sequence ('|' sequence)* ; the minimum over them. */
  alternatives(): Shape {
    let best = this.sequence();
    while (this.s[this.i] === '|') {
      this.i++;
      const next = this.sequence();
      best = {
        minDigits: Math.min(best.minDigits, next.minDigits),
        minRun: Math.min(best.minRun, next.minRun),
        letters: Math.min(best.letters, next.letters),
        len: Math.min(best.len, next.len),
        solid: best.solid && next.solid,
      };
    }
    return best;
  }

  private sequence(): Shape {
    let digits = 0;
    let run = 0;
    let letters = 0;
    let len = 0;
    let solid = true;
    while (this.i < this.s.length && this.s[this.i] !== '|' && this.s[this.i] !== ')') {
      const { shape, digitAtom } = this.atom();
      const times = this.quantifier();
      digits += shape.minDigits * times;
      letters += shape.letters * times;
      len += shape.len * times;
      solid &&= shape.solid;
      // a repeated digit atom is a run of `times`; a repeated group keeps its own guaranteed run
      const r = digitAtom ? times : times > 0 ? shape.minRun : 0;
      if (r > run) run = r;
    }
    return { minDigits: digits, minRun: run, letters, len, solid };
  }

  private atom(): { shape: Shape; digitAtom: boolean } {
    const c = this.s[this.i]!;
    const digit = { shape: { minDigits: 1, minRun: 1, letters: 0, len: 1, solid: true }, digitAtom: true };
    const solid1 = { shape: SOLID1, digitAtom: false };
    const letter1 = { shape: LETTER1, digitAtom: false };
    const opaque = { shape: OPAQUE, digitAtom: false };
    const assertion = { shape: NONE, digitAtom: false };
    if (c === '\\') {
      const n = this.s[this.i + 1]!;
      this.i += 2;
      if (n === 'd') return digit;
      if (n === 'b' || n === 'B') return assertion;
      if (n === 'w') return solid1;
      if (n === 'u' && this.s[this.i] === '{') {
        const j = this.i;
        this.skipTo('}');
        const code = parseInt(this.s.slice(j + 1, this.i - 1), 16);
        return !solidCode(code) ? opaque : letterRange(code, code) ? letter1 : solid1;
      }
      if (n === 'u' || n === 'x') {
        const k = n === 'u' ? 4 : 2;
        const code = parseInt(this.s.slice(this.i, this.i + k), 16);
        this.i += k;
        return !solidCode(code) ? opaque : letterRange(code, code) ? letter1 : solid1;
      }
      if ((n === 'p' || n === 'P') && this.s[this.i] === '{') {
        const j = this.i;
        this.skipTo('}');
        const prop = this.s.slice(j + 1, this.i - 1);
        // \p{L}: a letter of any script, letterish (an ASCII letter or beyond ASCII)
        if (n === 'p' && /^(?:L|Lu|Ll|Lt|Lm|Lo|Letter)$/.test(prop)) return letter1;
        return n === 'p' && /^(?:N|Nd|Number)$/.test(prop) ? solid1 : opaque;
      }
      if (n === 'k' && this.s[this.i] === '<') {
        this.skipTo('>');
        return { shape: { ...NONE, solid: false }, digitAtom: false };
      }
      if (n === 'c') this.i += 1;
      if (n >= '0' && n <= '9') return { shape: { ...NONE, solid: false }, digitAtom: false }; // a back-reference may be empty
      // an escaped punctuation mark is itself; a letter escape we do not know may be anything
      return /[!-/:-@[-`{-~]/.test(n) ? solid1 : opaque;
    }
    if (c === '[') {
      const k = this.charClass();
      return k === 'digit' ? digit : k === 'letter' ? letter1 : k === 'solid' ? solid1 : opaque;
    }
    if (c === '(') {
      this.i++;
      let lookaround = false;
      if (this.s[this.i] === '?') {
        const a = this.s[this.i + 1];
        if (a === ':') this.i += 2;
        else if (a === '=' || a === '!') {
          lookaround = true;
          this.i += 2;
        } else if (a === '<' && (this.s[this.i + 2] === '=' || this.s[this.i + 2] === '!')) {
          lookaround = true;
          this.i += 3;
        } else if (a === '<') this.skipTo('>');
        else this.i += 1;
      }
      const inner = this.alternatives();
      if (this.s[this.i] === ')') this.i++;
      return { shape: lookaround ? NONE : inner, digitAtom: false };
    }
    this.i++;
    if (c >= '0' && c <= '9') return digit; // a literal digit
    if (c === '^' || c === '$') return assertion;
    if (c === '.') return opaque;
    const code = c.charCodeAt(0); // a literal (a code unit: a surrogate pair is two letterish units, counted as one)
    if (code >= 0xd800 && code <= 0xdbff) this.i++;
    return !solidCode(code) ? opaque : letterRange(code, code) ? letter1 : solid1;
  }

  /**
   * `digit` when every member of the class is a digit ([0-9], [\d], [2-9], [13579]); `letter` when
   * every member is letterish ([A-Za-z], [A-ZÀ-Ö], [\p{L}]); `solid` when no member is whitespace
   * or NUL; else `other`.
   */
  private charClass(): 'digit' | 'letter' | 'solid' | 'other' {
    const start = this.i + 1;
    let j = start;
    if (this.s[j] === ']') j++;
    while (j < this.s.length && this.s[j] !== ']') j += this.s[j] === '\\' ? 2 : 1;
    const body = this.s.slice(start, j);
    this.i = j + 1;
    if (body.startsWith('^')) return 'other';
    if (/^(?:\\d|[0-9](?:-[0-9])?)+$/.test(body)) return 'digit';
    if (!solidClass(body)) return 'other';
    return letterClass(body) ? 'letter' : 'solid';
  }

  /** The minimum repeat count of the quantifier that follows (1 when none). */
  private quantifier(): number {
    const c = this.s[this.i];
    let min = 1;
    if (c === '*' || c === '?') {
      this.i++;
      min = 0;
    } else if (c === '+') this.i++;
    else if (c === '{') {
      const m = /^\{(\d+)(?:,(\d*))?\}/.exec(this.s.slice(this.i));
      if (!m) return 1; // a literal brace
      this.i += m[0].length;
      min = Number(m[1]);
    } else return 1;
    if (this.s[this.i] === '?') this.i++; // lazy
    return min;
  }

  private skipTo(ch: string): void {
    while (this.i < this.s.length && this.s[this.i] !== ch) this.i++;
    this.i++;
  }
}

/** Whether no member of a (non-negated) class body can be whitespace or NUL. */
function solidClass(body: string): boolean {
  const cps = [...body];
  let k = 0;
  /** The next class member's code point, -1 for a solid escape class (\d, \w), -2 for anything else. */
  const next = (): number => {
    const c = cps[k++]!;
    if (c !== '\\') return c.codePointAt(0)!;
    const n = cps[k++] ?? '';
    if (n === 'd' || n === 'w') return -1;
    if (n === 'x' || (n === 'u' && cps[k] !== '{')) {
      const len = n === 'x' ? 2 : 4;
      const code = parseInt(cps.slice(k, k + len).join(''), 16);
      k += len;
      return Number.isNaN(code) ? -2 : code;
    }
    if ((n === 'p' || n === 'P' || n === 'u') && cps[k] === '{') {
      let e = k;
      while (e < cps.length && cps[e] !== '}') e++;
      const arg = cps.slice(k + 1, e).join('');
      k = e + 1;
      if (n === 'u') return parseInt(arg, 16);
      return n === 'p' && /^(?:L|Lu|Ll|Lt|Lm|Lo|N|Nd|Letter|Number)$/.test(arg) ? -1 : -2;
    }
    return /[!-/:-@[-`{-~]/.test(n) ? n.codePointAt(0)! : -2;
  };
  while (k < cps.length) {
    const lo = next();
    if (lo === -2) return false;
    if (lo === -1) continue;
    if (cps[k] === '-' && k + 1 < cps.length) {
      k++;
      const hi = next();
      if (hi < 0) return false;
      if (hi < lo || !solidRange(lo, hi)) return false;
      continue;
    }
    if (!solidCode(lo)) return false;
  }
  return true;
}

/** Whether every member of a (non-negated, solid) class body is letterish (isLetterish). */
function letterClass(body: string): boolean {
  const cps = [...body];
  let k = 0;
  while (k < cps.length) {
    let lo: number;
    const c = cps[k++]!;
    if (c === '\\') {
      const n = cps[k++] ?? '';
      if ((n === 'p' || n === 'u') && cps[k] === '{') {
        let e = k;
        while (e < cps.length && cps[e] !== '}') e++;
        const arg = cps.slice(k + 1, e).join('');
        k = e + 1;
        if (n === 'p') {
          if (/^(?:L|Lu|Ll|Lt|Lm|Lo|Letter)$/.test(arg)) continue;
          return false;
        }
        lo = parseInt(arg, 16);
      } else if (n === 'x' || n === 'u') {
        const len = n === 'x' ? 2 : 4;
        lo = parseInt(cps.slice(k, k + len).join(''), 16);
        k += len;
      } else return false; // \d, \w, an escaped mark: not only letters
    } else lo = c.codePointAt(0)!;
    let hi = lo;
    if (cps[k] === '-' && k + 1 < cps.length) {
      k++;
      const h = cps[k++]!;
      if (h === '\\') return false; // an escape as a range end: not read here
      hi = h.codePointAt(0)!;
    }
    if (Number.isNaN(lo) || !letterRange(lo, hi)) return false;
  }
  return true;
}
