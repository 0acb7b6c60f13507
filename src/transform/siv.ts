import { createCipheriv, timingSafeEqual } from 'node:crypto';

/**
 * AES-SIV (RFC 5297): deterministic authenticated encryption. The same key,
 * associated data and plaintext always give the same ciphertext, so equal values
 * get equal tokens, and any change to the token or the associated data fails
 * authentication. A 64-byte key is AES-SIV-CMAC-512 (two AES-256 keys); 32 bytes
 * is AES-SIV-CMAC-256 (the RFC's test vectors).
 */

const ZERO = Buffer.alloc(16);

function aesName(keyLen: number, mode: 'ecb' | 'ctr'): string {
  const bits = keyLen * 8;
  if (bits !== 128 && bits !== 192 && bits !== 256) throw new RangeError('AES-SIV needs a 32, 48 or 64 byte key');
  return `aes-${bits}-${mode}`;
}

/** Doubling in GF(2^128) (RFC 5297 §2.3). */
function dbl(b: Buffer): Buffer {
  const out = Buffer.alloc(16);
  let carry = 0;
  for (let i = 15; i >= 0; i--) {
    const v = b[i]!;
    out[i] = ((v << 1) | carry) & 0xff;
    carry = v >> 7;
  }
  if (carry) out[15]! ^= 0x87;
  return out;
}

function xor(a: Buffer, b: Buffer): Buffer {
  const out = Buffer.alloc(a.length);
  for (let i = 0; i < a.length; i++) out[i] = a[i]! ^ b[i]!;
  return out;
}

function aesBlock(key: Buffer, block: Buffer): Buffer {
  const c = createCipheriv(aesName(key.length, 'ecb'), key, null);
  c.setAutoPadding(false);
  return c.update(block);
}

/** AES-CMAC (RFC 4493). */
export function cmac(key: Buffer, msg: Buffer): Buffer {
  const l = aesBlock(key, ZERO);
  const k1 = dbl(l);
  const k2 = dbl(k1);
  const n = Math.max(1, Math.ceil(msg.length / 16));
  const complete = msg.length > 0 && msg.length % 16 === 0;
  const last = Buffer.alloc(16);
  msg.copy(last, 0, (n - 1) * 16);
  if (complete) {
    for (let i = 0; i < 16; i++) last[i]! ^= k1[i]!;
  } else {
    last[msg.length - (n - 1) * 16] = 0x80;
    for (let i = 0; i < 16; i++) last[i]! ^= k2[i]!;
  }
  const c = createCipheriv(aesName(key.length, 'ecb'), key, null);
  c.setAutoPadding(false);
  let x: Buffer = Buffer.alloc(16);
  for (let i = 0; i < n - 1; i++) x = c.update(xor(x, msg.subarray(i * 16, i * 16 + 16)));
  return c.update(xor(x, last));
}

function s2v(key: Buffer, ad: readonly Buffer[], plaintext: Buffer): Buffer {
  let d = cmac(key, ZERO);
  for (const a of ad) d = xor(dbl(d), cmac(key, a));
  let t: Buffer;
  if (plaintext.length >= 16) {
    t = Buffer.from(plaintext);
    const off = t.length - 16;
    for (let i = 0; i < 16; i++) t[off + i]! ^= d[i]!;
  } else {
    const padded = Buffer.alloc(16);
    plaintext.copy(padded);
    padded[plaintext.length] = 0x80;
    t = xor(dbl(d), padded);
  }
  return cmac(key, t);
}

function ctr(key: Buffer, v: Buffer, data: Buffer): Buffer {
  const q = Buffer.from(v);
  q[8]! &= 0x7f;
  q[12]! &= 0x7f;
  const c = createCipheriv(aesName(key.length, 'ctr'), key, q);
  return Buffer.concat([c.update(data), c.final()]);
}

/** Returns V || C. */
export function sivEncrypt(key: Buffer, ad: readonly Buffer[], plaintext: Buffer): Buffer {
  const half = key.length / 2;
  const v = s2v(key.subarray(0, half), ad, plaintext);
  return Buffer.concat([v, ctr(key.subarray(half), v, plaintext)]);
}

/** The plaintext, or undefined when the key, the associated data or the token is wrong. */
export function sivDecrypt(key: Buffer, ad: readonly Buffer[], sealed: Buffer): Buffer | undefined {
  if (sealed.length < 16) return undefined;
  const half = key.length / 2;
  const v = sealed.subarray(0, 16);
  const p = ctr(key.subarray(half), v, sealed.subarray(16));
  const t = s2v(key.subarray(0, half), ad, p);
  return timingSafeEqual(t, v) ? p : undefined;
}

