/** German identifier checksums and structure rules. Inputs carry no separators. */

import { iso7064Mod11_10Valid } from './digits.js';

function isDigitRun(s: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/** Upper-case letter A-Z → 1..26, otherwise 0. */
function letterOrdinal(code: number): number {
  return code >= 65 && code <= 90 ? code - 64 : 0;
}

/** Cross sum (Quersumme) of a number below 100. */
function crossSum(n: number): number {
  return ((n / 10) | 0) + (n % 10);
}

/**
 * Krankenversichertennummer (KVNR, eGK): letter + 8 digits + check digit. The letter becomes its
 * two-digit ordinal (A=01 … Z=26); the 10 digits get weights 1,2,1,2,…; the cross sums of the products
 * add up, mod 10, to the check digit. Letters of either case.
 */
export function kvnrValid(value: string): boolean {
  if (value.length !== 10 || !isDigitRun(value, 1, 10)) return false;
  const ord = letterOrdinal(value.toUpperCase().charCodeAt(0));
  if (ord === 0) return false;
  const digits = [(ord / 10) | 0, ord % 10];
  for (let i = 1; i < 9; i++) digits.push(value.charCodeAt(i) - 48);
  let sum = 0;
  for (let i = 0; i < 10; i++) sum += crossSum(digits[i]! * (i % 2 === 0 ? 1 : 2));
  return sum % 10 === value.charCodeAt(9) - 48;
}

const DRV_WEIGHTS = [2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1] as const;

/**
 * Rentenversicherungsnummer (DRV, VKVV § 4): 2-digit area, birth day (01-31, or 51-81 with the +50
 * supplement), month (01-12), year, surname initial, 2-digit serial, check digit. The letter becomes its
 * two-digit ordinal; weights 2,1,2,5,7,1,2,1,2,1,2,1; the cross sums of the products mod 10 are the check.
 */
export function rvnrValid(value: string): boolean {
  if (value.length !== 12 || !isDigitRun(value, 0, 8) || !isDigitRun(value, 9, 12)) return false;
  const ord = letterOrdinal(value.toUpperCase().charCodeAt(8));
  if (ord === 0) return false;
  const day = Number(value.slice(2, 4));
  const month = Number(value.slice(4, 6));
  if (!((day >= 1 && day <= 31) || (day >= 51 && day <= 81)) || month < 1 || month > 12) return false;
  const digits: number[] = [];
  for (let i = 0; i < 8; i++) digits.push(value.charCodeAt(i) - 48);
  digits.push((ord / 10) | 0, ord % 10, value.charCodeAt(9) - 48, value.charCodeAt(10) - 48);
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += crossSum(digits[i]! * DRV_WEIGHTS[i]!);
  return sum % 10 === value.charCodeAt(11) - 48;
}

const LANR_WEIGHTS = [4, 9, 4, 9, 4, 9] as const;

/**
 * Lebenslange Arztnummer (LANR, 9 digits): 6-digit physician number, check digit, 2-digit specialty group.
 * Weights 4,9,4,9,4,9 on the first 6; the check digit is (10 - sum mod 10) mod 10.
 */
export function lanrValid(digits: string): boolean {
  if (digits.length !== 9 || !isDigitRun(digits, 0, 9)) return false;
  let sum = 0;
  for (let i = 0; i < 6; i++) sum += (digits.charCodeAt(i) - 48) * LANR_WEIGHTS[i]!;
  return (10 - (sum % 10)) % 10 === digits.charCodeAt(6) - 48;
}

/** Occurrences of each digit among the first `n` characters. */
function digitCounts(digits: string, n: number): number[] {
  const counts = new Array<number>(10).fill(0);
  for (let i = 0; i < n; i++) counts[digits.charCodeAt(i) - 48]!++;
  return counts;
}

/**
 * Steuerliche Identifikationsnummer (11 digits): first digit not 0, no digit more than 3 times among the
 * first 10, and the last digit is the ISO 7064 MOD 11,10 check digit.
 */
export function steuerIdValid(digits: string): boolean {
  if (digits.length !== 11 || !isDigitRun(digits, 0, 11) || digits.charCodeAt(0) === 48) return false;
  if (digitCounts(digits, 10).some((c) => c > 3)) return false;
  return iso7064Mod11_10Valid(digits);
}

/**
 * The stricter issuing rule of the Steuer-ID (BZSt): among the first 10 digits exactly one digit occurs
 * more than once, twice or three times, and a digit occurring three times does not fill three adjacent
 * places. Numbers that break it (e.g. 10 distinct digits) are test values, not issued numbers.
 */
export function steuerIdIssuedShape(digits: string): boolean {
  if (digits.length < 10 || !isDigitRun(digits, 0, 10)) return false;
  const counts = digitCounts(digits, 10);
  const repeated = counts.filter((c) => c > 1);
  if (repeated.length !== 1 || repeated[0]! > 3) return false;
  if (repeated[0] === 3) {
    for (let i = 2; i < 10; i++) {
      const c = digits.charCodeAt(i);
      if (c === digits.charCodeAt(i - 1) && c === digits.charCodeAt(i - 2)) return false;
    }
  }
  return true;
}

/** USt-IdNr. digits (the 9 after "DE"): the last is the ISO 7064 MOD 11,10 check digit of the first 8. */
export function deVatDigitsValid(digits: string): boolean {
  return digits.length === 9 && isDigitRun(digits, 0, 9) && iso7064Mod11_10Valid(digits);
}

/**
 * Leading digits of the Bundesfinanzamtsnummer per Land in the 13-digit unified (ELSTER) Steuernummer:
 * BW 28, BY 9, BE 11, BB 30, HB 24, HH 22, HE 26, MV 40, NI 23, NW 5, RP 27, SL 10, SN 32, ST 31, SH 21, TH 41.
 */
const UNIFIED_LAND_PREFIX = /^(?:28|9|11|30|24|22|26|40|23|5|27|10|32|31|21|41)/;

/**
 * 13-digit unified Steuernummer as issued: 4-digit Finanzamt number with a known Land prefix, then `0`,
 * then district and serial with check digit (the check digit rules differ per Land and are not checked).
 */
export function deTaxNumberUnifiedValid(digits: string): boolean {
  return digits.length === 13 && isDigitRun(digits, 0, 13) && digits.charCodeAt(4) === 48 &&
    UNIFIED_LAND_PREFIX.test(digits);
}

/** Kassenärztliche Vereinigung region codes that open a BSNR (and a KV-issued number generally). */
const KV_REGIONS = new Set(['01', '02', '03', '17', '20', '38', '46', '51', '52', '71', '72', '73', '78', '83', '88', '93', '98']);

/** True when a 9-digit BSNR opens with a known KV region code. */
export function bsnrKnownRegion(digits: string): boolean {
  return digits.length === 9 && isDigitRun(digits, 0, 9) && KV_REGIONS.has(digits.slice(0, 2));
}
