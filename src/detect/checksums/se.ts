import { digitsOnly } from './digits.js';
import { isRealDate } from './calendar.js';
import { luhnValid } from './luhn.js';

/**
 * Swedish personnummer (or samordningsnummer, day + 60): `YYMMDD-NNNC` or `YYYYMMDDNNNC`,
 * separators ignored. The date must be real (with a 4-digit year, in that year) and the last
 * ten digits Luhn-valid.
 */
export function sePersonnummerValid(value: string): boolean {
  const d = digitsOnly(value);
  if (d.length !== 10 && d.length !== 12) return false;
  const year = d.length === 12 ? Number(d.slice(0, 4)) : undefined;
  if (year !== undefined && (year < 1800 || year > 2099)) return false;
  const ten = d.slice(-10);
  const month = Number(ten.slice(2, 4));
  let day = Number(ten.slice(4, 6));
  if (day > 60) day -= 60;
  return isRealDate(year, month, day) && luhnValid(ten);
}

/**
 * Swedish organisationsnummer `NNNNNN-NNNC` (optionally prefixed `16`): third digit 2 or
 * more (so it never reads as a birth month) and the ten digits Luhn-valid.
 */
export function seOrganisationsnummerValid(value: string): boolean {
  let d = digitsOnly(value);
  if (d.length === 12 && d.startsWith('16')) d = d.slice(2);
  if (d.length !== 10) return false;
  return d.charCodeAt(2) >= 50 && luhnValid(d);
}
