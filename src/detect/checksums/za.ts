import { isRealDate } from './calendar.js';
import { luhnValid } from './luhn.js';

/**
 * Birth date `YYMMDD` of a South African ID: the year is 20YY when YY is at most this year's
 * two digits, else 19YY; the date must be real and not in the future.
 */
export function zaBirthDateValid(yymmdd: string, today: Date = new Date()): boolean {
  if (!/^\d{6}$/.test(yymmdd)) return false;
  const yy = Number(yymmdd.slice(0, 2));
  const year = (yy > today.getFullYear() % 100 ? 1900 : 2000) + yy;
  const month = Number(yymmdd.slice(2, 4));
  const day = Number(yymmdd.slice(4, 6));
  if (!isRealDate(year, month, day)) return false;
  return new Date(year, month - 1, day).getTime() <= today.getTime();
}

/**
 * South African ID number `YYMMDDSSSSCAZ`: a valid birth date, citizenship C of 0 (citizen),
 * 1 (permanent resident) or 2 (refugee), A of 8 or 9, and Luhn over all 13 digits.
 */
export function zaIdValid(value: string, today: Date = new Date()): boolean {
  if (!/^\d{13}$/.test(value)) return false;
  if (!zaBirthDateValid(value.slice(0, 6), today)) return false;
  if (!'012'.includes(value[10]!) || !'89'.includes(value[11]!)) return false;
  return luhnValid(value);
}
