import { addressSurrogate, locationSurrogate, organizationSurrogate } from './places.js';
import { cardSurrogate } from './card.js';
import { dateSurrogate } from './date.js';
import { emailSurrogate } from './email.js';
import { genericSurrogate } from './generic.js';
import { ibanSurrogate } from './iban.js';
import { ipSurrogate } from './ip.js';
import { personSurrogate } from './person.js';
import { phoneSurrogate } from './phone.js';
import { ssnSurrogate } from './ssn.js';
import { urlSurrogate } from './url.js';
import type { Generator, SurrogateRequest } from './types.js';

export { Draw, signedOffset } from './draw.js';
export type { Generator, SurrogateRequest } from './types.js';

/** The generator of each type with one; every other type uses the generic one. */
const GENERATORS: Readonly<Record<string, Generator>> = {
  PERSON: personSurrogate,
  CREDIT_CARD: cardSurrogate,
  PHONE: phoneSurrogate,
  EMAIL: emailSurrogate,
  IBAN: ibanSurrogate,
  US_SSN: ssnSurrogate,
  ADDRESS: addressSurrogate,
  LOCATION: locationSurrogate,
  ORGANIZATION: organizationSurrogate,
  DATE: dateSurrogate,
  CARD_EXPIRY: dateSurrogate,
  IP_ADDRESS: ipSurrogate,
  URL: urlSurrogate,
};

/**
 * Types whose values are words or structured text, not a string of characters to scramble:
 * when their generator cannot read the value, the label is written instead.
 */
const NO_GENERIC = new Set(['DATE', 'CARD_EXPIRY', 'PERSON', 'LOCATION', 'ORGANIZATION', 'EMAIL', 'IP_ADDRESS']);

/**
 * The surrogate of a value: the type's generator, else (or when the value does not fit it)
 * the generic letter-for-letter, digit-for-digit one. Undefined when neither can make a
 * value different from the input (the operator then writes the label).
 */
export function makeSurrogate(req: SurrogateRequest): string | undefined {
  const gen = GENERATORS[req.type];
  const out = gen?.(req) ?? (NO_GENERIC.has(req.type) ? undefined : genericSurrogate(req));
  return out === undefined || out === req.value ? undefined : out;
}
