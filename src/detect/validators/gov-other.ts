import type { ValidatorTable } from './types.js';

/** Validators used by patterns/gov-other.json. */
export const govOtherValidators: ValidatorTable = {};
