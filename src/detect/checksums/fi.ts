import { isRealDate } from './calendar.js';

/** Check characters of the Finnish personal identity code, indexed by (ddmmyy·1000 + nnn) mod 31. */
const FI_CHECK = '0123456789ABCDEFHJKLMNPRSTUVWXY';

/** Century of each separator character: `+` 1800s, `-` and Y-U 1900s, A-F 2000s. */
function fiCentury(sep: string): number | undefined {
  if (sep === '+') return 1800;
  if ('-YXWVU'.includes(sep)) return 1900;
  if ('ABCDEF'.includes(sep)) return 2000;
  return undefined;
}

/**
 * Finnish personal identity code (henkilötunnus, HETU) `DDMMYYCNNNK`: the date with its
 * century sign must be a real day, NNN is 002-999, and K is the mod-31 check character.
 */
export function fiHetuValid(code: string): boolean {
  if (code.length !== 11) return false;
  const sep = code[6]!;
  const century = fiCentury(sep);
  const body = code.slice(0, 6) + code.slice(7, 10);
  if (century === undefined || !/^\d{9}$/.test(body)) return false;
  const day = Number(code.slice(0, 2));
  const month = Number(code.slice(2, 4));
  const year = century + Number(code.slice(4, 6));
  if (!isRealDate(year, month, day)) return false;
  if (Number(code.slice(7, 10)) < 2) return false;
  return FI_CHECK[Number(body) % 31] === code[10];
}
