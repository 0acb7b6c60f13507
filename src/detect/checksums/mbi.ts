/**
 * US Medicare Beneficiary Identifier (CMS): 11 characters, positions
 * 1 digit 1-9; 2, 5, 8, 9 letter; 3, 6 letter or digit; 4, 7, 10, 11 digit.
 * Letters exclude S, L, O, I, B and Z. No check digit exists.
 */
const MBI = /^[1-9][AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y\d]\d[AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y\d]\d[AC-HJKMNP-RT-Y]{2}\d{2}$/;

/** True when `value` (11 characters, upper-case, no dashes) follows the MBI positional rules. */
export function mbiValid(value: string): boolean {
  return MBI.test(value);
}
