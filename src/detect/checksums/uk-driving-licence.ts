/**
 * UK (DVLA, Great Britain) driving licence number, 16 characters:
 * 1-5 the first five letters of the surname, padded with 9s; 6 the decade of birth;
 * 7-8 the month of birth (+50 for women: 01-12 or 51-62); 9-10 the day (01-31);
 * 11 the year's last digit; 12-13 the initials (a missing second one is 9);
 * 14 an arbitrary digit; 15-16 computer check characters.
 */
const SHAPE = /^[A-Z][A-Z9]{4}\d{6}[A-Z][A-Z9]\d[A-Z0-9]{2}$/;
const SURNAME = /^[A-Z]+9*$/;

/** True when `value` (16 characters, upper-case, no spaces) is a structurally valid DVLA number. */
export function dvlaLicenceValid(value: string): boolean {
  if (!SHAPE.test(value)) return false;
  if (!SURNAME.test(value.slice(0, 5))) return false;
  const month = Number(value.slice(6, 8));
  const m = month > 50 ? month - 50 : month;
  if (m < 1 || m > 12) return false;
  const day = Number(value.slice(8, 10));
  return day >= 1 && day <= DAYS_IN_MONTH[m - 1]!;
}

/** Longest month lengths (29 for February: the century of birth is not encoded). */
const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;
