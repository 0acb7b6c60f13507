import { builtinPatterns } from '../../detect/patterns.js';
import type { Validator } from '../../detect/validators/index.js';
import { canonicalValue } from '../canonical.js';
import type { Draw } from './draw.js';
import { speak, writtenForm } from './shape.js';
import { firstAccepted, type Generator } from './types.js';

/** Attempts for the generic surrogate: enough to hit a mod-11 or mod-26 check character almost surely. */
const GENERIC_ATTEMPTS = 400;

const validatorCache = new Map<string, readonly Validator[]>();

/** The validators of the built-in patterns of a type. */
function validatorsOf(type: string): readonly Validator[] {
  let v = validatorCache.get(type);
  if (!v) {
    v = builtinPatterns()
      .filter((p) => p.type === type && p.validator !== undefined)
      .map((p) => p.validator!);
    validatorCache.set(type, v);
  }
  return v;
}

/** The best verdict any validator gives: 2 valid, 1 undecided, 0 invalid (or no validator). */
function verdict(validators: readonly Validator[], value: string): number {
  let best = 0;
  for (const v of validators) {
    let r: boolean | null;
    try {
      r = v(value);
    } catch {
      r = false;
    }
    if (r === true) return 2;
    if (r === null) best = 1;
  }
  return best;
}

/** Each letter another letter of the same case, each digit another digit; everything else kept. */
function scramble(text: string, draw: Draw): string {
  let out = '';
  for (const ch of text) {
    if (ch >= '0' && ch <= '9') out += draw.digits(1);
    else if (/\p{Lu}/u.test(ch)) out += draw.letter().toUpperCase();
    else if (/\p{Ll}/u.test(ch)) out += draw.letter();
    else out += ch;
  }
  return out;
}

/**
 * Any other type: every letter replaced by a letter and every digit by a digit, case and
 * separators kept (`AB-123456-C` → `QX-804512-K`). When built-in patterns validate the
 * type (a check digit, a structure), candidates are drawn until one passes as well as the
 * input did (true beats undecided), so a checksummed identifier gets a valid-looking one.
 */
export const genericSurrogate: Generator = (req) => {
  const w = writtenForm(req.value);
  if (!/[\p{L}\d]/u.test(w.text)) return undefined;
  const validators = validatorsOf(req.type);
  const need = validators.length > 0 ? verdict(validators, w.text) : 0;
  const before = canonicalValue(req.type, req.value, req.region);
  const out = firstAccepted(
    req,
    before,
    (draw) => scramble(w.text, draw),
    (c) => canonicalValue(req.type, c, req.region) !== before && (need === 0 || verdict(validators, c) >= need),
    GENERIC_ATTEMPTS,
  );
  return out !== undefined && w.spoken ? speak(out, w.oh) : out;
};
