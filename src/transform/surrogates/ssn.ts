import { ssnValid, ssnWrittenForm } from '../../detect/checksums/us-ssn.js';
import { canonicalValue } from '../canonical.js';
import { digitsOf, fillDigits, speak, writtenForm } from './shape.js';
import { firstAccepted, type Generator } from './types.js';

/**
 * US_SSN: a number the SSN rules accept (area 001-899 except 666, group 01-99, serial
 * 0001-9999, not a published sample), written with the input's separators. The SSA has no
 * range that is both valid and never issued (9xx areas are ITINs, 000/666 are never valid),
 * so a surrogate could by chance equal a real person's number; it is drawn at random and
 * says nothing about the input.
 */
export const ssnSurrogate: Generator = (req) => {
  const w = writtenForm(req.value);
  const d = digitsOf(w.text);
  if (d.length !== 9) return undefined;
  const sameForm = ssnWrittenForm(w.text) !== 'invalid';
  const out = firstAccepted(
    req,
    canonicalValue(req.type, req.value, req.region),
    (draw) => {
      let area = draw.between(1, 898);
      if (area >= 666) area++; // skip 666
      const digits = String(area).padStart(3, '0') + String(draw.between(1, 99)).padStart(2, '0') + String(draw.between(1, 9999)).padStart(4, '0');
      return fillDigits(w.text, digits);
    },
    (c) => digitsOf(c) !== d && ssnValid(digitsOf(c)) && (!sameForm || ssnWrittenForm(c) !== 'invalid'),
  );
  return out !== undefined && w.spoken ? speak(digitsOf(out), w.oh) : out;
};
