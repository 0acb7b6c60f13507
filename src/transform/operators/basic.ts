import { OptionsError } from '../../errors.js';
import { canonicalValue } from '../canonical.js';
import { int, known, oneOf, str } from './params.js';
import type { OperatorFactory } from './types.js';

/** `keep`: leave the value as it is (the finding is still reported). */
export const keep: OperatorFactory = (p, where) => {
  known(p, where, []);
  return (value) => value;
};

/** `redact`: remove the value. */
export const redact: OperatorFactory = (p, where) => {
  known(p, where, []);
  return () => '';
};

/** `label`: a template with `{type}`, default `[{type}]`. */
export const label: OperatorFactory = (p, where) => {
  known(p, where, ['template']);
  const template = str(p, 'template', where, '[{type}]');
  const parts = template.split('{type}');
  // the label per type, made once (types are few)
  const labels = new Map<string, string>();
  return (_value, f) => {
    let l = labels.get(f.type);
    if (l === undefined) {
      l = parts.join(f.type);
      if (labels.size < 1000) labels.set(f.type, l);
    }
    return l;
  };
};

/**
 * `mask`: replace characters with `char`, leaving `keep` characters visible at the
 * `from` end (`end` by default) and characters in `keepChars` (separators) as they
 * are: a card `4111 1111 1111 1111` becomes `**** **** **** 1111`. `count` masks at
 * most that many characters (from the other end); default all but `keep`.
 */
export const mask: OperatorFactory = (p, where) => {
  known(p, where, ['char', 'keep', 'from', 'keepChars', 'count']);
  const ch = str(p, 'char', where, '*');
  if ([...ch].length !== 1) throw new OptionsError(`${where}: "char" must be one character`);
  const keepN = int(p, 'keep', where, 4, 0, 1000);
  const from = oneOf(p, 'from', where, 'end', ['end', 'start'] as const);
  const keepChars = new Set(str(p, 'keepChars', where, ' -./()'));
  const count = int(p, 'count', where, Number.MAX_SAFE_INTEGER, 0, Number.MAX_SAFE_INTEGER);
  return (value) => {
    const chars = [...value];
    const maskable: number[] = [];
    chars.forEach((c, i) => {
      if (!keepChars.has(c)) maskable.push(i);
    });
    const visible = Math.min(keepN, maskable.length);
    let toMask = from === 'end' ? maskable.slice(0, maskable.length - visible) : maskable.slice(visible);
    if (toMask.length > count) toMask = from === 'end' ? toMask.slice(0, count) : toMask.slice(toMask.length - count);
    for (const i of toMask) chars[i] = ch;
    return chars.join('');
  };
};

/** `hash`: keyed HMAC-SHA-256 of the canonical value, hex, truncated to `length` characters (default 16). Never unkeyed. */
export const hash: OperatorFactory = (p, where) => {
  known(p, where, ['length']);
  const length = int(p, 'length', where, 16, 8, 64);
  return (value, f, ctx) => ctx.key.hmac('hash', `${f.type}\u0000${canonicalValue(f.type, value, ctx.region)}`).toString('hex').slice(0, length);
};

/**
 * `pseudonym`: a consistent token `<TYPE_hex>` from a keyed HMAC of the canonical value,
 * so one value gets one token across calls, runs and threads under one key. `length` hex
 * characters (default 16, 64 bits: no collision is expected among billions of values).
 */
export const pseudonym: OperatorFactory = (p, where) => {
  known(p, where, ['length', 'template']);
  const length = int(p, 'length', where, 16, 8, 64);
  const template = str(p, 'template', where, '<{type}_{token}>');
  return (value, f, ctx) => {
    const token = ctx.key.hmac('pseudonym', `${f.type}\u0000${canonicalValue(f.type, value, ctx.region)}`).toString('hex').slice(0, length);
    return template.replace('{type}', f.type).replace('{token}', token);
  };
};
