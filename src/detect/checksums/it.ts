import { alnumUpper, allSame, digitsOnly } from './digits.js';
import { luhnValid } from './luhn.js';

/** Values of characters in odd (1st, 3rd, …) positions of a codice fiscale, for 0-9 then A-Z. */
const ODD_DIGITS = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21];
const ODD_LETTERS = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23];
/** Letters that replace digits in the numeric positions of a code (omocodia), L = 0 … V = 9. */
const OMOCODE = 'LMNPQRSTUV';
/** Month letters, January first. */
const MONTHS = 'ABCDEHLMPRST';

function oddValue(c: number): number {
  return c <= 57 ? ODD_DIGITS[c - 48]! : ODD_LETTERS[c - 65]!;
}

function evenValue(c: number): number {
  return c <= 57 ? c - 48 : c - 65;
}

/** Two numeric positions of a fiscal code read as a number, undoing omocodia. */
function fcNumber(a: string, b: string): number {
  const d = (ch: string) => (ch >= '0' && ch <= '9' ? Number(ch) : OMOCODE.indexOf(ch));
  return d(a) * 10 + d(b);
}

/** Check character of the first 15 characters of an Italian fiscal code (upper-case). */
export function itFiscalCheckChar(first15: string): string {
  let sum = 0;
  for (let i = 0; i < 15; i++) {
    const c = first15.charCodeAt(i);
    sum += i % 2 === 0 ? oddValue(c) : evenValue(c);
  }
  return String.fromCharCode(65 + (sum % 26));
}

/**
 * Italian fiscal code (codice fiscale) of a person: 16 characters `AAAAAAYYMDDZZZZK`.
 * `null` when the shape is right but the check character is not (a mistyped code is still
 * one), `false` when the shape or the day of birth (1-31, women +40) is impossible.
 */
export function itFiscalCodeCheck(code: string): boolean | null {
  const s = alnumUpper(code);
  if (!/^[A-Z]{6}[0-9LMNPQRSTUV]{2}[ABCDEHLMPRST][0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{3}[A-Z]$/.test(s)) return false;
  if (MONTHS.indexOf(s[8]!) < 0) return false;
  const day = fcNumber(s[9]!, s[10]!);
  if (!((day >= 1 && day <= 31) || (day >= 41 && day <= 71))) return false;
  return itFiscalCheckChar(s.slice(0, 15)) === s[15] ? true : null;
}

/**
 * Italian VAT number (partita IVA): 11 digits, Luhn check digit, not all zero, and the
 * provincial office code (digits 8-10) 001-100, 120, 121, 888 or 999.
 */
export function itVatValid(value: string): boolean {
  const d = digitsOnly(value);
  if (d.length !== 11 || allSame(d)) return false;
  const office = Number(d.slice(7, 10));
  if (!((office >= 1 && office <= 100) || office === 120 || office === 121 || office === 888 || office === 999)) return false;
  return luhnValid(d);
}
