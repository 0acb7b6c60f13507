import { OptionsError } from './errors.js';
import { ReidentifyError, reidentifyText, reidentifyValue, type KeyRing } from './transform/tokens.js';

export { ReidentifyError, type KeyRing };

/**
 * Restores the originals of `encrypt` tokens in a text or a parsed JSON record, with the
 * key (or keys, by id, for rotated keys). A wrong key or an altered token throws a
 * ReidentifyError and changes nothing.
 */
export function reidentify<T>(input: T, keys: KeyRing): T {
  if (keys === undefined || keys === null) throw new OptionsError('reidentify() needs the key');
  if (typeof input === 'string') return reidentifyText(input, keys).text as T;
  return reidentifyValue(input, keys).value;
}
