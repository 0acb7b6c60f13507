import type { Key } from '../keys.js';
import { generalizeDateText, shiftDateText } from '../dates/index.js';
import { Draw, signedOffset } from '../surrogates/draw.js';
import { normalizeSpoken } from '../../detect/spoken/normalize.js';
import { digitsOf } from '../surrogates/shape.js';
import { int, known, oneOf } from './params.js';
import type { OperatorFactory } from './types.js';

/**
 * The day offset of one subject: from `key.hmac('shift_date', subject ?? '')`, uniform over
 * [-maxDays, -1] ∪ [1, maxDays] (never 0). Every date of one subject moves by the same
 * offset, so intervals between them (age at a visit, days between calls) are kept.
 */
export function subjectOffset(key: Key, subject: string | undefined, maxDays: number): number {
  return signedOffset(new Draw(key.hmac('shift_date', subject ?? '')), maxDays);
}

/**
 * `shift_date`: the date moved by the subject's offset (`maxDays`, default 365), written in
 * the input's format: "03/14/1985", "14.03.1985", "1985-03-14T10:00Z" (time kept), "March 14,
 * 1985", "14 March 1985", "Mar 14th", "Tue, Mar 3rd" (weekday recomputed). A spoken date
 * comes back spoken in the same words ("the fourteenth of march nineteen eighty five" →
 * "the second of april nineteen eighty six"). Numeric day/month order follows the region
 * (month first for US/CA/PH) unless a number over 12 or a dotted form decides it. Dates with
 * only a month, a year or a day move by the same offset and show what they showed (so a
 * small offset may leave "March 2020" as it was). A value that cannot be read as a date,
 * relative ones included ("next Friday"), becomes the label `[TYPE]`, never left in clear.
 */
export const shift_date: OperatorFactory = (p, where) => {
  known(p, where, ['maxDays']);
  const maxDays = int(p, 'maxDays', where, 365, 1, 36500);
  return (value, f, ctx) => {
    const hint = f.type === 'CARD_EXPIRY' ? ('expiry' as const) : undefined;
    return shiftDateText(value, subjectOffset(ctx.key, ctx.subject, maxDays), { region: ctx.region, hint }) ?? `[${f.type}]`;
  };
};

/** Spoken numbers written ("nine four one oh seven" → "94107", "forty seven" → "47"). */
function spokenAsWritten(value: string): string {
  return /\p{L}/u.test(value) ? normalizeSpoken(value).text : value;
}

/** HIPAA Safe Harbor: 3-digit ZIP prefixes of areas with 20,000 people or fewer, written 000. */
export const RESTRICTED_ZIP3: ReadonlySet<string> = new Set([
  '036', '059', '063', '102', '203', '556', '692', '790', '821', '823', '830', '831', '878', '879', '884', '890', '893',
]);

/** A US ZIP (or ZIP+4) reduced to its first three digits: "94107" → "941XX", restricted prefixes → "000XX". */
export function generalizeZip(value: string): string | undefined {
  const w = spokenAsWritten(value).trim();
  if (!/^\d{5}(?:[- ]?\d{4})?$/.test(w)) return undefined;
  const zip3 = w.slice(0, 3);
  return `${RESTRICTED_ZIP3.has(zip3) ? '000' : zip3}XX`;
}

/**
 * An age reduced to a ten-year band, the other words kept: "47" → "40-49", "47 years old" →
 * "40-49 years old", "aged 9" → "aged 0-9"; over 89 → "90+" (HIPAA). Undefined unless the
 * value holds exactly one number of 0-150.
 */
export function generalizeAge(value: string): string | undefined {
  const w = spokenAsWritten(value);
  const runs = w.match(/\d+/g) ?? [];
  if (runs.length !== 1 || digitsOf(w).length > 3) return undefined;
  const age = Number(runs[0]);
  if (age > 150) return undefined;
  const lo = Math.floor(age / 10) * 10;
  const band = age >= 90 ? '90+' : `${lo}-${lo + 9}`;
  return w.replace(/\d+/, band);
}

/**
 * `generalize`: a coarser value. DATE (a date of birth) → its year ("1985"), or month and
 * year with `dateTo: 'month'` ("03/1985", "March 1985"); POSTAL_CODE (US ZIP) → its first
 * three digits + "XX", "000XX" for the 17 Safe Harbor restricted prefixes; AGE (a user type:
 * scrubline has no built-in age detector) → a ten-year band, "90+" over 89. Anything else,
 * and any value that does not read as expected (a date without a year, a non-US postal
 * code), becomes `[TYPE]`.
 */
export const generalize: OperatorFactory = (p, where) => {
  known(p, where, ['dateTo']);
  const dateTo = oneOf(p, 'dateTo', where, 'year', ['year', 'month'] as const);
  return (value, f, ctx) => {
    let out: string | undefined;
    if (f.type === 'DATE') out = generalizeDateText(value, dateTo, { region: ctx.region });
    else if (f.type === 'POSTAL_CODE' && (f.country === undefined || f.country === 'US')) out = generalizeZip(value);
    else if (f.type === 'AGE') out = generalizeAge(value);
    return out ?? `[${f.type}]`;
  };
};
