import { ScrublineError } from '../errors.js';
import type { Key } from './keys.js';
import { SivContext } from './siv.js';

/** Encrypted tokens: `<TYPE:base64url>` or `<TYPE:keyid:base64url>`. Bounded repeats: linear time. */
export const TOKEN_RE = /<([A-Z][A-Z0-9_]{0,63}):(?:([A-Za-z0-9_-]{1,32}):)?([A-Za-z0-9_-]{22,8192})>/g;

export class ReidentifyError extends ScrublineError {
  constructor(message: string) {
    super('E_REIDENTIFY', message);
    this.name = 'ReidentifyError';
  }
}

const sivContexts = new WeakMap<Key, SivContext>();
function siv(key: Key): SivContext {
  let c = sivContexts.get(key);
  if (!c) {
    c = new SivContext(key.derive('encrypt/aes-siv-512', 64));
    sivContexts.set(key, c);
  }
  return c;
}

/** Associated data: the type and the key id, so a token cannot be relabelled or moved to another key. */
function ad(type: string, keyId: string | undefined): string[] {
  return [type, keyId ?? ''];
}

/** Encrypts one value into a token. */
export function sealToken(key: Key, type: string, value: string): string {
  const sealed = siv(key).encrypt(ad(type, key.id), Buffer.from(value, 'utf8'));
  return key.id ? `<${type}:${key.id}:${sealed.toString('base64url')}>` : `<${type}:${sealed.toString('base64url')}>`;
}

/** What `reidentify` accepts: one key, several (tried in turn for tokens without an id), or keys by id. */
export type KeyRing = Key | readonly Key[] | Readonly<Record<string, Key>>;

function candidates(ring: KeyRing, keyId: string | undefined): Key[] {
  if (Array.isArray(ring)) return keyId ? (ring as Key[]).filter((k) => k.id === keyId) : [...(ring as Key[])];
  if ((ring as Key).derive) {
    const k = ring as Key;
    return !keyId || k.id === keyId ? [k] : [];
  }
  const byId = ring as Record<string, Key>;
  if (keyId) return byId[keyId] ? [byId[keyId]!] : [];
  return Object.values(byId);
}

/**
 * Restores every encrypted token in `text`. All or nothing: if any token fails (wrong
 * key, unknown key id, altered token or type), it throws a ReidentifyError naming the
 * token's position and type, and nothing is returned.
 */
export function reidentifyText(text: string, ring: KeyRing): { text: string; restored: number } {
  const re = new RegExp(TOKEN_RE.source, 'g');
  const parts: string[] = [];
  let pos = 0;
  let restored = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const [whole, type, keyId, body] = m as unknown as [string, string, string | undefined, string];
    const keys = candidates(ring, keyId);
    if (keys.length === 0) throw new ReidentifyError(`token at offset ${m.index} (${type}) names key id "${keyId}", which was not given`);
    const sealed = Buffer.from(body, 'base64url');
    let plain: Buffer | undefined;
    for (const k of keys) {
      plain = siv(k).decrypt(ad(type, keyId), sealed);
      if (plain) break;
    }
    if (!plain) throw new ReidentifyError(`token at offset ${m.index} (${type}) does not authenticate: wrong key, or the token was altered`);
    parts.push(text.slice(pos, m.index), plain.toString('utf8'));
    pos = m.index + whole.length;
    restored++;
  }
  if (restored === 0) return { text, restored };
  parts.push(text.slice(pos));
  return { text: parts.join(''), restored };
}

/** Restores every token in every string of a parsed JSON value (keys untouched). All or nothing. */
export function reidentifyValue<T>(value: T, ring: KeyRing): { value: T; restored: number } {
  let restored = 0;
  const walk = (v: unknown, path: string): unknown => {
    if (typeof v === 'string') {
      try {
        const r = reidentifyText(v, ring);
        restored += r.restored;
        return r.text;
      } catch (e) {
        if (e instanceof ReidentifyError) throw new ReidentifyError(`${path || '/'}: ${e.message}`);
        throw e;
      }
    }
    if (Array.isArray(v)) return v.map((x, i) => walk(x, `${path}/${i}`));
    if (v && typeof v === 'object') {
      const o: Record<string, unknown> = {};
      for (const k of Object.keys(v)) o[k] = walk((v as Record<string, unknown>)[k], `${path}/${k.replace(/~/g, '~0').replace(/\//g, '~1')}`);
      return o;
    }
    return v;
  };
  const out = walk(value, '') as T;
  return { value: out, restored };
}
