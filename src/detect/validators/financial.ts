import type { ValidatorTable } from './types.js';

/** Validators used by patterns/financial.json. */
export const financialValidators: ValidatorTable = {};
