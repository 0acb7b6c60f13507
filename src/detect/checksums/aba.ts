/** US ABA routing transit number: 9 digits, weights 3-7-1, Federal Reserve routing symbol prefix. */

const WEIGHTS = [3, 7, 1, 3, 7, 1, 3, 7, 1] as const;

/** True when the 3-7-1 weighted digit sum of 9 ASCII digits is a multiple of 10. */
export function abaChecksumValid(digits: string): boolean {
  if (digits.length !== 9) return false;
  let sum = 0;
  for (let i = 0; i < 9; i++) {
    const d = digits.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return false;
    sum += d * WEIGHTS[i]!;
  }
  return sum % 10 === 0;
}

/**
 * True when the first two digits are an assigned routing symbol: 00 (government),
 * 01–12 (banks), 21–32 (thrifts), 61–72 (electronic), 80 (traveller's cheques).
 */
export function abaPrefixValid(digits: string): boolean {
  const p = Number(digits.slice(0, 2));
  return p <= 12 || (p >= 21 && p <= 32) || (p >= 61 && p <= 72) || p === 80;
}

/** Checksum, prefix, and not all one digit. */
export function abaValid(digits: string): boolean {
  if (!abaChecksumValid(digits) || !abaPrefixValid(digits)) return false;
  for (let i = 1; i < 9; i++) if (digits[i] !== digits[0]) return true;
  return false;
}
