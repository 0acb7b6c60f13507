import { digitsOnly } from './digits.js';

/**
 * Second digit → allowed third digits: digits 2-3 of a Thai ID are a province code (ISO 3166-2:TH):
 * 10-27, 30-58, 60-67, 70-77, 80-86, 90-96.
 */
const PROVINCE_THIRD: Readonly<Record<string, string>> = {
  '1': '0123456789', '2': '01234567', '3': '0123456789', '4': '0123456789', '5': '012345678',
  '6': '01234567', '7': '01234567', '8': '0123456', '9': '0123456',
};

/**
 * Thai national ID (เลขประจำตัวประชาชน), 13 digits, separators ignored: first digit 1-9, digits 2-3 a
 * province code, and check digit (11 − Σ (13−i)·dᵢ mod 11) mod 10 over the first twelve.
 */
export function thTninValid(value: string): boolean {
  const d = digitsOnly(value);
  if (d.length !== 13 || d[0] === '0') return false;
  if (!(PROVINCE_THIRD[d[1]!] ?? '').includes(d[2]!)) return false;
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += (d.charCodeAt(i) - 48) * (13 - i);
  return (11 - (sum % 11)) % 10 === d.charCodeAt(12) - 48;
}