/**
 * AES-SIV with per-key state kept: one ECB cipher object per half-key (ECB has no
 * chaining, so it is reused for every block), the CMAC subkeys, CMAC(0) and the
 * CMACs of associated data seen before. Same output as sivEncrypt/sivDecrypt, a
 * dozen times cheaper per token.
 */
export class SivContext {
  private readonly mac: import('node:crypto').Cipher;
  private readonly enc: import('node:crypto').Cipher;
  private readonly k1: Buffer;
  private readonly k2: Buffer;
  private readonly d0: Buffer;
  private readonly adMacs = new Map<string, Buffer>();

  constructor(key: Buffer) {
    const half = key.length / 2;
    this.mac = createCipheriv(aesName(half, 'ecb'), key.subarray(0, half), null);
    this.mac.setAutoPadding(false);
    this.enc = createCipheriv(aesName(half, 'ecb'), key.subarray(half), null);
    this.enc.setAutoPadding(false);
    const l = this.mac.update(ZERO);
    this.k1 = dbl(l);
    this.k2 = dbl(this.k1);
    this.d0 = this.cmac(ZERO);
  }

  private cmac(msg: Buffer): Buffer {
    const n = Math.max(1, Math.ceil(msg.length / 16));
    const complete = msg.length > 0 && msg.length % 16 === 0;
    const buf = Buffer.alloc(n * 16);
    msg.copy(buf);
    const lastOff = (n - 1) * 16;
    if (!complete) buf[msg.length] = 0x80;
    const sub = complete ? this.k1 : this.k2;
    for (let i = 0; i < 16; i++) buf[lastOff + i]! ^= sub[i]!;
    // CBC-MAC with the reusable ECB object: x = E(x ^ block)
    let x: Buffer = Buffer.alloc(16);
    for (let b = 0; b < n; b++) {
      for (let i = 0; i < 16; i++) x[i]! ^= buf[b * 16 + i]!;
      x = this.mac.update(x);
    }
    return x;
  }

  private adMac(ad: string): Buffer {
    let m = this.adMacs.get(ad);
    if (!m) {
      m = this.cmac(Buffer.from(ad, 'utf8'));
      if (this.adMacs.size < 4096) this.adMacs.set(ad, m);
    }
    return m;
  }

  private s2v(ad: readonly string[], p: Buffer): Buffer {
    let d = this.d0;
    for (const a of ad) d = xor(dbl(d), this.adMac(a));
    let t: Buffer;
    if (p.length >= 16) {
      t = Buffer.from(p);
      const off = t.length - 16;
      for (let i = 0; i < 16; i++) t[off + i]! ^= d[i]!;
    } else {
      const padded = Buffer.alloc(16);
      p.copy(padded);
      padded[p.length] = 0x80;
      t = xor(dbl(d), padded);
    }
    return this.cmac(t);
  }

  /** CTR keystream from the ECB object: E(Q), E(Q+1), … (128-bit big-endian counter). */
  private ctr(v: Buffer, data: Buffer): Buffer {
    const n = Math.ceil(data.length / 16);
    if (n === 0) return Buffer.alloc(0);
    const counters = Buffer.alloc(n * 16);
    const q = Buffer.from(v);
    q[8]! &= 0x7f;
    q[12]! &= 0x7f;
    for (let b = 0; b < n; b++) {
      q.copy(counters, b * 16);
      for (let i = 15; i >= 0; i--) {
        q[i] = (q[i]! + 1) & 0xff;
        if (q[i] !== 0) break;
      }
    }
    const ks = this.enc.update(counters);
    const out = Buffer.alloc(data.length);
    for (let i = 0; i < data.length; i++) out[i] = data[i]! ^ ks[i]!;
    return out;
  }

  encrypt(ad: readonly string[], plaintext: Buffer): Buffer {
    const v = this.s2v(ad, plaintext);
    return Buffer.concat([v, this.ctr(v, plaintext)]);
  }

  decrypt(ad: readonly string[], sealed: Buffer): Buffer | undefined {
    if (sealed.length < 16) return undefined;
    const v = sealed.subarray(0, 16);
    const p = this.ctr(v, sealed.subarray(16));
    return timingSafeEqual(this.s2v(ad, p), v) ? p : undefined;
  }
}
