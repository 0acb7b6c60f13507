import { createHash } from 'node:crypto';

/**
 * A deterministic stream of random choices from a secret 32-byte seed (a keyed HMAC):
 * the seed's own bytes first, then SHA-256(seed ‖ block counter) blocks. The same seed
 * always gives the same choices; without the key the seed, and so the choices, cannot
 * be predicted. Integers are drawn without modulo bias (rejection sampling).
 */
export class Draw {
  readonly #seed: Buffer;
  #buf: Buffer;
  #pos = 0;
  #block = 0;

  constructor(seed: Buffer) {
    this.#seed = seed;
    this.#buf = seed;
  }

  #u32(): number {
    if (this.#pos + 4 > this.#buf.length) {
      const counter = Buffer.alloc(4);
      counter.writeUInt32BE(++this.#block);
      this.#buf = createHash('sha256').update(this.#seed).update(counter).digest();
      this.#pos = 0;
    }
    const v = this.#buf.readUInt32BE(this.#pos);
    this.#pos += 4;
    return v;
  }

  /** A whole number in [0, n), n ≥ 1. */
  int(n: number): number {
    if (!Number.isInteger(n) || n < 1 || n > 0x1_0000_0000) throw new RangeError('Draw.int: n out of range');
    const limit = Math.floor(0x1_0000_0000 / n) * n;
    for (;;) {
      const r = this.#u32();
      if (r < limit) return r % n;
    }
  }

  /** A whole number in [lo, hi]. */
  between(lo: number, hi: number): number {
    return lo + this.int(hi - lo + 1);
  }

  /** One element of a non-empty list. */
  pick<T>(list: readonly T[]): T {
    return list[this.int(list.length)]!;
  }

  /** `n` random decimal digits. */
  digits(n: number): string {
    let s = '';
    for (let i = 0; i < n; i++) s += String.fromCharCode(48 + this.int(10));
    return s;
  }

  /** A random lower-case ASCII letter. */
  letter(): string {
    return String.fromCharCode(97 + this.int(26));
  }
}

/** A signed day offset in [-maxDays, -1] ∪ [1, maxDays]: never 0. */
export function signedOffset(draw: Draw, maxDays: number): number {
  const n = draw.int(2 * maxDays);
  return n < maxDays ? n - maxDays : n - maxDays + 1;
}
