import { alnumUpper, digitsOnly } from '../checksums/digits.js';
import { nhsValid } from '../checksums/nhs.js';
import { ninoValid } from '../checksums/nino.js';
import { dvlaLicenceValid } from '../checksums/uk-driving-licence.js';
import { ukAgeIdentifierValid } from '../checksums/uk-vehicle-registration.js';
import { separatorsConsistent } from '../checksums/us-ssn.js';
import type { ValidatorTable } from './types.js';

/** True when `v` holds no lower-case ASCII letter. */
function upper(v: string): boolean {
  return !/[a-z]/.test(v);
}

/**
 * Validators used by patterns/gov-uk.json. false drops the candidate; where a pattern
 * accepts two written forms, true marks the distinctive one (its `validatedScore`) and
 * null the weaker one (its base score): capitals against lower case, a postcode with
 * its space against one without.
 */
export const govUkValidators: ValidatorTable = {
  /** NHS number mod-11 check digit. */
  uk_nhs: (v) => separatorsConsistent(v) && nhsValid(digitsOnly(v)),
  /** NINO prefix rules; true in capitals, null in lower or mixed case. */
  uk_nino: (v) => (ninoValid(alnumUpper(v)) ? upper(v) || null : false),
  /** DVLA licence number: surname block, month (+50), day. */
  uk_driving_licence: (v) => dvlaLicenceValid(alnumUpper(v)),
  /** Full postcode (the regex holds the position rules): true with its single space, null without. */
  uk_postcode: (v) => v.includes(' ') || null,
  /**
   * Current-format registration: the age identifier must be one ever issued; true in capitals
   * with its space or hyphen (AB51 ABC), null run together (AB51ABC, also a product-code shape) or in lower case.
   */
  uk_vrm_current: (v) => (ukAgeIdentifierValid(alnumUpper(v).slice(2, 4)) ? (upper(v) && v.length === 8) || null : false),
};
