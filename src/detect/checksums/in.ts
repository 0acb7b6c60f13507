/** Indian identifier rules: Aadhaar, PAN, GSTIN, vehicle registration state codes. */

import { verhoeffValid } from './verhoeff.js';

/** True when `s` reads the same both ways (optionally ignoring case). */
export function isPalindrome(s: string, caseInsensitive = false): boolean {
  const t = caseInsensitive ? s.toLowerCase() : s;
  for (let i = 0, j = t.length - 1; i < j; i++, j--) if (t.charCodeAt(i) !== t.charCodeAt(j)) return false;
  return true;
}

/** Aadhaar (UIDAI): 12 digits, the first 2-9, Verhoeff-valid, and not a palindrome. */
export function aadhaarValid(digits: string): boolean {
  if (digits.length !== 12) return false;
  const first = digits.charCodeAt(0) - 48;
  if (first < 2 || first > 9) return false;
  return verhoeffValid(digits) && !isPalindrome(digits);
}

/**
 * PAN holder-type letters (4th character): P person, C company, H Hindu undivided family, A association
 * of persons, B body of individuals, G government, J artificial juridical person, L local authority,
 * F firm / LLP, T trust.
 */
const PAN_HOLDER_TYPES = 'ABCFGHJLPT';

/** PAN shape: 5 letters, 4 digits, 1 letter (upper case). */
export function panShapeValid(value: string): boolean {
  return /^[A-Z]{5}\d{4}[A-Z]$/.test(value);
}

/** True when the PAN's 4th character is a known holder type. Expects an upper-case PAN. */
export function panHolderTypeValid(pan: string): boolean {
  return pan.length === 10 && PAN_HOLDER_TYPES.includes(pan[3]!);
}

/** GST state codes 01-37 (Jammu & Kashmir … Andhra Pradesh), as most validators accept. */
export function gstinStateCodeCommon(code: string): boolean {
  const n = /^\d\d$/.test(code) ? Number(code) : 0;
  return n >= 1 && n <= 37;
}

/** GST codes issued beyond 01-37: 38 Ladakh, 97 Other Territory, 99 Centre Jurisdiction. */
export function gstinStateCodeExtra(code: string): boolean {
  return code === '38' || code === '97' || code === '99';
}

const BASE36 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/**
 * GSTIN check character: base-36 values, factors 1,2 alternating from the left over the first 14
 * characters; each product contributes quotient + remainder by 36; check = (36 - sum mod 36) mod 36.
 * Expects 15 upper-case characters.
 */
export function gstinChecksumValid(gstin: string): boolean {
  if (gstin.length !== 15) return false;
  let sum = 0;
  for (let i = 0; i < 14; i++) {
    const v = BASE36.indexOf(gstin[i]!);
    if (v < 0) return false;
    const p = v * (i % 2 === 0 ? 1 : 2);
    sum += ((p / 36) | 0) + (p % 36);
  }
  return BASE36[(36 - (sum % 36)) % 36] === gstin[14];
}

/**
 * GSTIN structure: 2-digit state code, the holder's PAN (5 letters, 4 digits, letter), entity number
 * (1-9 or A-Z), `Z`, check character. Expects 15 upper-case characters; the state code is checked apart.
 */
export function gstinShapeValid(gstin: string): boolean {
  return /^\d{2}[A-Z]{5}\d{4}[A-Z][1-9A-Z]Z[0-9A-Z]$/.test(gstin);
}

/** State and union-territory codes of Indian vehicle registrations, current and older. */
const VEHICLE_STATES = new Set([
  'AN', 'AP', 'AR', 'AS', 'BR', 'CG', 'CH', 'DD', 'DL', 'DN', 'GA', 'GJ', 'HP', 'HR', 'JH', 'JK', 'KA', 'KL',
  'LA', 'LD', 'MH', 'ML', 'MN', 'MP', 'MZ', 'NL', 'OD', 'OR', 'PB', 'PY', 'RJ', 'SK', 'TN', 'TS', 'TG', 'TR',
  'UK', 'UP', 'WB', 'UA', 'UL', 'CT', 'DH',
]);

/** True when `code` (upper case) is an Indian vehicle registration state or union-territory code. */
export function inVehicleStateCode(code: string): boolean {
  return VEHICLE_STATES.has(code);
}
