import type { ValidatorTable } from './types.js';

/** Validators used by patterns/gov-in.json. */
export const govInValidators: ValidatorTable = {};
