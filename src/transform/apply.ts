import type { Finding } from '../types.js';

/** Produces the replacement text for one finding. */
export type Replacer = (finding: Finding, value: string) => string;

/** The default replacement: `[TYPE]`. */
export const labelReplacer: Replacer = (f) => `[${f.type}]`;

/**
 * Replaces each finding's span of `text`. Findings must not overlap (the
 * analyzer guarantees it); they may come in any order.
 */
export function applyFindings(text: string, findings: readonly Finding[], replace: Replacer = labelReplacer): string {
  if (findings.length === 0) return text;
  const sorted = isSorted(findings) ? findings : findings.slice().sort((a, b) => a.start - b.start);
  let out = '';
  let pos = 0;
  for (const f of sorted) {
    if (f.start < pos) throw new RangeError('findings overlap; resolve them before applying');
    out += text.slice(pos, f.start) + replace(f, text.slice(f.start, f.end));
    pos = f.end;
  }
  return out + text.slice(pos);
}

function isSorted(f: readonly Finding[]): boolean {
  for (let i = 1; i < f.length; i++) if (f[i]!.start < f[i - 1]!.start) return false;
  return true;
}
