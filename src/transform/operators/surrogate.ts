import { canonicalValue } from '../canonical.js';
import { Draw } from '../surrogates/draw.js';
import { makeSurrogate } from '../surrogates/index.js';
import { known } from './params.js';
import type { OperatorFactory } from './types.js';

/**
 * `surrogate`: a realistic fake of the same type and shape, chosen deterministically from the
 * key: `key.hmac('surrogate', TYPE ‖ 0 ‖ canonical value)` seeds the choices, so one value
 * always gets one surrogate under one key (formatting variants too) and another key gives an
 * unrelated one (PERSON seeds each name part on its own, so a person keeps one surrogate
 * across "Maria Gonzalez" and "Ms. Gonzalez"). Surrogates pass their type's validator, never
 * equal the input, and use ranges reserved for fiction where they exist (555-01xx phones,
 * example.com mail and URLs, documentation IP ranges, Ofcom drama numbers); see
 * src/transform/surrogates/. A value no generator can replace gets the label `[TYPE]`, never
 * itself.
 */
export const surrogate: OperatorFactory = (p, where) => {
  known(p, where, []);
  return (value, f, ctx) => {
    const out = makeSurrogate({
      type: f.type,
      value,
      region: ctx.region,
      draw: (data, attempt = 0) => new Draw(ctx.key.hmac('surrogate', `${f.type}\u0000${data}${attempt > 0 ? `\u0000${attempt}` : ''}`)),
    });
    if (out === undefined || canonicalValue(f.type, out, ctx.region) === canonicalValue(f.type, value, ctx.region)) return `[${f.type}]`;
    return out;
  };
};
