import type { ValidatorTable } from './types.js';

/** Validators used by patterns/network.json. */
export const networkValidators: ValidatorTable = {};
