import { abnValid, acnValid, medicareValid, tfnValid } from '../checksums/au.js';
import { digitsOnly } from '../checksums/digits.js';
import type { ValidatorTable } from './types.js';

/**
 * Medicare card number: first digit 2-6, weighted mod-10 check digit. In the card's 4-5-1 layout it is
 * true; 10 unbroken digits (shaped like a phone number) keep the base score.
 */
function medicare(v: string): boolean | null {
  if (!medicareValid(digitsOnly(v))) return false;
  return v.includes(' ') ? true : null;
}

/** Validators used by patterns/gov-au.json. Each gets the matched number, separators included. */
export const govAuValidators: ValidatorTable = {
  /** ABN: mod-89 over 11 digits. */
  au_abn: (v) => abnValid(digitsOnly(v)),
  /** ACN: weighted mod-10 check digit. */
  au_acn: (v) => acnValid(digitsOnly(v)),
  /** TFN: weighted mod-11 over 9 digits. */
  au_tfn: (v) => tfnValid(digitsOnly(v)),
  au_medicare: medicare,
};
