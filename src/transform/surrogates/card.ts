import { luhnCheckDigit } from '../../detect/checksums/luhn.js';
import { creditCard } from '../../detect/validators/financial.js';
import { canonicalValue } from '../canonical.js';
import { digitsOf, fillDigits, speak, writtenForm } from './shape.js';
import { firstAccepted, type Generator } from './types.js';

/**
 * How many leading digits name the card brand (Visa 4, Mastercard 51-55 / 2221-2720, Amex
 * 34/37, Discover 6011/644-649/65, JCB 3528-3589, Diners 300-305/36/38-39, …). Only the
 * brand is kept: the rest of the issuer number (the bank) is drawn at random.
 */
export function brandPrefixLength(d: string): number {
  if (d.startsWith('4')) return 1;
  const n4 = Number(d.slice(0, 4));
  if ((n4 >= 2221 && n4 <= 2720) || (n4 >= 3528 && n4 <= 3589) || (n4 >= 2200 && n4 <= 2204)) return 4;
  if (n4 === 6011 || n4 === 1800 || n4 === 2131 || n4 === 9792 || n4 === 3095) return 4;
  const n3 = Number(d.slice(0, 3));
  if ((n3 >= 644 && n3 <= 649) || (n3 >= 300 && n3 <= 305)) return 3;
  const n2 = Number(d.slice(0, 2));
  if ((n2 >= 50 && n2 <= 69) || n2 === 34 || n2 === 37 || n2 === 36 || n2 === 38 || n2 === 39 || n2 === 81 || n2 === 82) return 2;
  return 1;
}

/**
 * CREDIT_CARD: same length, brand prefix, grouping and separators, random account digits
 * and a Luhn check digit; it passes the card validator (Luhn, and an issued IIN range and
 * length when the input had one).
 * Card networks reserve no number range for fiction, so a surrogate could by chance be a
 * real card number (as any random Luhn-valid number could); it carries no information about
 * the input beyond its brand.
 */
export const cardSurrogate: Generator = (req) => {
  const w = writtenForm(req.value);
  const d = digitsOf(w.text);
  if (d.length < 12 || d.length > 19) return undefined;
  const keep = brandPrefixLength(d);
  const need = creditCard(w.text);
  const out = firstAccepted(
    req,
    canonicalValue(req.type, req.value, req.region),
    (draw) => {
      const body = d.slice(0, keep) + draw.digits(d.length - keep - 1);
      return fillDigits(w.text, body + luhnCheckDigit(body));
    },
    (c) => {
      const v = creditCard(c);
      return digitsOf(c) !== d && v !== false && (need !== true || v === true);
    },
  );
  return out !== undefined && w.spoken ? speak(digitsOf(out), w.oh) : out;
};
