/**
 * UK NHS number (England, Wales, Isle of Man): 10 digits, the last a mod-11 check:
 * check = 11 − (Σ dᵢ × (11 − i), i = 1..9) mod 11, 11 → 0, 10 → never issued.
 */
export function nhsValid(digits: string): boolean {
  if (!/^\d{10}$/.test(digits)) return false;
  if (/^(\d)\1{9}$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += (digits.charCodeAt(i) - 48) * (10 - i);
  let check = 11 - (sum % 11);
  if (check === 11) check = 0;
  if (check === 10) return false;
  return check === digits.charCodeAt(9) - 48;
}
