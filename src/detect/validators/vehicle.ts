import type { ValidatorTable } from './types.js';

/** Validators used by patterns/vehicle.json. */
export const vehicleValidators: ValidatorTable = {};
