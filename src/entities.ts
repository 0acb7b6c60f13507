/**
 * Every entity type scrubline can report, with the one-line description the
 * README lists. The order is the type priority used to break overlap ties
 * (earlier wins): specific, checksum-backed identifiers before loose ones.
 */
export const ENTITY_DESCRIPTIONS = {
  // Global, checksum- or structure-validated
  CREDIT_CARD: 'Payment card number (PAN), 12-19 digits, Luhn-validated',
  IBAN: 'International Bank Account Number, ISO 13616 mod-97 and per-country length',
  CRYPTO_WALLET: 'Bitcoin address (Base58Check or Bech32/Bech32m)',
  EMAIL: 'Email address',
  IP_ADDRESS: 'IPv4 or IPv6 address (optionally with CIDR prefix)',
  MAC_ADDRESS: 'Network hardware (MAC) address',
  URL: 'Web address or bare domain name',
  US_SSN: 'US Social Security Number (area/group/serial rules)',
  US_ITIN: 'US Individual Taxpayer Identification Number',
  US_BANK_ROUTING: 'US ABA routing transit number (3-7-1 weighted checksum)',
  US_NPI: 'US National Provider Identifier (Luhn over 80840 prefix)',
  US_MBI: 'US Medicare Beneficiary Identifier',
  MEDICAL_LICENSE: 'US DEA registration number (check digit)',
  UK_NHS: 'UK National Health Service number (mod-11)',
  UK_NINO: 'UK National Insurance number',
  UK_VEHICLE_REGISTRATION: 'UK vehicle registration mark',
  CA_SIN: 'Canadian Social Insurance Number (Luhn)',
  IN_AADHAAR: 'Indian Aadhaar number (Verhoeff)',
  IN_PAN: 'Indian Permanent Account Number',
  IN_GSTIN: 'Indian Goods and Services Tax Identification Number',
  IN_VOTER: 'Indian voter ID (EPIC) number',
  IN_VEHICLE_REGISTRATION: 'Indian vehicle registration number',
  AU_ABN: 'Australian Business Number (mod-89)',
  AU_ACN: 'Australian Company Number',
  AU_TFN: 'Australian Tax File Number (mod-11)',
  AU_MEDICARE: 'Australian Medicare card number',
  DE_TAX_ID: 'German tax identification number (Steuer-ID, ISO 7064 MOD 11,10)',
  DE_TAX_NUMBER: 'German tax number (Steuernummer)',
  DE_VAT_ID: 'German VAT identification number (USt-IdNr.)',
  DE_ID_CARD: 'German identity card number (Personalausweis)',
  DE_HEALTH_INSURANCE: 'German statutory health insurance number (KVNR)',
  DE_SOCIAL_SECURITY: 'German pension insurance number (Rentenversicherungsnummer)',
  DE_LANR: 'German lifelong physician number (LANR)',
  DE_BSNR: 'German practice site number (BSNR)',
  DE_HANDELSREGISTER: 'German commercial register number (HRA/HRB)',
  DE_KFZ: 'German vehicle registration plate',
  FI_PERSONAL_IDENTITY_CODE: 'Finnish personal identity code (HETU)',
  IT_FISCAL_CODE: 'Italian fiscal code (codice fiscale)',
  IT_VAT_CODE: 'Italian VAT number (partita IVA)',
  IT_IDENTITY_CARD: 'Italian identity card number',
  ES_NIF: 'Spanish national identity number (DNI/NIF, mod-23 letter)',
  ES_NIE: 'Spanish foreigner identity number (NIE)',
  PL_PESEL: 'Polish national identification number (PESEL)',
  SE_PERSONNUMMER: 'Swedish personal identity number (Luhn)',
  SE_ORGANISATIONSNUMMER: 'Swedish organisation number',
  KR_RRN: 'Korean Resident Registration Number',
  KR_FRN: 'Korean Foreigner Registration Number',
  KR_BRN: 'Korean Business Registration Number',
  SG_NRIC_FIN: 'Singapore NRIC/FIN',
  SG_UEN: 'Singapore Unique Entity Number',
  TH_TNIN: 'Thai national ID number',
  TR_NATIONAL_ID: 'Turkish national ID number (T.C. Kimlik)',
  TR_LICENSE_PLATE: 'Turkish vehicle licence plate',
  ZA_ID_NUMBER: 'South African ID number (date + Luhn)',
  NG_NIN: 'Nigerian National Identification Number (Verhoeff)',
  NG_VEHICLE_REGISTRATION: 'Nigerian vehicle registration plate',
  PH_TIN: 'Philippine Taxpayer Identification Number',
  VIN: 'Vehicle Identification Number (ISO 3779 check digit)',
  IMEI: 'Mobile device IMEI (Luhn)',
  SWIFT_BIC: 'SWIFT/BIC bank identifier code',
  PASSPORT: 'Passport number (any country; the finding carries the country)',
  DRIVER_LICENSE: 'Driving licence number (any country; the finding carries the country)',
  ACCOUNT_NUMBER: 'Bank or customer account number (context-driven)',
  CARD_EXPIRY: 'Payment card expiry date',
  CARD_CVV: 'Payment card security code (CVV/CVC)',
  PIN: 'Personal identification number or passcode given as one',
  PHONE: 'Telephone number, national or international, validated per region',
  DATE: 'Calendar date (numeric or written)',
  POSTAL_CODE: 'Postal code (any country; the finding carries the country)',
  ADDRESS: 'Street address',
  USERNAME: 'Account user name or handle',
  PERSON: 'Person name',
  ORGANIZATION: 'Organisation, company or venue name',
  LOCATION: 'City, region, country or other place name',
} as const;

export type EntityType = keyof typeof ENTITY_DESCRIPTIONS;

export const ENTITY_TYPES: readonly EntityType[] = Object.freeze(
  Object.keys(ENTITY_DESCRIPTIONS) as EntityType[],
);

const PRIORITY = new Map<string, number>(ENTITY_TYPES.map((t, i) => [t, i]));

/** Lower is stronger. Unknown (user-defined) types rank after every built-in one. */
export function typePriority(type: string): number {
  return PRIORITY.get(type) ?? ENTITY_TYPES.length;
}

export function isEntityType(value: unknown): value is EntityType {
  return typeof value === 'string' && PRIORITY.has(value);
}
