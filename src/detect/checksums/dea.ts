/**
 * US DEA registration number: a registrant-type letter, a second letter (the
 * registrant's surname initial, or 9 for some business activity codes), then 7
 * digits whose last is the check digit:
 * (d1 + d3 + d5 + 2 × (d2 + d4 + d6)) mod 10 = d7.
 */

/** Registrant-type letters in use (A-H, J-M, P, R-U, X). */
const TYPE = /^[A-HJ-MPR-UX][A-Z9]\d{7}$/;

/** True when `value` (9 characters, upper-case, no separators) is a well-formed DEA number. */
export function deaValid(value: string): boolean {
  if (!TYPE.test(value)) return false;
  const d = (i: number) => value.charCodeAt(2 + i) - 48;
  const sum = d(0) + d(2) + d(4) + 2 * (d(1) + d(3) + d(5));
  return sum % 10 === d(6);
}
