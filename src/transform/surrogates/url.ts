import { canonicalValue } from '../canonical.js';
import type { Draw } from './draw.js';
import { LAST } from './names.js';
import { firstAccepted, type Generator } from './types.js';

const URL_PARTS = /^([a-z][a-z0-9+.-]{0,15}:\/\/)?([^@/\s]{1,256}@)?([^/:?#\s]{1,253})(:\d{1,5})?([/?#][^\s]{0,4000})?$/i;
const DOMAINS = ['example.com', 'example.net', 'example.org'] as const;
const EXTENSIONS = new Set(['html', 'htm', 'php', 'asp', 'aspx', 'jsp', 'pdf', 'png', 'jpg', 'gif', 'json', 'xml', 'txt']);

/** Letters to letters and digits to digits (case kept), other characters kept. */
function scramble(s: string, draw: Draw): string {
  let out = '';
  for (const ch of s) {
    if (ch >= '0' && ch <= '9') out += draw.digits(1);
    else if (/\p{Lu}/u.test(ch)) out += draw.letter().toUpperCase();
    else if (/\p{Ll}/u.test(ch)) out += draw.letter();
    else out += ch;
  }
  return out;
}

/** A path, query and fragment with every letter and digit redrawn, a common file extension kept. */
function scramblePath(rest: string, draw: Draw): string {
  const m = /\.([a-z]{2,4})(?=$|[?#])/i.exec(rest);
  if (m && EXTENSIONS.has(m[1]!.toLowerCase())) {
    return scramble(rest.slice(0, m.index), draw) + m[0] + scramble(rest.slice(m.index + m[0].length), draw);
  }
  return scramble(rest, draw);
}

/**
 * URL: the host becomes a name under a reserved example domain (RFC 2606), `www.` and the
 * scheme and port kept (`https://www.shop-name.co.uk/orders/123` → `https://www.novak.example.org/qbjfxk/804`);
 * user info, path, query and fragment keep their shape with every letter and digit redrawn,
 * so nothing of the original address (an order number, a name in a path) survives.
 */
export const urlSurrogate: Generator = (req) => {
  const value = req.value.trim();
  const m = URL_PARTS.exec(value);
  if (!m || !m[3]!.includes('.')) return undefined;
  const [, scheme = '', user = '', host, port = '', rest = ''] = m;
  const www = /^www\d?\./i.test(host!) ? host!.slice(0, host!.indexOf('.') + 1) : '';
  const before = canonicalValue(req.type, req.value, req.region);
  return firstAccepted(
    req,
    before,
    (draw) => `${scheme}${user ? scramble(user, draw) : ''}${www}${draw.pick(LAST).toLowerCase()}.${draw.pick(DOMAINS)}${port}${scramblePath(rest, draw)}`,
    (c) => canonicalValue(req.type, c, req.region) !== before,
  );
};
