import type { Validator, ValidatorTable } from './types.js';
import { financialValidators } from './financial.js';
import { networkValidators } from './network.js';
import { contactValidators } from './contact.js';
import { govUsValidators } from './gov-us.js';
import { govUkValidators } from './gov-uk.js';
import { govCaValidators } from './gov-ca.js';
import { govInValidators } from './gov-in.js';
import { govAuValidators } from './gov-au.js';
import { govDeValidators } from './gov-de.js';
import { govOtherValidators } from './gov-other.js';
import { vehicleValidators } from './vehicle.js';
import { datesValidators } from './dates.js';
import { addressValidators } from './address.js';
import { conversationValidators } from './conversation.js';

export type { Validator, ValidatorTable } from './types.js';

const TABLES: readonly ValidatorTable[] = [
  financialValidators, networkValidators, contactValidators, govUsValidators, govUkValidators,
  govCaValidators, govInValidators, govAuValidators, govDeValidators, govOtherValidators,
  vehicleValidators, datesValidators, addressValidators, conversationValidators,
];

/** Every named validator a pattern file may refer to. Names are unique across families. */
export const VALIDATORS: ReadonlyMap<string, Validator> = (() => {
  const m = new Map<string, Validator>();
  for (const t of TABLES) {
    for (const [name, fn] of Object.entries(t)) {
      if (m.has(name)) throw new Error(`validator "${name}" is defined twice`);
      m.set(name, fn);
    }
  }
  return m;
})();
