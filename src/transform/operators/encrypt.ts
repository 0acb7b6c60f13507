import { known } from './params.js';
import type { OperatorFactory } from './types.js';
import { sealToken } from '../tokens.js';

/**
 * `encrypt`: reversible, deterministic authenticated encryption (AES-SIV, two AES-256
 * keys derived from the key). The token `<TYPE:base64url>` (`<TYPE:keyid:base64url>`
 * when the key has an id) carries its type, bound as associated data: equal values give
 * equal tokens, and `reidentify` with the key restores the exact original.
 */
export const encrypt: OperatorFactory = (p, where) => {
  known(p, where, []);
  return (value, f, ctx) => sealToken(ctx.key, f.type, value);
};
