import type { ValidatorTable } from './types.js';

/** Validators used by patterns/gov-ca.json. */
export const govCaValidators: ValidatorTable = {};
