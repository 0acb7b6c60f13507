/** SWIFT/BIC (ISO 9362) structure: 4-letter bank code, ISO country, 2-char location, optional 3-char branch. */
import { isCountryCode } from './country-codes.js';

function isUpper(c: number): boolean {
  return c >= 65 && c <= 90;
}
function isUpperAlnum(c: number): boolean {
  return isUpper(c) || (c >= 48 && c <= 57);
}

/**
 * True for an 8- or 11-character upper-case BIC whose positions 5–6 are an
 * assigned country code. A branch code starting with `X` must be `XXX`.
 */
export function bicValid(s: string): boolean {
  if (s.length !== 8 && s.length !== 11) return false;
  for (let i = 0; i < 6; i++) if (!isUpper(s.charCodeAt(i))) return false;
  for (let i = 6; i < s.length; i++) if (!isUpperAlnum(s.charCodeAt(i))) return false;
  if (!isCountryCode(s.slice(4, 6))) return false;
  if (s.length === 11 && s[8] === 'X' && s.slice(8) !== 'XXX') return false;
  return true;
}
