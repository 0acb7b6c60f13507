import type { ValidatorTable } from './types.js';

/** Validators used by patterns/gov-au.json. */
export const govAuValidators: ValidatorTable = {};
