import type { ValidatorTable } from './types.js';

/** Validators used by patterns/dates.json. */
export const datesValidators: ValidatorTable = {};
