import { canonicalValue } from '../canonical.js';
import { shiftDateText } from '../dates/index.js';
import { signedOffset } from './draw.js';
import { firstAccepted, type Generator } from './types.js';

/** Largest shift of a DATE surrogate, in days. */
export const SURROGATE_MAX_DAYS = 365;

/**
 * DATE (and CARD_EXPIRY): the date moved by an offset of 1-365 days either way drawn from
 * the value itself, written in the input's format (see shift_date). Unlike shift_date the
 * offset is per value, not per subject, so intervals between dates are not kept; a coarse
 * date (a month, a year) that the offset would leave unchanged is drawn again.
 */
export const dateSurrogate: Generator = (req) => {
  const hint = req.type === 'CARD_EXPIRY' ? ('expiry' as const) : undefined;
  const before = canonicalValue(req.type, req.value, req.region);
  return firstAccepted(
    req,
    before,
    (draw) => shiftDateText(req.value, signedOffset(draw, SURROGATE_MAX_DAYS), { region: req.region, hint }),
    (c) => canonicalValue(req.type, c, req.region) !== before,
  );
};
