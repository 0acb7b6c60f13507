/** Australian identifier checksums (ATO / ASIC / Services Australia). Inputs are ASCII digits, no separators. */

import { weightedSum } from './digits.js';

const ABN_WEIGHTS = [10, 1, 3, 5, 7, 9, 11, 13, 15, 17, 19] as const;
const ACN_WEIGHTS = [8, 7, 6, 5, 4, 3, 2, 1] as const;
const TFN_WEIGHTS = [1, 4, 3, 7, 5, 8, 6, 9, 10] as const;
const MEDICARE_WEIGHTS = [1, 3, 7, 9, 1, 3, 7, 9] as const;

function isDigits(s: string, length: number): boolean {
  if (s.length !== length) return false;
  for (let i = 0; i < length; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/** ABN (11 digits): subtract 1 from the first digit, weights 10,1,3,…,19; the sum is a multiple of 89. */
export function abnValid(digits: string): boolean {
  if (!isDigits(digits, 11) || digits.charCodeAt(0) === 48) return false;
  return (weightedSum(digits, ABN_WEIGHTS) - ABN_WEIGHTS[0]) % 89 === 0;
}

/** ACN / ARBN (9 digits): weights 8..1 on the first 8; the check digit is (10 - sum mod 10) mod 10. */
export function acnValid(digits: string): boolean {
  if (!isDigits(digits, 9)) return false;
  return (10 - (weightedSum(digits, ACN_WEIGHTS) % 10)) % 10 === digits.charCodeAt(8) - 48;
}

/** TFN (9 digits): weights 1,4,3,7,5,8,6,9,10; the sum is a multiple of 11. */
export function tfnValid(digits: string): boolean {
  if (!isDigits(digits, 9)) return false;
  return weightedSum(digits, TFN_WEIGHTS) % 11 === 0;
}

/**
 * Medicare card number (10 digits, or 11 with the individual reference number): first digit 2-6,
 * weights 1,3,7,9,1,3,7,9 on the first 8; the 9th digit is the sum mod 10. The 10th is the issue number.
 */
export function medicareValid(digits: string): boolean {
  if (!isDigits(digits, digits.length) || (digits.length !== 10 && digits.length !== 11)) return false;
  const first = digits.charCodeAt(0) - 48;
  if (first < 2 || first > 6) return false;
  return weightedSum(digits, MEDICARE_WEIGHTS) % 10 === digits.charCodeAt(8) - 48;
}
