import { ordinalSuffix, cardinalWords, ordinalWords, twoDigitWords, yearWords } from './words.js';
import type { Field, ParsedDate, WordCase } from './parse.js';

/** Calendar values to write into a parsed layout. */
export interface DateValues {
  readonly year: number | undefined;
  readonly month: number | undefined;
  readonly days: readonly number[];
  readonly weekday: number | undefined;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] as const;
const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;

function cased(word: string, c: WordCase): string {
  return c === 'lower' ? word.toLowerCase() : c === 'upper' ? word.toUpperCase() : word;
}

/** A month name as the input wrote one: full or three letters ("Sept" kept), in its case. */
export function monthName(month: number, style: 'name' | 'abbr', c: WordCase, sept = false): string {
  const full = MONTHS[month - 1]!;
  const word = style === 'name' ? full : month === 9 && sept ? 'Sept' : full.slice(0, 3);
  return cased(word, c);
}

const pad2 = (n: number) => String(n).padStart(2, '0');

function renderField(f: Field, v: DateValues): string {
  switch (f.kind) {
    case 'year': {
      const y = v.year!;
      if (f.width === 4) return f.spoken ? yearWords(y) : String(y);
      return f.spoken ? twoDigitWords(y % 100) : pad2(y % 100);
    }
    case 'month':
      if (f.style === 'number') return f.spoken ? cardinalWords(v.month!) : f.pad ? pad2(v.month!) : String(v.month!);
      return monthName(v.month!, f.style, f.case, f.sept);
    case 'day': {
      const d = v.days[f.index]!;
      if (f.spoken) return f.suffix ? ordinalWords(d) : cardinalWords(d);
      const num = f.pad ? pad2(d) : String(d);
      return f.suffix ? num + cased(ordinalSuffix(d), f.suffix === 'upper' ? 'upper' : 'lower') : num;
    }
    case 'weekday': {
      const name = WEEKDAY_NAMES[v.weekday!]!;
      return cased(f.style === 'name' ? name : name.slice(0, 3), f.case);
    }
  }
}

/** Writes new calendar values into the layout of a parsed date (same fields, separators and words). */
export function formatDate(p: ParsedDate, v: DateValues): string {
  let out = '';
  for (const part of p.parts) out += typeof part === 'string' ? part : renderField(part, v);
  return out;
}
