import { luhnValid } from './luhn.js';

/**
 * Canadian Social Insurance Number: 9 digits, Luhn-valid; the first digit names the
 * region or kind (1-7 provinces, 9 temporary residents); 0 and 8 are never issued
 * to persons. One digit repeated nine times is rejected.
 */
export function sinValid(digits: string): boolean {
  if (!/^[1-79]\d{8}$/.test(digits)) return false;
  if (/^(\d)\1{8}$/.test(digits)) return false;
  return luhnValid(digits);
}
