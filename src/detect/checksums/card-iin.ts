/**
 * Payment card issuer identification: which leading digits (IIN ranges) and
 * lengths the card networks issue. Used to tell a card from any Luhn-valid number.
 */

interface IinRule {
  /** Inclusive range of the first `from.length` digits. */
  readonly from: string;
  readonly to: string;
  readonly lengths: readonly number[];
}

const L16_19 = [16, 17, 18, 19];

const RULES: readonly IinRule[] = [
  { from: '4', to: '4', lengths: [13, 16, 19] }, // Visa
  { from: '51', to: '55', lengths: [16] }, // Mastercard
  { from: '2221', to: '2720', lengths: [16] }, // Mastercard 2-series
  { from: '34', to: '34', lengths: [15] }, // American Express
  { from: '37', to: '37', lengths: [15] },
  { from: '6011', to: '6011', lengths: L16_19 }, // Discover
  { from: '644', to: '649', lengths: L16_19 },
  { from: '65', to: '65', lengths: L16_19 }, // Discover, RuPay, Troy
  { from: '62', to: '62', lengths: L16_19 }, // UnionPay
  { from: '81', to: '82', lengths: [16] }, // UnionPay 81, RuPay
  { from: '3528', to: '3589', lengths: L16_19 }, // JCB
  { from: '1800', to: '1800', lengths: [15] }, // JCB (legacy)
  { from: '2131', to: '2131', lengths: [15] },
  { from: '300', to: '305', lengths: [14, 15, 16, 17, 18, 19] }, // Diners Club
  { from: '3095', to: '3095', lengths: [14, 15, 16, 17, 18, 19] },
  { from: '36', to: '36', lengths: [14, 15, 16, 17, 18, 19] },
  { from: '38', to: '39', lengths: [14, 15, 16, 17, 18, 19] },
  { from: '50', to: '50', lengths: [12, 13, 14, 15, 16, 17, 18, 19] }, // Maestro, Dankort, Verve
  { from: '56', to: '69', lengths: [12, 13, 14, 15, 16, 17, 18, 19] }, // Maestro, RuPay 60, InstaPayment 637-639
  { from: '2200', to: '2204', lengths: L16_19 }, // Mir
  { from: '1', to: '1', lengths: [15] }, // UATP
  { from: '9792', to: '9792', lengths: [16] }, // Troy
];

/** True when `digits` starts with an issued IIN range and has a length that network issues. */
export function cardIinKnown(digits: string): boolean {
  for (const r of RULES) {
    const head = digits.slice(0, r.from.length);
    if (head.length === r.from.length && head >= r.from && head <= r.to && r.lengths.includes(digits.length)) return true;
  }
  return false;
}
