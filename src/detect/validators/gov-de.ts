import type { ValidatorTable } from './types.js';

/** Validators used by patterns/gov-de.json. */
export const govDeValidators: ValidatorTable = {};
