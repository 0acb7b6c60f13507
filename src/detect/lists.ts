import type { AllowEntry, DenyEntry, Finding } from '../types.js';
import { OptionsError } from '../errors.js';

/** Deny-list findings are reported with this detector and, by default, this type. */
export const DENY_DEFAULT_TYPE = 'DENY_LIST';

/** A literal as a regular-expression source. */
export function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export interface DenyMatcher {
  scan(text: string, out: Finding[]): void;
}

/** One regex for the whole deny list: literal alternation, whole-word, case-insensitive. */
export function compileDeny(entries: readonly DenyEntry[]): DenyMatcher | undefined {
  if (entries.length === 0) return undefined;
  const typeOf = new Map<string, string>();
  const values: string[] = [];
  entries.forEach((e, i) => {
    const value = typeof e === 'string' ? e : e?.value;
    const type = typeof e === 'string' ? DENY_DEFAULT_TYPE : e?.type ?? DENY_DEFAULT_TYPE;
    if (typeof value !== 'string' || value.trim().length === 0) {
      throw new OptionsError(`deny[${i}] must be a non-empty string or { value, type }`);
    }
    typeOf.set(value.toLowerCase(), type);
    values.push(value);
  });
  // Longest first so that a longer value wins over its own prefix.
  values.sort((a, b) => b.length - a.length);
  const re = new RegExp(`(?<![\\p{L}\\p{N}_])(?:${values.map(escapeRegex).join('|')})(?![\\p{L}\\p{N}_])`, 'giu');
  return {
    scan(text, out) {
      re.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = re.exec(text)) !== null) {
        out.push({
          type: typeOf.get(m[0].toLowerCase()) ?? DENY_DEFAULT_TYPE,
          start: m.index,
          end: m.index + m[0].length,
          score: 1,
          detector: 'deny',
        });
      }
    },
  };
}

export interface AllowMatcher {
  allows(value: string): boolean;
}

/** Exact strings (case-insensitive, surrounding space ignored) or regexes that must match the whole value. */
export function compileAllow(entries: readonly AllowEntry[]): AllowMatcher | undefined {
  if (entries.length === 0) return undefined;
  const exact = new Set<string>();
  const patterns: RegExp[] = [];
  entries.forEach((e, i) => {
    if (typeof e === 'string') exact.add(e.trim().toLowerCase());
    else if (e instanceof RegExp) patterns.push(new RegExp(`^(?:${e.source})$`, e.flags.replace(/[gy]/g, '')));
    else throw new OptionsError(`allow[${i}] must be a string or a RegExp`);
  });
  return {
    allows(value) {
      if (exact.has(value.trim().toLowerCase())) return true;
      for (const re of patterns) if (re.test(value)) return true;
      return false;
    },
  };
}
