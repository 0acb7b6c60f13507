/**
 * UK vehicle registration marks (Great Britain). The current format (since September
 * 2001) is AB51 ABC: a two-letter memory tag, a two-digit age identifier, three
 * random letters. The age identifier is the year (02-29, issued each March) or the
 * year + 50 (51-79, issued each September); 00, 01, 30-50 and 80-99 are never issued.
 */

/** True when `age` (two ASCII digits) is an age identifier of the current format. */
export function ukAgeIdentifierValid(age: string): boolean {
  if (!/^\d{2}$/.test(age)) return false;
  const n = Number(age);
  return (n >= 2 && n <= 29) || (n >= 51 && n <= 79);
}
