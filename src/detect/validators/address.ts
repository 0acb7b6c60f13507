import { DIRECTIONS, NOT_NAME_WORDS, STREET_TYPES, WEAK_STREET_TYPES } from '../checksums/street-words.js';
import type { ValidatorTable } from './types.js';

/**
 * A US ZIP or ZIP+4 that can exist: the first three digits 000-004 are unassigned,
 * and a +4 add-on of 0000 is never issued.
 */
export function validUsZip(text: string): boolean {
  const m = /^(\d{5})(?:-(\d{4}))?$/.exec(text);
  if (!m) return false;
  if (Number(m[1]!.slice(0, 3)) < 5) return false;
  return m[2] !== '0000';
}

/** Lower-cased, without a trailing period ("St." → "st"). */
function bare(w: string): string {
  return (w.charCodeAt(w.length - 1) === 46 ? w.slice(0, -1) : w).toLowerCase();
}

/** Starts with an upper-case letter or a digit ("Main", "5th", "Ödön"). */
function capitalised(w: string): boolean {
  const c = w.charCodeAt(0);
  if ((c >= 65 && c <= 90) || (c >= 48 && c <= 57)) return true;
  if (c < 128) return false;
  const ch = w[0]!;
  return ch !== ch.toLowerCase();
}

/** The space-separated words of the first line of a match, before any comma or `#`. */
function streetWords(text: string): string[] {
  const words: string[] = [];
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 10;
    const stop = c === 44 || c === 35 || c === 10 || c === 13; // , # newline
    if (stop || c === 32 || c === 9) {
      if (start >= 0) words.push(text.slice(start, i));
      start = -1;
      if (stop) break;
    } else if (start < 0) start = i;
  }
  return words;
}

/** A house number ("123", "100-15", "5B"), not an ordinal street name ("5th"). */
function isHouseNumber(w: string): boolean {
  const c = w.charCodeAt(0);
  return c >= 48 && c <= 57 && !/^\d+(?:st|nd|rd|th)$/i.test(w);
}

/**
 * "123 Main Street …": `false` when a word of the name is ordinary prose ("2 tickets at
 * Main Street"), `true` when the name or its street type is capitalised, `null` (weak)
 * when everything is lower case ("131 mirada road") or the street type is also an everyday
 * word ("3 Central Park"). Only the first line before a comma or `#` is read: the house
 * number(s), the name and the street type.
 */
export function checkStreetAddress(text: string): boolean | null {
  const tokens = streetWords(text);
  let first = 0;
  while (first < tokens.length && isHouseNumber(tokens[first]!)) first++;
  let typeAt = -1;
  for (let i = tokens.length - 1; i >= first; i--) {
    if (STREET_TYPES.has(bare(tokens[i]!))) {
      typeAt = i;
      break;
    }
  }
  if (typeAt < 0) return null;
  const type = bare(tokens[typeAt]!);
  const name: string[] = [];
  for (let i = first; i < typeAt; i++) {
    const w = bare(tokens[i]!);
    // A leading direction ("North 12th Street") and the article of "The Alameda" are not name words.
    if (i === first && (DIRECTIONS.has(w) || (w === 'the' && (type === 'alameda' || type === 'embarcadero')))) continue;
    if (NOT_NAME_WORDS.has(w)) return false;
    name.push(tokens[i]!);
  }
  if (WEAK_STREET_TYPES.has(type) && !(type === 'real' && name.some((w) => bare(w) === 'camino'))) return null;
  if (capitalised(tokens[typeAt]!)) return true;
  return name.length > 0 && name.every(capitalised) ? true : null;
}

/** A unit on its own: an apartment number is a home address (`true`); a suite or unit number alone may be an office (`null`). */
export function checkUnit(text: string): boolean | null {
  return /^apt|^apartment/i.test(text) ? true : null;
}

/** A postal code of any country after a "zip"/"postal code" label: not all zeros. */
export function validLabelledPostalCode(text: string): boolean {
  return /[1-9]/.test(text);
}

/** Validators used by patterns/address.json. */
export const addressValidators: ValidatorTable = {
  us_zip: validUsZip,
  postal_code_any: validLabelledPostalCode,
  address_unit: checkUnit,
  address_street: checkStreetAddress,
};
