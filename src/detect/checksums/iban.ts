/**
 * IBAN (ISO 13616): per-country length and BBAN structure from the SWIFT IBAN
 * registry, and the ISO 7064 MOD 97-10 check.
 */

/**
 * Country → BBAN structure, one token per field: a count and a class,
 * `n` digits, `a` upper-case letters, `c` letters or digits. The IBAN length is
 * 4 (country code + check digits) plus the sum of the counts.
 */
const BBAN_SPEC: Readonly<Record<string, string>> = {
  AD: '4n4n12c', AE: '3n16n', AL: '8n16c', AT: '5n11n', AZ: '4a20c',
  BA: '3n3n8n2n', BE: '3n7n2n', BG: '4a4n2n8c', BH: '4a14c', BI: '5n5n11n2n',
  BR: '8n5n10n1a1c', BY: '4c4n16c', CH: '5n12c', CR: '4n14n', CY: '3n5n16c',
  CZ: '4n6n10n', DE: '8n10n', DJ: '5n5n11n2n', DK: '4n9n1n', DO: '4c20n',
  EE: '2n2n11n1n', EG: '4n4n17n', ES: '4n4n1n1n10n', FI: '3n11n', FK: '2a12n',
  FO: '4n9n1n', FR: '5n5n11c2n', GB: '4a6n8n', GE: '2a16n', GI: '4a15c',
  GL: '4n9n1n', GR: '3n4n16c', GT: '4c20c', HN: '4a20n', HR: '7n10n',
  HU: '3n4n1n15n1n', IE: '4a6n8n', IL: '3n3n13n', IQ: '4a3n12n', IS: '4n2n6n10n',
  IT: '1a5n5n12c', JO: '4a4n18c', KW: '4a22c', KZ: '3n13c', LB: '4n20c',
  LC: '4a24c', LI: '5n12c', LT: '5n11n', LU: '3n13c', LV: '4a13c',
  LY: '3n3n15n', MC: '5n5n11c2n', MD: '2c18c', ME: '3n13n2n', MK: '3n10c2n',
  MN: '4n12n', MR: '5n5n11n2n', MT: '4a5n18c', MU: '4a2n2n12n3n3a', NI: '4a20n',
  NL: '4a10n', NO: '4n6n1n', OM: '3n16c', PK: '4a16c', PL: '8n16n',
  PS: '4a21c', PT: '4n4n11n2n', QA: '4a21c', RO: '4a16c', RS: '3n13n2n',
  RU: '9n5n15c', SA: '2n18c', SC: '4a2n2n16n3a', SD: '2n12n', SE: '3n16n1n',
  SI: '5n8n2n', SK: '4n6n10n', SM: '1a5n5n12c', SO: '4n3n12n', ST: '4n4n11n2n',
  SV: '4a20n', TL: '3n14n2n', TN: '2n3n13n2n', TR: '5n1n16c', UA: '6n19c',
  VA: '3n15n', VG: '4a16n', XK: '4n10n2n', YE: '4a4n18c',
};

interface Field {
  readonly count: number;
  readonly kind: 'n' | 'a' | 'c';
}

function parseSpec(spec: string): Field[] {
  const out: Field[] = [];
  for (const m of spec.matchAll(/(\d+)([nac])/g)) out.push({ count: Number(m[1]), kind: m[2] as Field['kind'] });
  return out;
}

const FIELDS: ReadonlyMap<string, readonly Field[]> = new Map(
  Object.entries(BBAN_SPEC).map(([cc, spec]) => [cc, parseSpec(spec)]),
);

/** Every country of the IBAN registry, sorted. */
export const IBAN_COUNTRIES: readonly string[] = Object.freeze(Object.keys(BBAN_SPEC).sort());

/** Total IBAN length for a registry country, or undefined. */
export function ibanLength(country: string): number | undefined {
  const f = FIELDS.get(country);
  if (!f) return undefined;
  let n = 4;
  for (const x of f) n += x.count;
  return n;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
function isUpper(c: number): boolean {
  return c >= 65 && c <= 90;
}

/** True when `bban` (upper-case, no separators) fits the country's field structure. */
export function bbanStructureValid(country: string, bban: string): boolean {
  const fields = FIELDS.get(country);
  if (!fields) return false;
  let i = 0;
  for (const f of fields) {
    for (let k = 0; k < f.count; k++, i++) {
      if (i >= bban.length) return false;
      const c = bban.charCodeAt(i);
      const ok = f.kind === 'n' ? isDigit(c) : f.kind === 'a' ? isUpper(c) : isDigit(c) || isUpper(c);
      if (!ok) return false;
    }
  }
  return i === bban.length;
}

/** ISO 7064 MOD 97-10 over an IBAN (upper-case, no separators): the rearranged number mod 97 equals 1. */
export function ibanMod97(iban: string): number {
  const s = iban.slice(4) + iban.slice(0, 4);
  let r = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (isDigit(c)) r = (r * 10 + (c - 48)) % 97;
    else if (isUpper(c)) r = (r * 100 + (c - 55)) % 97;
    else return -1;
  }
  return r;
}

/**
 * Full IBAN check on a compact upper-case IBAN: registry country, exact length,
 * BBAN structure, check digits 02–98 and MOD 97-10.
 */
export function ibanValid(iban: string): boolean {
  if (iban.length < 5) return false;
  const country = iban.slice(0, 2);
  const len = ibanLength(country);
  if (len === undefined || iban.length !== len) return false;
  if (!isDigit(iban.charCodeAt(2)) || !isDigit(iban.charCodeAt(3))) return false;
  const check = Number(iban.slice(2, 4));
  if (check < 2 || check > 98) return false;
  if (!bbanStructureValid(country, iban.slice(4))) return false;
  return ibanMod97(iban) === 1;
}

/** The two check digits that make `country + check + bban` pass MOD 97-10 (bban upper-case). */
export function ibanCheckDigits(country: string, bban: string): string {
  const r = ibanMod97(`${country}00${bban}`);
  return String(98 - r).padStart(2, '0');
}

/** BBAN field structure of a registry country, as (count, class) pairs; undefined for other countries. */
export function bbanFields(country: string): readonly { count: number; kind: 'n' | 'a' | 'c' }[] | undefined {
  return FIELDS.get(country);
}
