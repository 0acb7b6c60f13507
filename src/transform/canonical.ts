import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js';
import { normalizeSpoken } from '../detect/spoken/normalize.js';

/**
 * The canonical form of a detected value, so that formatting variants of one value
 * get one token: `(415) 555-0132`, `+1 415 555 0132` and "four one five five five five
 * oh one three two" are all `+14155550132`; `Maria Gonzalez` and `maria  gonzález` are
 * `maria gonzalez`.
 */
export function canonicalValue(type: string, value: string, region = 'US'): string {
  switch (type) {
    case 'PHONE':
      return canonicalPhone(value, region);
    case 'EMAIL':
    case 'URL':
    case 'USERNAME':
      return written(value).replace(/\s+/g, '').toLowerCase();
    case 'PERSON':
    case 'LOCATION':
    case 'ORGANIZATION':
    case 'ADDRESS':
      return foldName(value);
    case 'DATE':
    case 'CARD_EXPIRY':
      return written(value).toLowerCase().replace(/\s+/g, ' ').trim();
    default:
      return identifierForm(value);
  }
}

/** Digits and letters only, upper-case, spoken numbers written: `536-22-8475` → `536228475`. */
export function identifierForm(value: string): string {
  const w = written(value);
  let out = '';
  for (const ch of w) {
    const c = ch.charCodeAt(0);
    if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90)) out += ch;
    else if (c >= 97 && c <= 122) out += ch.toUpperCase();
  }
  return out.length > 0 ? out : w.trim().toLowerCase();
}

/** Spoken numbers and symbols in their written form. */
export function written(value: string): string {
  return /[a-z]/i.test(value) && /(?:zero|oh|one|two|three|four|five|six|seven|eight|nine|ty|teen|dot|double|triple)\b/i.test(value)
    ? normalizeSpoken(value).text
    : value;
}

const TITLES = /^(?:mr|mrs|ms|miss|mx|dr|prof|sir|madam|mister)\.?\s+/i;

/** Lower-case, accents folded, titles and extra spaces dropped. */
export function foldName(value: string): string {
  return value
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(TITLES, '');
}

export function canonicalPhone(value: string, region: string): string {
  const w = written(value);
  const p = parsePhoneNumberFromString(w, region as CountryCode);
  if (p) return p.number;
  let digits = '';
  for (const ch of w) if (ch >= '0' && ch <= '9') digits += ch;
  return (w.trimStart().startsWith('+') ? '+' : '') + digits;
}
