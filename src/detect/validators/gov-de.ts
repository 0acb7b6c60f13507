import {
  bsnrKnownRegion, deTaxNumberUnifiedValid, deVatDigitsValid, kvnrValid, lanrValid, rvnrValid, steuerIdIssuedShape,
  steuerIdValid,
} from '../checksums/de.js';
import { alnumUpper, digitsOnly } from '../checksums/digits.js';
import { icao9303Valid } from '../checksums/icao9303.js';
import type { ValidatorTable } from './types.js';

/** Steuer-ID: checksum and digit-count rules must hold; the issued digit pattern makes it strong. */
function taxId(v: string): boolean | null {
  const d = alnumUpper(v);
  if (!steuerIdValid(d)) return false;
  return steuerIdIssuedShape(d) ? true : null;
}

/**
 * Steuernummer. Slash forms of 3 parts (2-3/3-4/4-5 digits, as most Länder print it) and the issued
 * 13-digit unified form (Land prefix, 5th digit 0) are true; the Baden-Württemberg 5/5 form and a
 * 13-digit number opening with a Land number 01-16 (the form some tools emit) keep the base; any other
 * 13-digit number (an EAN-13, say) is dropped.
 */
function taxNumber(v: string): boolean | null {
  if (/^\d{2,3}\/\d{3,4}\/\d{4,5}(?:\/\d)?$/.test(v)) return true;
  if (/^\d{5}\/\d{5}$/.test(v)) return null;
  if (!/^\d{13}$/.test(v)) return false;
  if (deTaxNumberUnifiedValid(v)) return true;
  const land = Number(v.slice(0, 2));
  return land >= 1 && land <= 16 ? null : false;
}

/**
 * USt-IdNr.: a valid MOD 11,10 check is strong unless the prefix is a lower-case "de" followed by a
 * separator (as in Romance-language prose, "de 123.456.789"); a failing check keeps the base score.
 */
function vatId(v: string): boolean | null {
  const id = alnumUpper(v);
  if (!/^DE\d{9}$/.test(id)) return false;
  if (!deVatDigitsValid(id.slice(2))) return null;
  const loose = /^de[ .-]/.test(v);
  return loose ? null : true;
}

/** Document number alphabet (no vowels, B, D, Q, S), optionally followed by the MRZ check digit. */
const DOCUMENT_NUMBER = /^[CFGHJKLMNPRTVWXYZ][CFGHJKLMNPRTVWXYZ0-9]{8}\d?$/;

/**
 * Personalausweis / Reisepass number. The printed number is 9 characters with no check digit of its
 * own (the ICAO 9303 check digit follows it only in the MRZ), so 9 characters keep the base score and
 * 10 (number + MRZ check digit) are decided by the check.
 */
function idDocument(v: string): boolean | null {
  const s = alnumUpper(v);
  if (!DOCUMENT_NUMBER.test(s)) return false;
  return s.length === 10 ? icao9303Valid(s) : null;
}

/** German district codes of one letter; I, J, O, Q, T, U, X are not issued. */
const ONE_LETTER_DISTRICTS = 'ABCDEFGHKLMNPRSVWYZ';

/** Kfz-Kennzeichen: a one-letter district must exist (no further check: the base score stays). */
function kfz(v: string): boolean | null {
  const district = /^[^ -]*/.exec(v)![0];
  return district.length === 1 && !ONE_LETTER_DISTRICTS.includes(district.toUpperCase()) ? false : null;
}

/** Handelsregister: upper-case HRB is strong; HRA (also an English acronym) and lower case keep the base. */
function handelsregister(v: string): boolean | null {
  return /^HR ?B/.test(v) ? true : null;
}

/**
 * Postleitzahl: 01001-99998 (01000, 99999 and 00xxx are not issued); no further check exists. The old
 * international form D-12345 is true (a little stronger), a bare code keeps the base score.
 */
function plz(v: string): boolean | null {
  const prefixed = v.startsWith('D-');
  const d = prefixed ? v.slice(2) : v;
  if (!/^\d{5}$/.test(d) || d.startsWith('00') || d === '01000' || d === '99999') return false;
  return prefixed ? true : null;
}

/** BSNR: never all zeros; a known Kassenärztliche Vereinigung prefix is a little stronger. */
function bsnr(v: string): boolean | null {
  const d = alnumUpper(v);
  if (!/^\d{9}$/.test(d) || d === '000000000') return false;
  return bsnrKnownRegion(d) ? true : null;
}

/** Führerscheinnummer: at least 3 digits among the 11 characters (rules out words with a digit or two). */
function fuehrerschein(v: string): boolean | null {
  return digitsOnly(v).length >= 3 ? null : false;
}

/** Validators used by patterns/gov-de.json. Each gets the matched text, separators included. */
export const govDeValidators: ValidatorTable = {
  de_tax_id: taxId,
  de_tax_number: taxNumber,
  de_vat_id: vatId,
  de_id_document: idDocument,
  /** Krankenversichertennummer check digit. */
  de_kvnr: (v) => kvnrValid(v),
  /** Rentenversicherungsnummer date rules and check digit. */
  de_rvnr: (v) => rvnrValid(alnumUpper(v)),
  /** LANR check digit (weights 4,9). */
  de_lanr: (v) => lanrValid(alnumUpper(v)),
  de_bsnr: bsnr,
  de_handelsregister: handelsregister,
  de_kfz: kfz,
  de_plz: plz,
  de_fuehrerschein: fuehrerschein,
};
