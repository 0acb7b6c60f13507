/**
 * US Individual Taxpayer Identification Number structure (IRS): 9 digits, first
 * digit 9, digits 4-5 (the "group") in 50-65, 70-88, 90-92 or 94-99. One repeated
 * digit and the advertising sample range 987-65-4320…4329 are rejected.
 */

/** True when `digits` (exactly 9 ASCII digits) has the ITIN structure. */
export function itinValid(digits: string): boolean {
  if (!/^9\d{8}$/.test(digits)) return false;
  if (/^(\d)\1{8}$/.test(digits) || digits.startsWith('98765432')) return false;
  const g = Number(digits.slice(3, 5));
  return (g >= 50 && g <= 65) || (g >= 70 && g <= 88) || (g >= 90 && g <= 92) || g >= 94;
}
