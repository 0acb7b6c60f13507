/**
 * What any match of a regex must contain, read off its source:
 *  - `minDigits`: the fewest ASCII digits in a match;
 *  - `minRun`: a lower bound on the longest run of consecutive digits in a match
 *    (`\d{9}` needs a run of 9; `\d{3}-?\d{2}-?\d{4}` only guarantees 4).
 * Conservative: whatever it cannot read counts as no digits, so neither ever
 * exceeds the truth. Patterns run only over digit windows that can hold a match,
 * which spares texts full of prices, times and dates from every identifier pattern.
 */
export interface DigitShape {
  minDigits: number;
  minRun: number;
}

export function digitShape(source: string): DigitShape {
  const r = new Parser(source).alternatives();
  return { minDigits: fin(r.minDigits), minRun: fin(r.minRun) };
}

export function minDigits(source: string): number {
  return digitShape(source).minDigits;
}

function fin(n: number): number {
  return Number.isFinite(n) ? n : 0;
}

const NONE: DigitShape = { minDigits: 0, minRun: 0 };

class Parser {
  private i = 0;
  constructor(private readonly s: string) {}

  /** alternatives := sequence ('|' sequence)* ; the minimum over them. */
  alternatives(): DigitShape {
    let best = this.sequence();
    while (this.s[this.i] === '|') {
      this.i++;
      const next = this.sequence();
      best = { minDigits: Math.min(best.minDigits, next.minDigits), minRun: Math.min(best.minRun, next.minRun) };
    }
    return best;
  }

  private sequence(): DigitShape {
    let digits = 0;
    let run = 0;
    while (this.i < this.s.length && this.s[this.i] !== '|' && this.s[this.i] !== ')') {
      const { shape, digitAtom } = this.atom();
      const times = this.quantifier();
      digits += shape.minDigits * times;
      // a repeated digit atom is a run of `times`; a repeated group keeps its own guaranteed run
      const r = digitAtom ? times : times > 0 ? shape.minRun : 0;
      if (r > run) run = r;
    }
    return { minDigits: digits, minRun: run };
  }

  private atom(): { shape: DigitShape; digitAtom: boolean } {
    const c = this.s[this.i]!;
    const digit = { shape: { minDigits: 1, minRun: 1 }, digitAtom: true };
    const none = { shape: NONE, digitAtom: false };
    if (c === '\\') {
      const n = this.s[this.i + 1];
      this.i += 2;
      if (n === 'd') return digit;
      if (n === 'u' && this.s[this.i] === '{') this.skipTo('}');
      else if (n === 'u') this.i += 4;
      else if (n === 'x') this.i += 2;
      else if ((n === 'p' || n === 'P') && this.s[this.i] === '{') this.skipTo('}');
      else if (n === 'k' && this.s[this.i] === '<') this.skipTo('>');
      else if (n === 'c') this.i += 1;
      return none;
    }
    if (c === '[') return this.charClass() ? digit : none;
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
    return none; // a literal, '.', '^', '$'
  }

  /** True when every member of the class is a digit: [0-9], [\d], [2-9], [13579]. */
  private charClass(): boolean {
    const start = this.i + 1;
    let j = start;
    if (this.s[j] === ']') j++;
    while (j < this.s.length && this.s[j] !== ']') j += this.s[j] === '\\' ? 2 : 1;
    const body = this.s.slice(start, j);
    this.i = j + 1;
    if (body.startsWith('^')) return false;
    return /^(?:\\d|[0-9](?:-[0-9])?)+$/.test(body);
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
