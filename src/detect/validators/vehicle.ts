import { allSame } from '../checksums/digits.js';
import { vinCharsetValid, vinCheckDigitValid } from '../checksums/vin.js';
import type { ValidatorTable } from './types.js';

/** At least this many digits: every real VIN has a numeric serial part. */
const MIN_DIGITS = 3;

/**
 * VIN scoring. Only North American VINs (49 CFR 565) carry a check digit, so:
 * check digit holds → true (pattern's high `validatedScore`); alphabet and letter/digit
 * mix plausible but no check digit (European, Asian VINs) → null (the low base score,
 * reported only with context such as "VIN" or "chassis"); not VIN-like → false.
 */
export function vinVerdict(value: string): boolean | null {
  const v = value.toUpperCase();
  if (!vinCharsetValid(v) || allSame(v)) return false;
  let digits = 0;
  for (let i = 0; i < v.length; i++) if (v.charCodeAt(i) <= 57) digits++;
  if (digits < MIN_DIGITS || digits === v.length) return false;
  return vinCheckDigitValid(v) ? true : null;
}

/** Validators used by patterns/vehicle.json. */
export const vehicleValidators: ValidatorTable = {
  vin: vinVerdict,
};
