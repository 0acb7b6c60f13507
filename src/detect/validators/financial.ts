import { abaValid } from '../checksums/aba.js';
import { cardIinKnown } from '../checksums/card-iin.js';
import { bitcoinAddressValid } from '../checksums/crypto.js';
import { allSame, digitsOnly } from '../checksums/digits.js';
import { ibanValid } from '../checksums/iban.js';
import { luhnValid } from '../checksums/luhn.js';
import { bicValid } from '../checksums/swift.js';
import type { ValidatorTable } from './types.js';

/** True when every non-alphanumeric character of `s` is the same one (or there is none). */
export function consistentSeparators(s: string): boolean {
  let sep = -1;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const alnum = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
    if (alnum) continue;
    if (sep === -1) sep = c;
    else if (c !== sep) return false;
  }
  return true;
}

/**
 * Card number: one kind of separator, Luhn-valid, not one repeated digit. true with an issued
 * IIN range and length; null (base score: context needed) for 14-19 digits starting 3-6, the
 * card industries, outside the known ranges; false otherwise.
 */
export function creditCard(value: string): boolean | null {
  if (!consistentSeparators(value)) return false;
  const d = digitsOnly(value);
  if (d.length < 12 || d.length > 19 || !luhnValid(d) || allSame(d)) return false;
  if (cardIinKnown(d)) return true;
  const first = d.charCodeAt(0) - 48;
  return d.length >= 14 && first >= 3 && first <= 6 ? null : false;
}

/**
 * IBAN: one kind of separator, registry country and length, BBAN structure, MOD 97-10.
 * Upper-case → true; all lower-case → null (base score); mixed case → false.
 */
export function iban(value: string): boolean | null {
  if (!consistentSeparators(value)) return false;
  let upper = false;
  let lower = false;
  let compact = '';
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c >= 97 && c <= 122) {
      lower = true;
      compact += String.fromCharCode(c - 32);
    } else if (c >= 65 && c <= 90) {
      upper = true;
      compact += value[i];
    } else if (c >= 48 && c <= 57) compact += value[i];
  }
  if (upper && lower) return false;
  if (!ibanValid(compact)) return false;
  return lower ? null : true;
}

/** SWIFT/BIC: upper-case, 8 or 11 characters, assigned country code. */
export function swiftBic(value: string): boolean {
  return bicValid(value);
}

/** Bitcoin address: Base58Check (version 0x00/0x05) or segwit Bech32/Bech32m on `bc`. */
export function cryptoWallet(value: string): boolean {
  return bitcoinAddressValid(value);
}

/** ABA routing number: 9 digits (dashes allowed), 3-7-1 checksum, assigned prefix. */
export function usBankRouting(value: string): boolean {
  const d = digitsOnly(value);
  return d.length === 9 && abaValid(d);
}

/** US bank account: any 8–17 digits except one repeated digit; undecided otherwise (context decides). */
export function usBankAccount(value: string): boolean | null {
  return allSame(digitsOnly(value)) ? false : null;
}

/** Validators used by patterns/financial.json. */
export const financialValidators: ValidatorTable = {
  credit_card: creditCard,
  iban,
  swift_bic: swiftBic,
  crypto_wallet: cryptoWallet,
  us_bank_routing: usBankRouting,
  us_bank_account: usBankAccount,
};
