import type { ValidatorTable } from './types.js';

/** Validators used by patterns/gov-us.json. */
export const govUsValidators: ValidatorTable = {};
