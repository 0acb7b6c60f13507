/**
 * Key-name hints: a field whose key names a PII type is that type, whatever its
 * value looks like (a bare "5551234" under `phone`). Keys are compared
 * normalised: lower-case, with `_`, `-`, `.` and spaces removed.
 */

/** Exact (normalised) key names. */
const EXACT: Record<string, string> = {
  email: 'EMAIL', emailaddress: 'EMAIL', mail: 'EMAIL', emailid: 'EMAIL',
  phone: 'PHONE', phonenumber: 'PHONE', phoneno: 'PHONE', mobile: 'PHONE', mobilenumber: 'PHONE', cell: 'PHONE',
  cellphone: 'PHONE', tel: 'PHONE', telephone: 'PHONE', fax: 'PHONE', callerid: 'PHONE', ani: 'PHONE', msisdn: 'PHONE',
  name: 'PERSON', fullname: 'PERSON', firstname: 'PERSON', lastname: 'PERSON', surname: 'PERSON', givenname: 'PERSON',
  familyname: 'PERSON', middlename: 'PERSON', maidenname: 'PERSON',
  dob: 'DATE', dateofbirth: 'DATE', birthdate: 'DATE', birthday: 'DATE',
  accountid: 'ACCOUNT_NUMBER', accountnumber: 'ACCOUNT_NUMBER', accountno: 'ACCOUNT_NUMBER', acct: 'ACCOUNT_NUMBER',
  acctno: 'ACCOUNT_NUMBER', acctnumber: 'ACCOUNT_NUMBER', bankaccount: 'ACCOUNT_NUMBER', customerid: 'ACCOUNT_NUMBER',
  memberid: 'ACCOUNT_NUMBER', policynumber: 'ACCOUNT_NUMBER',
  zip: 'POSTAL_CODE', zipcode: 'POSTAL_CODE', postcode: 'POSTAL_CODE', postalcode: 'POSTAL_CODE',
  ssn: 'US_SSN', socialsecuritynumber: 'US_SSN', sin: 'CA_SIN', nino: 'UK_NINO', nhsnumber: 'UK_NHS',
  address: 'ADDRESS', streetaddress: 'ADDRESS', fulladdress: 'ADDRESS', addressline1: 'ADDRESS', addressline2: 'ADDRESS',
  street: 'ADDRESS', homeaddress: 'ADDRESS', mailingaddress: 'ADDRESS', billingaddress: 'ADDRESS', shippingaddress: 'ADDRESS',
  username: 'USERNAME', userid: 'USERNAME', login: 'USERNAME', handle: 'USERNAME', screenname: 'USERNAME',
  ip: 'IP_ADDRESS', ipaddress: 'IP_ADDRESS', clientip: 'IP_ADDRESS', mac: 'MAC_ADDRESS', macaddress: 'MAC_ADDRESS',
  card: 'CREDIT_CARD', cardnumber: 'CREDIT_CARD', creditcard: 'CREDIT_CARD', pan: 'CREDIT_CARD', ccnumber: 'CREDIT_CARD',
  cvv: 'CARD_CVV', cvc: 'CARD_CVV', expiry: 'CARD_EXPIRY', expirydate: 'CARD_EXPIRY', cardexpiry: 'CARD_EXPIRY',
  iban: 'IBAN', bic: 'SWIFT_BIC', swift: 'SWIFT_BIC', routingnumber: 'US_BANK_ROUTING', aba: 'US_BANK_ROUTING',
  passport: 'PASSPORT', passportnumber: 'PASSPORT', driverslicense: 'DRIVER_LICENSE', driverlicense: 'DRIVER_LICENSE',
  licensenumber: 'DRIVER_LICENSE', vin: 'VIN', imei: 'IMEI', pin: 'PIN', password: 'PIN', passcode: 'PIN',
  city: 'LOCATION', town: 'LOCATION',
};

/** Suffixes: `customer_email`, `work_phone`, `caller_name`, … (checked longest first). */
const SUFFIX: readonly [string, string][] = [
  ['emailaddress', 'EMAIL'], ['email', 'EMAIL'],
  ['phonenumber', 'PHONE'], ['phone', 'PHONE'], ['mobile', 'PHONE'], ['cellphone', 'PHONE'], ['fax', 'PHONE'],
  ['dateofbirth', 'DATE'], ['dob', 'DATE'],
  ['accountnumber', 'ACCOUNT_NUMBER'], ['accountid', 'ACCOUNT_NUMBER'],
  ['zipcode', 'POSTAL_CODE'], ['postcode', 'POSTAL_CODE'], ['postalcode', 'POSTAL_CODE'],
  ['ssn', 'US_SSN'], ['streetaddress', 'ADDRESS'], ['fulladdress', 'ADDRESS'],
  ['username', 'USERNAME'], ['ipaddress', 'IP_ADDRESS'], ['cardnumber', 'CREDIT_CARD'],
];

/** Prefixes that make `…name` a person's name (a `product_name` or `queue_name` is not). */
const PERSON_NAME = /^(?:customer|caller|callee|contact|client|agent|rep|first|last|full|given|family|middle|maiden|recipient|receiver|sender|patient|member|holder|accountholder|cardholder|beneficiary|guardian|emergencycontact|spouse|parent|user|employee|owner|subscriber|therapist|doctor|physician|nurse|driver|passenger|guest|visitor|applicant|caregiver)name$/;

export function normaliseKey(key: string): string {
  let out = '';
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    if (c === 95 || c === 45 || c === 46 || c === 32) continue;
    out += c >= 65 && c <= 90 ? String.fromCharCode(c + 32) : key[i];
  }
  return out;
}

/** The PII type a key names, or undefined. User hints (normalised keys) are consulted first. */
export function hintForKey(key: string, user?: ReadonlyMap<string, string>): string | undefined {
  const k = normaliseKey(key);
  if (k.length === 0) return undefined;
  const u = user?.get(k);
  if (u !== undefined) return u === 'NONE' ? undefined : u;
  const exact = EXACT[k];
  if (exact) return exact;
  if (PERSON_NAME.test(k)) return 'PERSON';
  for (const [suffix, type] of SUFFIX) if (k.length > suffix.length && k.endsWith(suffix)) return type;
  return undefined;
}
