import { email as emailValid } from '../../detect/validators/contact.js';
import { canonicalValue } from '../canonical.js';
import type { Draw } from './draw.js';
import { FIRST, LAST } from './names.js';
import { caseOf, speak, withCase, writtenForm } from './shape.js';
import { firstAccepted, type Generator } from './types.js';

/** The reserved example domains (RFC 2606). */
const DOMAINS = ['example.com', 'example.net', 'example.org'] as const;

/** A new run of letters: first run a given name, later runs family names, one letter an initial. */
function letters(run: string, nth: number, draw: Draw): string {
  const style = caseOf(run);
  if (run.length === 1) return withCase(draw.letter(), style === 'upper' || style === 'title' ? 'upper' : 'lower');
  const name = nth === 0 ? draw.pick(FIRST) : draw.pick(LAST);
  return withCase(name, style === 'mixed' ? 'title' : style);
}

/** A new run of digits of the same length; a four-digit year-like run (19xx/20xx) stays a plausible year. */
function digits(run: string, draw: Draw): string {
  if (run.length === 4 && /^(?:19|20)/.test(run)) return String(draw.between(1950, 2009));
  return draw.digits(run.length);
}

/**
 * EMAIL: `local@example.com|net|org` (reserved domains: the address can reach no one). The
 * local part keeps its style: letter runs become names in their case (first run a given name,
 * later ones family names, single letters initials), digit runs other digits of the same
 * length, separators (`.` `_` `-` `+`) stay, camel case splits into parts:
 * `maria.gonzalez85` → `yuki.novak31`, `MGonzalez` → `KPatel`. A spoken address comes back spoken ("x dot y at example dot com").
 */
export const emailSurrogate: Generator = (req) => {
  const w = writtenForm(req.value);
  const text = w.text.trim();
  const at = text.lastIndexOf('@');
  if (at <= 0 || at === text.length - 1) return undefined;
  const local = text.slice(0, at);
  const domain = text.slice(at + 1);
  // camel case splits: MGonzalez → M + Gonzalez, mariaGonzalez → maria + Gonzalez
  const runs = local.match(/\p{Lu}(?=\p{Lu}\p{Ll})|\p{Lu}?\p{Ll}+|\p{Lu}+(?!\p{Ll})|\p{L}+|\d+|[^\p{L}\d]+/gu) ?? [];
  const before = canonicalValue('EMAIL', text);
  const out = firstAccepted(
    req,
    canonicalValue(req.type, req.value, req.region),
    (draw) => {
      let nth = 0;
      let l = '';
      for (const r of runs) {
        if (/^\p{L}/u.test(r)) l += letters(r, nth++, draw);
        else if (/^\d/.test(r)) l += digits(r, draw);
        else l += r;
      }
      const d = draw.pick(DOMAINS);
      return `${l}@${domain === domain.toUpperCase() && /[A-Z]/.test(domain) ? d.toUpperCase() : d}`;
    },
    (c) => emailValid(c) && canonicalValue('EMAIL', c) !== before,
  );
  return out !== undefined && w.spoken ? speak(out, w.oh) : out;
};
