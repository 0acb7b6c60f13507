import type { ValidatorTable } from './types.js';

/** Validators used by patterns/gov-uk.json. */
export const govUkValidators: ValidatorTable = {};
