import { alnumUpper } from './digits.js';

/** Control letters of the Spanish DNI/NIE, indexed by number mod 23. */
const ES_LETTERS = 'TRWAGMYFPDXBNJZSQVHLCKE';

/** The control letter of a DNI number (or of an NIE with its X/Y/Z read as 0/1/2). */
export function esControlLetter(n: number): string {
  return ES_LETTERS[n % 23]!;
}

/** Spanish DNI/NIF `12345678Z` (7 or 8 digits, separators ignored): the letter must match mod 23. */
export function esNifValid(value: string): boolean {
  const s = alnumUpper(value);
  const m = /^(\d{7,8})([A-Z])$/.exec(s);
  return m !== null && esControlLetter(Number(m[1])) === m[2];
}

/** Spanish NIE `X1234567L`: X/Y/Z stand for 0/1/2 before the seven digits, then the mod-23 letter. */
export function esNieValid(value: string): boolean {
  const s = alnumUpper(value);
  const m = /^([XYZ])(\d{7})([A-Z])$/.exec(s);
  if (m === null) return false;
  const n = Number('XYZ'.indexOf(m[1]!) + m[2]!);
  return esControlLetter(n) === m[3];
}
