import type { ValidatorTable } from './types.js';

/** Validators used by patterns/contact.json. */
export const contactValidators: ValidatorTable = {};
