/**
 * UK National Insurance number (HMRC): two prefix letters, six digits, suffix A-D.
 * The first letter is not D, F, I, Q, U or V; the second not D, F, I, O, Q, U or V;
 * the prefixes BG, GB, KN, NK, NT, TN and ZZ are never allocated.
 */
const NINO = /^[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]$/;
const BAD_PREFIX: ReadonlySet<string> = new Set(['BG', 'GB', 'KN', 'NK', 'NT', 'TN', 'ZZ']);

/** True when `value` (9 characters, upper-case, no spaces) is an allocatable NINO. */
export function ninoValid(value: string): boolean {
  return NINO.test(value) && !BAD_PREFIX.has(value.slice(0, 2));
}
