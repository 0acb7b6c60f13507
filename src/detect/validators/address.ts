import type { ValidatorTable } from './types.js';

/** Validators used by patterns/address.json. */
export const addressValidators: ValidatorTable = {};
