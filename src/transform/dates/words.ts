/** English number words for spoken dates: cardinals to 99, ordinals to 31, years as said aloud. */

const ONES = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'] as const;
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'] as const;
const ORDINAL_ONES = ['zeroth', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth'] as const;
const ORDINAL_TENS = ['', '', 'twentieth', 'thirtieth'] as const;

/** 0-99 in words: 47 → "forty seven". */
export function cardinalWords(n: number): string {
  if (n < 20) return ONES[n]!;
  const t = Math.floor(n / 10);
  const u = n % 10;
  return u === 0 ? TENS[t]! : `${TENS[t]!} ${ONES[u]!}`;
}

/** 1-39 as an ordinal: 14 → "fourteenth", 21 → "twenty first". */
export function ordinalWords(n: number): string {
  if (n < 20) return ORDINAL_ONES[n]!;
  const t = Math.floor(n / 10);
  const u = n % 10;
  return u === 0 ? ORDINAL_TENS[t]! : `${TENS[t]!} ${ORDINAL_ONES[u]!}`;
}

/** Two digits as said in a year: 85 → "eighty five", 5 → "oh five", 0 → "hundred". */
export function twoDigitWords(n: number): string {
  if (n === 0) return 'hundred';
  return n < 10 ? `oh ${ONES[n]!}` : cardinalWords(n);
}

/** A year as said aloud: 1985 → "nineteen eighty five", 2005 → "two thousand five", 2021 → "twenty twenty one". */
export function yearWords(y: number): string {
  if (y >= 2000 && y <= 2009) return y === 2000 ? 'two thousand' : `two thousand ${ONES[y - 2000]!}`;
  const hi = Math.floor(y / 100);
  const lo = y % 100;
  return `${cardinalWords(hi)} ${twoDigitWords(lo)}`;
}

/** English ordinal suffix: 1st, 2nd, 3rd, 4th, 11th, 12th, 13th, 21st. */
export function ordinalSuffix(n: number): string {
  const t = n % 100;
  if (t >= 11 && t <= 13) return 'th';
  return n % 10 === 1 ? 'st' : n % 10 === 2 ? 'nd' : n % 10 === 3 ? 'rd' : 'th';
}
