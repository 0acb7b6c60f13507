import { parsePhoneNumberFromString, type CountryCode, type PhoneNumber } from 'libphonenumber-js/max';
import { canonicalValue } from '../canonical.js';
import { AU_AREA_DIGITS, AU_FICTIONAL_BLOCKS, CA_AREA_CODES, UK_DRAMA, US_AREA_CODES } from './data-phone.js';
import type { Draw } from './draw.js';
import { digitsOf, fillDigits, list, speak, writtenForm } from './shape.js';
import { firstAccepted, type Generator } from './types.js';

const US_AREAS = list(US_AREA_CODES);
const CA_AREAS = list(CA_AREA_CODES);

function parse(text: string, region: string): PhoneNumber | undefined {
  try {
    return parsePhoneNumberFromString(text, region as CountryCode);
  } catch {
    return undefined;
  }
}

/** UK drama prefixes with a two-digit area code (020, 028, 029): for inputs written "20 7123 4567". */
const UK_TWO_DIGIT_AREA = UK_DRAMA.geo.filter((r) => r.startsWith('2'));
const UK_THREE_DIGIT_AREA = UK_DRAMA.geo.filter((r) => !r.startsWith('2'));

/** How many digits the national number's first group has as written ("020 7946 …" → 2, "0113 496 …" → 3). */
function firstGroupLength(text: string, digitIndex: number): number {
  let seen = 0;
  let n = 0;
  for (const ch of text) {
    const digit = ch >= '0' && ch <= '9';
    if (digit) {
      if (seen >= digitIndex) n++;
      seen++;
    } else if (n > 0) break;
  }
  return n;
}

/** A new national significant number of the same length for the input's country. */
function newNationalNumber(p: PhoneNumber, draw: Draw, areaLength: number): string | undefined {
  const nsn = p.nationalNumber as string;
  const country = p.country;
  if (p.countryCallingCode === '1' && nsn.length === 10) {
    // NANPA: 555-0100 … 555-0199 is fictional in every area code.
    const area = country === 'US' ? draw.pick(US_AREAS) : country === 'CA' ? draw.pick(CA_AREAS) : nsn.slice(0, 3);
    return `${area}55501${draw.digits(2)}`;
  }
  if (p.countryCallingCode === '44' && nsn.length === 10) {
    // GB and the Crown Dependencies (GG, JE, IM) share Ofcom's plan
    const type = p.getType();
    const geo = areaLength === 2 ? UK_TWO_DIGIT_AREA : areaLength === 3 ? UK_THREE_DIGIT_AREA : UK_DRAMA.geo;
    const ranges = type === 'TOLL_FREE' || type === 'PREMIUM_RATE' || type === 'UAN' ? UK_DRAMA[type] : geo;
    return draw.pick(ranges) + draw.digits(3);
  }
  if (country === 'AU' && nsn.length === 9) {
    const area = (AU_AREA_DIGITS as readonly string[]).includes(nsn[0]!) ? nsn[0]! : draw.pick(AU_AREA_DIGITS);
    return area + draw.pick(AU_FICTIONAL_BLOCKS) + draw.digits(4);
  }
  // No fictional range known: keep the leading digits that select area or operator, draw the rest.
  const keep = Math.min(3, Math.max(1, nsn.length - 5));
  return nsn.slice(0, keep) + draw.digits(nsn.length - keep);
}

/**
 * PHONE: a number of the same country, length and layout (separators, brackets, `+`, national
 * prefix) in a range reserved for fiction where one exists: NANP (US, CA, …) 555-0100…0199 in a
 * random area code of the country, UK Ofcom drama numbers (020 7946 0xxx, 0113 496 0xxx, …, with
 * an area code as long as the input's when it is written apart; and
 * 0808 157 0xxx / 0909 879 0xxx / 0306 999 0xxx for those types), Australian (0x) 5550 xxxx /
 * 7010 xxxx. Elsewhere the country code and the first digits are kept and the rest drawn until
 * libphonenumber accepts the number (such a number may exist). An extension gets random digits.
 * A spoken number comes back spoken, digit by digit.
 */
export const phoneSurrogate: Generator = (req) => {
  const w = writtenForm(req.value);
  const p = parse(w.text, req.region);
  if (!p || !p.isValid()) return undefined;
  const all = digitsOf(w.text);
  const nsn = p.nationalNumber as string;
  const ext = p.ext ?? '';
  const at = all.length - ext.length - nsn.length;
  if (at < 0 || all.slice(at, at + nsn.length) !== nsn) return undefined;
  const before = canonicalValue('PHONE', w.text, req.region);
  const areaLength = firstGroupLength(w.text, at);
  const out = firstAccepted(
    req,
    canonicalValue(req.type, req.value, req.region),
    (draw) => {
      const n = newNationalNumber(p, draw, areaLength);
      return n === undefined ? undefined : fillDigits(w.text, all.slice(0, at) + n + draw.digits(ext.length));
    },
    (c) => {
      const q = parse(c, req.region);
      return q !== undefined && q.isValid() && q.countryCallingCode === p.countryCallingCode && q.number !== p.number && canonicalValue('PHONE', c, req.region) !== before;
    },
  );
  return out !== undefined && w.spoken ? speak(digitsOf(out), w.oh) : out;
};
