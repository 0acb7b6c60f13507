import type { RecognizerFactory } from './recognizer.js';

/** PHONE: digit-run candidates, cheap rejection, then libphonenumber-js validation. (Filled in by the phone work.) */
export const createPhoneRecognizer: RecognizerFactory = (settings) => {
  if (!settings.entities.has('PHONE')) return undefined;
  return { name: 'phone', types: ['PHONE'], scan() {} };
};
