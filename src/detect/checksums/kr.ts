import { digitsOnly, weightedSum } from './digits.js';
import { isRealDate } from './calendar.js';

const RRN_WEIGHTS = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5] as const;
const BRN_WEIGHTS = [1, 3, 7, 1, 3, 7, 1, 3, 5] as const;
/** Regional codes of Korean driving licences (11 Seoul … 26 Ulsan, 28 Gyeonggi north). */
const DL_REGIONS = new Set([11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 28]);

/** Birth century of a Korean RRN/FRN from its 7th digit (sex and century). */
function krCentury(g: number): number {
  if (g === 9 || g === 0) return 1800;
  return g === 1 || g === 2 || g === 5 || g === 6 ? 1900 : 2000;
}

/** True when the first six digits of a 13-digit RRN/FRN are a real birth date in the century its 7th digit gives. */
export function krBirthDateValid(d: string): boolean {
  if (!/^\d{13}$/.test(d)) return false;
  const year = krCentury(d.charCodeAt(6) - 48) + Number(d.slice(0, 2));
  return isRealDate(year, Number(d.slice(2, 4)), Number(d.slice(4, 6)));
}

/** Check digit of a pre-2020 RRN (offset 11) or FRN (offset 13): (offset − Σ wᵢdᵢ mod 11) mod 10. */
function krCheck(d: string, offset: number): boolean {
  return (offset - (weightedSum(d, RRN_WEIGHTS) % 11)) % 10 === d.charCodeAt(12) - 48;
}

/**
 * Korean Resident (offset 11) or Foreigner (offset 13) Registration Number. `false` when the birth date
 * is impossible, `true` when the issuing-region digits (8-9) are 00-95 and the check digit holds, `null`
 * otherwise: numbers issued since October 2020 end in random digits, so a failed check is not proof.
 */
function krRegistrationCheck(value: string, offset: number): boolean | null {
  const d = digitsOnly(value);
  if (!krBirthDateValid(d)) return false;
  return Number(d.slice(7, 9)) <= 95 && krCheck(d, offset) ? true : null;
}

/** Korean Resident Registration Number (주민등록번호), see krRegistrationCheck. */
export function krRrnCheck(value: string): boolean | null {
  return krRegistrationCheck(value, 11);
}

/** Korean Foreigner Registration Number (외국인등록번호), see krRegistrationCheck. */
export function krFrnCheck(value: string): boolean | null {
  return krRegistrationCheck(value, 13);
}

/** Korean Business Registration Number (사업자등록번호) `NNN-NN-NNNNC`: weights 1,3,7,1,3,7,1,3,5 plus ⌊5·d9/10⌋. */
export function krBrnValid(value: string): boolean {
  const d = digitsOnly(value);
  if (d.length !== 10) return false;
  const sum = weightedSum(d, BRN_WEIGHTS) + Math.floor(((d.charCodeAt(8) - 48) * 5) / 10);
  return (10 - (sum % 10)) % 10 === d.charCodeAt(9) - 48;
}

/** Korean driving licence number `RR-YY-NNNNNN-CC`: 12 digits whose first two are a licensing region. */
export function krDriverLicenseValid(value: string): boolean {
  const d = digitsOnly(value);
  return d.length === 12 && DL_REGIONS.has(Number(d.slice(0, 2)));
}
