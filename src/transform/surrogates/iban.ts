import { bbanFields, ibanCheckDigits, ibanValid } from '../../detect/checksums/iban.js';
import { canonicalValue } from '../canonical.js';
import type { Draw } from './draw.js';
import { firstAccepted, type Generator } from './types.js';

const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** A BBAN of the country's registry structure (`n` digits, `a` letters, `c` mostly digits). */
function randomBban(fields: readonly { count: number; kind: 'n' | 'a' | 'c' }[], draw: Draw): string {
  let s = '';
  for (const f of fields) {
    for (let i = 0; i < f.count; i++) s += f.kind === 'a' ? UPPER[draw.int(26)] : f.kind === 'c' && draw.int(4) === 0 ? UPPER[draw.int(26)] : draw.digits(1);
  }
  return s;
}

/** Writes the characters of `compact`, in order, over the letters and digits of `template`. */
function fillAlnum(template: string, compact: string, lower: boolean): string {
  let k = 0;
  let out = '';
  for (const ch of template) {
    if (/[0-9A-Za-z]/.test(ch) && k < compact.length) {
      const c = compact[k++]!;
      out += lower ? c.toLowerCase() : c;
    } else out += ch;
  }
  return out;
}

/**
 * IBAN: same country and length, a random BBAN of the country's structure (bank code
 * included) and the MOD 97-10 check digits computed, laid over the input's grouping and
 * case. It passes the IBAN validator; banks reserve no fictional range, so it could by
 * chance be a real account number.
 */
export const ibanSurrogate: Generator = (req) => {
  let compact = '';
  for (const ch of req.value) if (/[0-9A-Za-z]/.test(ch)) compact += ch.toUpperCase();
  const country = compact.slice(0, 2);
  const fields = bbanFields(country);
  if (!fields || !ibanValid(compact)) return undefined;
  const lower = /[a-z]/.test(req.value) && !/[A-Z]/.test(req.value);
  return firstAccepted(
    req,
    canonicalValue(req.type, req.value, req.region),
    (draw) => {
      const bban = randomBban(fields, draw);
      return fillAlnum(req.value, country + ibanCheckDigits(country, bban) + bban, lower);
    },
    (c) => {
      const cc = c.replace(/[^0-9A-Za-z]/g, '').toUpperCase();
      return cc !== compact && ibanValid(cc);
    },
  );
};
