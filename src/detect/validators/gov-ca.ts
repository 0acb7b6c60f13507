import { digitsOnly } from '../checksums/digits.js';
import { sinValid } from '../checksums/ca-sin.js';
import type { ValidatorTable } from './types.js';

/** Validators used by patterns/gov-ca.json: false drops; true / null pick the pattern's validatedScore / score. */
export const govCaValidators: ValidatorTable = {
  /** SIN: Luhn, first digit 1-7 or 9; true when written 3-3-3 with dashes, null when spaced or bare. */
  ca_sin: (v) => (sinValid(digitsOnly(v)) ? v.includes('-') || null : false),
  /** Postal code (the regex holds the letter rules): true in capitals with its space, null otherwise. */
  ca_postal_code: (v) => (v.length === 7 && !/[a-z]/.test(v)) || null,
};
