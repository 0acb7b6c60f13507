import { allSame, digitsOnly } from '../checksums/digits.js';
import { ipAddressValid, ipv4Valid, ipv6Valid, isBareUnspecified } from '../checksums/ip.js';
import { luhnValid } from '../checksums/luhn.js';
import type { ValidatorTable } from './types.js';

/**
 * IPv4 or IPv6 (zone, CIDR prefix allowed): true when valid. The bare unspecified address
 * `::` is null: valid, but weak evidence in prose, so it keeps the base score.
 */
export function ipAddress(value: string): boolean | null {
  if (!ipAddressValid(value)) return false;
  return isBareUnspecified(value) ? null : true;
}

/** MAC address: 12 hex digits, not 00:00:00:00:00:00 nor the broadcast FF:FF:FF:FF:FF:FF. */
export function macAddress(value: string): boolean {
  let hex = '';
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i) | 0x20;
    if ((c >= 48 && c <= 57) || (c >= 97 && c <= 102)) hex += String.fromCharCode(c);
  }
  return hex.length === 12 && hex !== '000000000000' && hex !== 'ffffffffffff';
}

/** Host name rules: 1–63 character labels not starting or ending with `-`, 253 characters in all. */
export function hostNameValid(host: string): boolean {
  if (host.length === 0 || host.length > 253) return false;
  for (const label of host.split('.')) {
    if (label.length === 0 || label.length > 63) return false;
    if (label.startsWith('-') || label.endsWith('-')) return false;
  }
  return true;
}

/** The host of a URL candidate (scheme, user info, port and path removed). */
export function urlHost(value: string): string {
  let s = value;
  const scheme = s.indexOf('://');
  if (scheme >= 0) s = s.slice(scheme + 3);
  if (s.startsWith('[')) {
    const close = s.indexOf(']');
    return close < 0 ? s : s.slice(0, close + 1);
  }
  let end = s.length;
  for (const ch of ['/', '?', '#']) {
    const at = s.indexOf(ch);
    if (at >= 0 && at < end) end = at;
  }
  s = s.slice(0, end);
  const at = s.lastIndexOf('@');
  if (at >= 0) s = s.slice(at + 1);
  const colon = s.indexOf(':');
  return colon >= 0 ? s.slice(0, colon) : s;
}

const SCHEME = /^[a-z][a-z0-9+.-]*:\/\//i;
const WWW = /^www\d{0,3}\./i;

/**
 * URL or bare domain with a well-formed host (name, IPv4 or bracketed IPv6). With a scheme or
 * `www.` it is true; a bare domain must end in a lower-case TLD and is null (base score).
 */
export function url(value: string): boolean | null {
  const host = urlHost(value);
  if (host.startsWith('[')) return host.endsWith(']') && ipv6Valid(host.slice(1, -1));
  if (/^[\d.]+$/.test(host)) return ipv4Valid(host);
  if (!hostNameValid(host)) return false;
  if (SCHEME.test(value) || WWW.test(value)) return true;
  const tld = host.slice(host.lastIndexOf('.') + 1);
  return tld === tld.toLowerCase() ? null : false;
}

/** IMEI: 15 digits, Luhn-valid, not one repeated digit. */
export function imei(value: string): boolean {
  const d = digitsOnly(value);
  return d.length === 15 && luhnValid(d) && !allSame(d);
}

/** Validators used by patterns/network.json. */
export const networkValidators: ValidatorTable = {
  ip_address: ipAddress,
  mac_address: macAddress,
  url,
  imei,
};
