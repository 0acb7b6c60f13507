/**
 * US Social Security Number structure rules (SSA numbering, no checksum exists):
 * area 001-665 or 667-899, group 01-99, serial 0001-9999, not one repeated digit,
 * and not one of the numbers published as examples (sample cards, advertisements).
 */

/** Numbers printed on sample cards or in advertisements, never issued to a person. */
const PUBLISHED_FAKES: ReadonlySet<string> = new Set([
  '078051120', // Woolworth wallet insert, 1938
  '219099999', // SSA pamphlet sample
  '123456789',
]);

/** True when `digits` (exactly 9 ASCII digits) may be an issued SSN. */
export function ssnValid(digits: string): boolean {
  if (!/^\d{9}$/.test(digits)) return false;
  const area = Number(digits.slice(0, 3));
  if (area === 0 || area === 666 || area >= 900) return false;
  if (digits.slice(3, 5) === '00' || digits.slice(5) === '0000') return false;
  if (/^(\d)\1{8}$/.test(digits)) return false;
  if (PUBLISHED_FAKES.has(digits)) return false;
  // 987-65-4320 … 987-65-4329 are reserved for advertisements.
  if (digits.startsWith('98765432')) return false;
  return true;
}

/**
 * True when the separators (non-digits) of a written number agree: none, one, or
 * several equal ones (`078-05-1120`, `078 05 1120`, `078-051120`), never `078-05.1120`.
 */
export function separatorsConsistent(value: string): boolean {
  const seps = value.replace(/\d/g, '');
  for (let i = 1; i < seps.length; i++) if (seps[i] !== seps[0]) return false;
  return true;
}

/** How a 3-2-4 number is written: `dashed` (078-05-1120), `other` (bare, spaced, dotted, one dash), `invalid` (mixed, or one space/dot). */
export function ssnWrittenForm(value: string): 'dashed' | 'other' | 'invalid' {
  const seps = value.replace(/\d/g, '');
  if (!separatorsConsistent(value)) return 'invalid';
  if (seps.length === 1) return seps === '-' ? 'other' : 'invalid';
  return seps === '--' ? 'dashed' : 'other';
}
