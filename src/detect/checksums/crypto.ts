/**
 * Bitcoin address checks: Base58Check (legacy P2PKH `1…` and P2SH `3…`) with a
 * double SHA-256 checksum, and segwit Bech32 (v0) / Bech32m (v1+) `bc1…` (BIP-173, BIP-350).
 */
import { createHash } from 'node:crypto';

const B58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
const B58_INDEX: Int8Array = (() => {
  const t = new Int8Array(128).fill(-1);
  for (let i = 0; i < B58.length; i++) t[B58.charCodeAt(i)] = i;
  return t;
})();

/** Decodes Base58 to bytes (leading `1`s become zero bytes); undefined on a foreign character. */
export function base58Decode(s: string): Uint8Array | undefined {
  const bytes: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const v = c < 128 ? B58_INDEX[c]! : -1;
    if (v < 0) return undefined;
    let carry = v;
    for (let j = 0; j < bytes.length; j++) {
      carry += bytes[j]! * 58;
      bytes[j] = carry & 0xff;
      carry >>= 8;
    }
    while (carry > 0) {
      bytes.push(carry & 0xff);
      carry >>= 8;
    }
  }
  for (let i = 0; i < s.length && s[i] === '1'; i++) bytes.push(0);
  return Uint8Array.from(bytes.reverse());
}

function sha256d(data: Uint8Array): Buffer {
  return createHash('sha256').update(createHash('sha256').update(data).digest()).digest();
}

/** True when the last 4 bytes equal the first 4 bytes of SHA-256(SHA-256(rest)). */
export function base58CheckValid(s: string): boolean {
  const raw = base58Decode(s);
  if (!raw || raw.length < 5) return false;
  const body = raw.subarray(0, raw.length - 4);
  const sum = sha256d(body);
  for (let i = 0; i < 4; i++) if (raw[raw.length - 4 + i] !== sum[i]) return false;
  return true;
}

/** Mainnet legacy address: 25 bytes, version 0x00 (P2PKH, `1…`) or 0x05 (P2SH, `3…`), valid checksum. */
export function bitcoinBase58AddressValid(s: string): boolean {
  if (s.length < 26 || s.length > 35) return false;
  const raw = base58Decode(s);
  if (!raw || raw.length !== 25 || (raw[0] !== 0x00 && raw[0] !== 0x05)) return false;
  return base58CheckValid(s);
}

const BECH32_CHARSET = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l';
const GEN = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3] as const;
export const BECH32_CONST = 1;
export const BECH32M_CONST = 0x2bc830a3;

function polymod(values: readonly number[]): number {
  let chk = 1;
  for (const v of values) {
    const top = chk >>> 25;
    chk = (((chk & 0x1ffffff) << 5) ^ v) >>> 0;
    for (let i = 0; i < 5; i++) if ((top >>> i) & 1) chk = (chk ^ GEN[i]!) >>> 0;
  }
  return chk;
}

function hrpExpand(hrp: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < hrp.length; i++) out.push(hrp.charCodeAt(i) >> 5);
  out.push(0);
  for (let i = 0; i < hrp.length; i++) out.push(hrp.charCodeAt(i) & 31);
  return out;
}

export interface Bech32Decoded {
  hrp: string;
  /** 5-bit words, checksum removed. */
  data: number[];
  encoding: 'bech32' | 'bech32m';
}

/** Decodes a Bech32 or Bech32m string (BIP-173/350 rules: ≤ 90 chars, one case, ≥ 6 checksum chars). */
export function bech32Decode(s: string): Bech32Decoded | undefined {
  if (s.length > 90) return undefined;
  const lower = s.toLowerCase();
  if (s !== lower && s !== s.toUpperCase()) return undefined;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 33 || c > 126) return undefined;
  }
  const pos = lower.lastIndexOf('1');
  if (pos < 1 || pos + 7 > lower.length) return undefined;
  const hrp = lower.slice(0, pos);
  const data: number[] = [];
  for (let i = pos + 1; i < lower.length; i++) {
    const v = BECH32_CHARSET.indexOf(lower[i]!);
    if (v < 0) return undefined;
    data.push(v);
  }
  const check = polymod([...hrpExpand(hrp), ...data]);
  const encoding = check === BECH32_CONST ? 'bech32' : check === BECH32M_CONST ? 'bech32m' : undefined;
  if (!encoding) return undefined;
  return { hrp, data: data.slice(0, -6), encoding };
}

/** Regroups 5-bit words into bytes; undefined on non-zero or over-long padding. */
function fiveToEight(words: readonly number[]): number[] | undefined {
  let acc = 0;
  let bits = 0;
  const out: number[] = [];
  for (const w of words) {
    acc = (acc << 5) | w;
    bits += 5;
    while (bits >= 8) {
      bits -= 8;
      out.push((acc >> bits) & 0xff);
    }
    acc &= (1 << bits) - 1;
  }
  if (bits >= 5 || acc !== 0) return undefined;
  return out;
}

/**
 * Segwit address for human-readable part `hrp` (default `bc`, mainnet): witness
 * version 0 with Bech32 and a 20/32-byte program, or version 1–16 with Bech32m
 * and a 2–40-byte program.
 */
export function segwitAddressValid(s: string, hrp = 'bc'): boolean {
  const d = bech32Decode(s);
  if (!d || d.hrp !== hrp || d.data.length < 1) return false;
  const version = d.data[0]!;
  if (version > 16) return false;
  const program = fiveToEight(d.data.slice(1));
  if (!program || program.length < 2 || program.length > 40) return false;
  if (version === 0) return d.encoding === 'bech32' && (program.length === 20 || program.length === 32);
  return d.encoding === 'bech32m';
}

/** A mainnet Bitcoin address of any kind. */
export function bitcoinAddressValid(s: string): boolean {
  const c = s.charCodeAt(0);
  if (c === 49 || c === 51) return bitcoinBase58AddressValid(s); // '1' or '3'
  return segwitAddressValid(s);
}
