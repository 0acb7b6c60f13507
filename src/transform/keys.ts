import { createHmac, hkdfSync, randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { ScrublineError } from '../errors.js';

/**
 * Keys are secrets: they come from an environment variable or a file, are never
 * printed, logged or put in an error, and each operator uses its own subkey
 * derived with HKDF-SHA-256, so a token of one operator says nothing about another.
 */
export const KEY_ENV = 'SCRUBLINE_KEY';
export const MIN_KEY_BYTES = 16;

export class KeyError extends ScrublineError {
  constructor(message: string) {
    super('E_KEY', message);
    this.name = 'KeyError';
  }
}

const MATERIAL = new WeakMap<Key, Buffer>();

/**
 * The key's bytes, for handing the same key to worker threads (internal: not exported
 * from the package entry). Never log or print the result.
 */
export function keyMaterial(key: Key): Buffer {
  return MATERIAL.get(key)!;
}

/** Secret key material. Its `toString`/`toJSON`/inspect never reveal the bytes. */
export class Key {
  readonly #bytes: Buffer;
  /** Short public name of the key, embedded in encrypted tokens for rotation (never derived from the bytes). */
  readonly id: string | undefined;
  /** Where it came from, for messages: `env SCRUBLINE_KEY`, `file …`, `random`, `bytes`. */
  readonly origin: string;
  constructor(bytes: Uint8Array, origin: string, id?: string) {
    if (bytes.length < MIN_KEY_BYTES) throw new KeyError(`key from ${origin} is too short: at least ${MIN_KEY_BYTES} bytes are needed`);
    if (id !== undefined && !/^[A-Za-z0-9_-]{1,32}$/.test(id)) throw new KeyError('key id must be 1-32 characters of A-Z a-z 0-9 _ -');
    this.#bytes = Buffer.from(bytes);
    MATERIAL.set(this, this.#bytes);
    this.origin = origin;
    this.id = id;
  }
  /** A 32-byte (or `length`) subkey for one purpose. */
  derive(purpose: string, length = 32): Buffer {
    return Buffer.from(hkdfSync('sha256', this.#bytes, Buffer.alloc(0), `scrubline/v1/${purpose}`, length));
  }
  /** HMAC-SHA-256 of `data` under the subkey for `purpose` (cached subkey). */
  hmac(purpose: string, data: string): Buffer {
    let k = this.#sub.get(purpose);
    if (!k) {
      k = this.derive(purpose);
      this.#sub.set(purpose, k);
    }
    return createHmac('sha256', k).update(data, 'utf8').digest();
  }
  readonly #sub = new Map<string, Buffer>();
  toString(): string {
    return `[Key ${this.id ?? ''} from ${this.origin}]`;
  }
  toJSON(): string {
    return this.toString();
  }
  [Symbol.for('nodejs.util.inspect.custom')](): string {
    return this.toString();
  }
}

/**
 * Decodes key text: `base64:…`, `hex:…`, or raw text (its UTF-8 bytes). Surrounding
 * whitespace (a trailing newline in a key file) is ignored.
 */
export function parseKeyText(text: string, origin: string, id?: string): Key {
  const t = text.trim();
  if (t.length === 0) throw new KeyError(`key from ${origin} is empty`);
  let bytes: Buffer;
  if (t.startsWith('base64:')) bytes = Buffer.from(t.slice(7), 'base64');
  else if (t.startsWith('hex:')) {
    if (!/^[0-9a-fA-F]*$/.test(t.slice(4)) || t.length % 2 !== 0) throw new KeyError(`key from ${origin} is not valid hex`);
    bytes = Buffer.from(t.slice(4), 'hex');
  } else bytes = Buffer.from(t, 'utf8');
  return new Key(bytes, origin, id);
}

/** Reads the key from `SCRUBLINE_KEY` (or another variable). Undefined when unset. */
export function keyFromEnv(name = KEY_ENV, id?: string, env: NodeJS.ProcessEnv = process.env): Key | undefined {
  const v = env[name];
  return v === undefined || v === '' ? undefined : parseKeyText(v, `env ${name}`, id);
}

/** Reads the key from a file (its text, see parseKeyText). */
export function keyFromFile(path: string, id?: string): Key {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw new KeyError(`cannot read key file ${path}: ${(e as NodeJS.ErrnoException).code ?? 'error'}`);
  }
  return parseKeyText(text, `file ${path}`, id);
}

/** A fresh random 32-byte key (tokens are then consistent only within this process). */
export function randomKey(id?: string): Key {
  return new Key(randomBytes(32), 'random', id);
}

/** What `options.key` accepts: a Key, raw bytes, or where to read one. */
export type KeySource = Key | Uint8Array | { env?: string; file?: string; id?: string };

export function resolveKey(src: KeySource | undefined): Key | undefined {
  if (src === undefined) return undefined;
  if (src instanceof Key) return src;
  if (src instanceof Uint8Array) return new Key(src, 'bytes');
  if (typeof src === 'object' && src !== null) {
    if (src.file !== undefined) return keyFromFile(src.file, src.id);
    const k = keyFromEnv(src.env ?? KEY_ENV, src.id);
    if (!k) throw new KeyError(`environment variable ${src.env ?? KEY_ENV} is not set`);
    return k;
  }
  throw new KeyError('key must be a Key, a Uint8Array, or { env } / { file }');
}
