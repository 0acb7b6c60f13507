import { alnumUpper, digitsOnly } from '../checksums/digits.js';
import {
  aadhaarValid, gstinChecksumValid, gstinShapeValid, gstinStateCodeCommon, gstinStateCodeExtra,
  inVehicleStateCode, panHolderTypeValid, panShapeValid,
} from '../checksums/in.js';
import type { ValidatorTable } from './types.js';

/** True when the value has no lower-case ASCII letter. */
function noLowerCase(v: string): boolean {
  return !/[a-z]/.test(v);
}

/**
 * GSTIN: a state code 01-37 with the right shape is kept (true when the mod-36 check character also
 * holds); codes 38, 97, 99 (less often seen) need the check character; anything else is dropped.
 */
function gstin(v: string): boolean | null {
  const g = alnumUpper(v);
  if (!gstinShapeValid(g)) return false;
  const state = g.slice(0, 2);
  const check = gstinChecksumValid(g);
  if (gstinStateCodeCommon(state)) return check ? true : null;
  return gstinStateCodeExtra(state) && check;
}

/** PAN: upper case with a known holder type (4th letter) is strong; other shapes keep the base score. */
function pan(v: string): boolean | null {
  const p = v.toUpperCase();
  if (!panShapeValid(p)) return false;
  return noLowerCase(v) && panHolderTypeValid(p) ? true : null;
}

/** A month abbreviation followed by a year: "up 12 mar 2024" is a date, not the plate UP 12 MAR 2024. */
const DATE_LIKE = /^\d{1,2}(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)(?:19|20)\d\d$/;

/**
 * Current plate: a Bharat-series plate (22 BH 1234 AA) is true; otherwise the state code must exist and
 * the rest must not read as a date; an upper-case plate is true, a lower-case one keeps the base score.
 */
function vehicle(v: string): boolean | null {
  const plate = alnumUpper(v);
  if (/^\d\dBH\d{4}[A-Z]{2}$/.test(plate)) return true;
  if (!inVehicleStateCode(plate.slice(0, 2)) || DATE_LIKE.test(plate.slice(2))) return false;
  return noLowerCase(v) ? true : null;
}

/** Pre-1989 plate: two letters must be a state code; three letters or the I-series keep the base score. */
function vehicleOld(v: string): boolean | null {
  const plate = alnumUpper(v);
  if (/^[A-Z]{2}\d/.test(plate)) return inVehicleStateCode(plate.slice(0, 2)) ? null : false;
  return null;
}

/**
 * Aadhaar: 12 digits, first 2-9, Verhoeff, not a palindrome. Written in groups of four it is true; an
 * unbroken 12-digit run (like many order and tracking numbers) keeps the base score.
 */
function aadhaar(v: string): boolean | null {
  if (!aadhaarValid(digitsOnly(v))) return false;
  return v.length > 12 ? true : null;
}

/** Validators used by patterns/gov-in.json. Each gets the matched text, separators included. */
export const govInValidators: ValidatorTable = {
  in_aadhaar: aadhaar,
  in_pan: pan,
  in_gstin: gstin,
  in_vehicle: vehicle,
  in_vehicle_old: vehicleOld,
};
