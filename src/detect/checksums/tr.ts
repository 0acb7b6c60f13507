/**
 * Turkish national ID (T.C. Kimlik No): 11 digits, first not 0;
 * d10 = (7·(d1+d3+d5+d7+d9) − (d2+d4+d6+d8)) mod 10 and d11 = (d1+…+d10) mod 10.
 */
export function trKimlikValid(value: string): boolean {
  if (!/^[1-9]\d{10}$/.test(value)) return false;
  const d = (i: number) => value.charCodeAt(i) - 48;
  const odd = d(0) + d(2) + d(4) + d(6) + d(8);
  const even = d(1) + d(3) + d(5) + d(7);
  if ((((7 * odd - even) % 10) + 10) % 10 !== d(9)) return false;
  return (odd + even + d(9)) % 10 === d(10);
}

/**
 * Turkish plate province code (the first two digits): 01-81. `null` when the value, spaces and
 * hyphens removed, is shorter than three characters or does not start with two digits.
 */
export function trPlateProvinceValid(value: string): boolean | null {
  const s = value.replace(/[- ]/g, '');
  if (s.length < 3 || !/^\d\d/.test(s)) return null;
  const code = Number(s.slice(0, 2));
  return code >= 1 && code <= 81;
}
