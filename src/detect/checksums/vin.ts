/**
 * Vehicle Identification Number (ISO 3779): 17 characters from 0-9 and A-Z without
 * I, O and Q. North American VINs (49 CFR 565) carry a check digit at position 9:
 * letters are transliterated (A-H → 1-8, J-N → 1-5, P → 7, R → 9, S-Z → 2-9),
 * multiplied by the weights 8 7 6 5 4 3 2 10 0 9 8 7 6 5 4 3 2, summed mod 11;
 * a remainder of 10 is written X.
 */
const WEIGHTS = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2] as const;
/** Transliteration values for A..Z (0 for the letters a VIN never holds: I, O, Q). */
const LETTER_VALUE = [1, 2, 3, 4, 5, 6, 7, 8, 0, 1, 2, 3, 4, 5, 0, 7, 0, 9, 2, 3, 4, 5, 6, 7, 8, 9] as const;
const VIN = /^[A-HJ-NPR-Z0-9]{17}$/;

/** True when `vin` (17 characters, upper-case) uses only the VIN alphabet. */
export function vinCharsetValid(vin: string): boolean {
  return VIN.test(vin);
}

/** The check character ('0'-'9' or 'X') of a VIN in the VIN alphabet (position 9 is ignored). */
export function vinCheckChar(vin: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const c = vin.charCodeAt(i);
    const v = c <= 57 ? c - 48 : LETTER_VALUE[c - 65]!;
    sum += v * WEIGHTS[i]!;
  }
  const r = sum % 11;
  return r === 10 ? 'X' : String(r);
}

/** True when `vin` (17 characters, upper-case) is in the VIN alphabet and its position-9 check digit holds. */
export function vinCheckDigitValid(vin: string): boolean {
  return vinCharsetValid(vin) && vinCheckChar(vin) === vin[8];
}
