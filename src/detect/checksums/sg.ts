import { weightedSum } from './digits.js';

const NRIC_WEIGHTS = [2, 7, 6, 5, 4, 3, 2] as const;
/** Check letters by remainder, per prefix series. */
const NRIC_ST = 'JZIHGFEDCBA';
const NRIC_FG = 'XWUTRQPNMLK';
const NRIC_M = 'XWUTRQPNJLK';

/** Singapore NRIC/FIN `S1234567D` (prefix S, T, F, G or M): the check letter of the 7 digits. */
export function sgNricValid(value: string): boolean {
  const s = value.toUpperCase();
  if (!/^[STFGM]\d{7}[A-Z]$/.test(s)) return false;
  const p = s[0]!;
  let sum = weightedSum(s.slice(1, 8), NRIC_WEIGHTS);
  if (p === 'T' || p === 'G') sum += 4;
  else if (p === 'M') sum += 3;
  const table = p === 'S' || p === 'T' ? NRIC_ST : p === 'M' ? NRIC_M : NRIC_FG;
  return table[sum % 11] === s[8];
}

const UEN_A_WEIGHTS = [10, 4, 9, 3, 8, 2, 7, 1] as const;
const UEN_A_CHECK = 'XMKECAWLJDB';
const UEN_B_WEIGHTS = [10, 8, 6, 4, 9, 7, 5, 3, 1] as const;
const UEN_B_CHECK = 'ZKCMDNERGWH';
const UEN_C_WEIGHTS = [4, 3, 5, 3, 10, 2, 2, 5, 7] as const;
const UEN_C_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWX0123456789';
/** Entity-type codes of "other entity" UENs (format C), e.g. LP limited partnership, LL LLP. */
const UEN_C_TYPES = new Set([
  'LP', 'LL', 'FC', 'PF', 'RF', 'MQ', 'MM', 'NB', 'CC', 'CS', 'MB', 'FM', 'GS', 'DP', 'CP', 'NR', 'CM', 'CD', 'MD',
  'HS', 'VH', 'CH', 'MH', 'CL', 'XL', 'CX', 'HC', 'RP', 'TU', 'TC', 'FB', 'FN', 'PA', 'PB', 'SS', 'MC', 'SM', 'GA', 'GB',
]);

/**
 * Singapore Unique Entity Number, three formats: A `NNNNNNNNC` (businesses), B `YYYYNNNNNC`
 * (local companies; year not in the future), C `TYYPPNNNNC` (other entities: T/S/R century,
 * entity-type code). Each ends in a weighted mod-11 check letter.
 */
export function sgUenValid(value: string, today: Date = new Date()): boolean {
  if (/^\d{8}[A-Z]$/.test(value)) {
    return UEN_A_CHECK[weightedSum(value, UEN_A_WEIGHTS) % 11] === value[8];
  }
  if (/^\d{9}[A-Z]$/.test(value)) {
    const year = Number(value.slice(0, 4));
    if (year < 1800 || year > today.getFullYear()) return false;
    return UEN_B_CHECK[weightedSum(value, UEN_B_WEIGHTS) % 11] === value[9];
  }
  if (/^[TSR]\d{2}[A-Z]{2}\d{4}[A-Z]$/.test(value)) {
    if (!UEN_C_TYPES.has(value.slice(3, 5))) return false;
    let sum = 0;
    for (let i = 0; i < 9; i++) sum += UEN_C_ALPHABET.indexOf(value[i]!) * UEN_C_WEIGHTS[i]!;
    return UEN_C_ALPHABET[(((sum - 5) % 11) + 11) % 11] === value[9];
  }
  return false;
}
