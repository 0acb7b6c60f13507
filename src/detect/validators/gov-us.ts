import { deaValid } from '../checksums/dea.js';
import { alnumUpper, digitsOnly } from '../checksums/digits.js';
import { mbiValid } from '../checksums/mbi.js';
import { npiValid } from '../checksums/npi.js';
import { itinValid } from '../checksums/us-itin.js';
import { separatorsConsistent, ssnValid, ssnWrittenForm } from '../checksums/us-ssn.js';
import type { Validator, ValidatorTable } from './types.js';

/**
 * A 3-2-4 taxpayer number: false when the digits break the rules or the separators
 * are mixed; true (the pattern's `validatedScore`) for the canonical dashed form
 * 078-05-1123; null (the low base score, context needed) for bare, spaced, dotted
 * or half-dashed forms, which other numbers share.
 */
function taxpayerNumber(valid: (digits: string) => boolean): Validator {
  return (v) => {
    const form = ssnWrittenForm(v);
    if (form === 'invalid' || !valid(digitsOnly(v))) return false;
    return form === 'dashed' ? true : null;
  };
}

/** MBI: false unless the positional rules hold; true when dashed 4-3-4 (1EG4-TE5-MK73), null when bare. */
function mbi(v: string): boolean | null {
  if (!mbiValid(alnumUpper(v))) return false;
  const dashes = v.length - 11;
  if (dashes === 2) return true;
  return dashes === 0 ? null : false;
}

/** Validators used by patterns/gov-us.json. */
export const govUsValidators: ValidatorTable = {
  /** SSA area/group/serial rules, no published fakes. */
  us_ssn: taxpayerNumber(ssnValid),
  /** IRS ITIN structure (9xx, group 50-65/70-88/90-92/94-99). */
  us_itin: taxpayerNumber(itinValid),
  /** Luhn over 80840 + NPI. */
  us_npi: (v) => separatorsConsistent(v) && npiValid(digitsOnly(v)),
  us_mbi: mbi,
  /** DEA registration check digit. */
  us_dea: (v) => deaValid(v.toUpperCase()),
};
