import { digitsOnly, weightedSum } from './digits.js';

const TIN_WEIGHTS = [9, 8, 7, 6, 5, 4, 3, 2] as const;

/** Philippine TIN, 9 digits plus an optional 3-digit branch code: Σ wᵢdᵢ (weights 9…2) mod 11 equals the 9th digit. */
export function phTinValid(value: string): boolean {
  const d = digitsOnly(value);
  if (d.length !== 9 && d.length !== 12) return false;
  return weightedSum(d, TIN_WEIGHTS) % 11 === d.charCodeAt(8) - 48;
}
