/**
 * ICAO Doc 9303 check digits (machine-readable travel documents): characters are valued
 * 0-9 → 0-9, A-Z → 10-35, `<` → 0; weights 7,3,1 repeat; the check digit is the sum mod 10.
 */

/** Value of one MRZ character, or -1 when the character cannot occur in an MRZ field. */
export function icaoCharValue(code: number): number {
  if (code >= 48 && code <= 57) return code - 48;
  if (code >= 65 && code <= 90) return code - 55;
  if (code >= 97 && code <= 122) return code - 87;
  if (code === 60) return 0;
  return -1;
}

const WEIGHTS = [7, 3, 1] as const;

/** The check digit of an MRZ field (letters either case), or -1 when it holds a character no MRZ field can. */
export function icao9303CheckDigit(field: string): number {
  let sum = 0;
  for (let i = 0; i < field.length; i++) {
    const v = icaoCharValue(field.charCodeAt(i));
    if (v < 0) return -1;
    sum += v * WEIGHTS[i % 3]!;
  }
  return sum % 10;
}

/** True when the last character of `value` is the ICAO 9303 check digit of the characters before it. */
export function icao9303Valid(value: string): boolean {
  if (value.length < 2) return false;
  const last = value.charCodeAt(value.length - 1) - 48;
  if (last < 0 || last > 9) return false;
  const check = icao9303CheckDigit(value.slice(0, -1));
  return check === last;
}
