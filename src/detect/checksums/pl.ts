import { weightedSum } from './digits.js';
import { isRealDate } from './calendar.js';

const PESEL_WEIGHTS = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3] as const;

/** Birth year and month encoded by PESEL's YYMM (month +80 → 1800s, +0 1900s, +20 2000s, +40 2100s, +60 2200s). */
function peselYearMonth(yy: number, mm: number): [number, number] | undefined {
  const block = Math.floor(mm / 20);
  const month = mm % 20;
  if (month < 1 || month > 12) return undefined;
  const century = [1900, 2000, 2100, 2200, 1800][block];
  return century === undefined ? undefined : [century + yy, month];
}

/** Polish PESEL: 11 digits, YYMMDD a real date (century coded in the month), weighted check digit. */
export function peselValid(value: string): boolean {
  if (!/^\d{11}$/.test(value)) return false;
  const ym = peselYearMonth(Number(value.slice(0, 2)), Number(value.slice(2, 4)));
  if (!ym || !isRealDate(ym[0], ym[1], Number(value.slice(4, 6)))) return false;
  return (10 - (weightedSum(value, PESEL_WEIGHTS) % 10)) % 10 === value.charCodeAt(10) - 48;
}
