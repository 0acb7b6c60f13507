import { luhnValid } from './luhn.js';

/**
 * US National Provider Identifier (CMS): 10 digits starting 1 or 2 whose Luhn
 * check covers the card-issuer prefix 80840 followed by the NPI. Numbers whose
 * first nine digits are one repeated digit are rejected as fillers.
 */
export function npiValid(digits: string): boolean {
  if (!/^[12]\d{9}$/.test(digits)) return false;
  if (/^(\d)\1{8}/.test(digits)) return false;
  return luhnValid(`80840${digits}`);
}
