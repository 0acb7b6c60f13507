import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inspect } from 'node:util';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Key, KeyError, keyFromEnv, keyFromFile } from '../src/transform/keys.js';
import { compileOperators, type OperatorSpec } from '../src/transform/operators/index.js';
import { canonicalValue } from '../src/transform/canonical.js';
import type { Finding } from '../src/types.js';

const K1 = new Key(Buffer.from('0123456789abcdef0123456789abcdef'), 'test');
const K2 = new Key(Buffer.from('fedcba9876543210fedcba9876543210'), 'test');

function run(spec: OperatorSpec, type: string, value: string, key: Key = K1): string {
  const ops = compileOperators({ operators: { default: spec }, key });
  const f: Finding = { type, start: 0, end: value.length, score: 1, detector: 't' };
  return ops.apply(value, f, { key: ops.key ?? key, subject: undefined, region: 'US' });
}

describe('simple operators', () => {
  it.each<[OperatorSpec, string, string, string]>([
    ['label', 'EMAIL', 'a@b.com', '[EMAIL]'],
    [{ operator: 'label', template: '<{type}>' }, 'PHONE', '555', '<PHONE>'],
    ['redact', 'EMAIL', 'a@b.com', ''],
    ['keep', 'EMAIL', 'a@b.com', 'a@b.com'],
    ['mask', 'CREDIT_CARD', '4111 1111 1111 1111', '**** **** **** 1111'],
    ['mask', 'CREDIT_CARD', '4111-1111-1111-1111', '****-****-****-1111'],
    [{ operator: 'mask', char: '#', keep: 2, from: 'start' }, 'US_SSN', '536-22-8475', '53#-##-####'],
    [{ operator: 'mask', keep: 0 }, 'PERSON', 'Ann Lee', '*** ***'],
    [{ operator: 'mask', keep: 0, keepChars: '' }, 'PERSON', 'Ann Lee', '*******'],
    [{ operator: 'mask', count: 3, keep: 0 }, 'PHONE', '5551234', '***1234'],
    ['mask', 'EMAIL', 'ab', 'ab'],
  ])('%j on %s %j → %j', (spec, type, value, expected) => {
    expect(run(spec, type, value)).toBe(expected);
  });

  it('rejects unknown operators and parameters, naming where', () => {
    expect(() => compileOperators({ operators: { EMAIL: 'scramble' as OperatorSpec } })).toThrow(/operators\.EMAIL: unknown operator "scramble"/);
    expect(() => compileOperators({ operators: { EMAIL: { operator: 'mask', colour: 'red' } } })).toThrow(/unknown parameter "colour"/);
    expect(() => compileOperators({ operators: { EMAIL: { operator: 'mask', char: '**' } } })).toThrow(/one character/);
    expect(() => compileOperators({ operators: { EMAIL: { operator: 'hash', length: 2 } } })).toThrow(/from 8 to 64/);
    expect(() => compileOperators({ operators: { email: 'label' } })).toThrow(/not an entity type name/);
  });

  it('uses the type operator, then the default', () => {
    const ops = compileOperators({ operators: { default: 'redact', EMAIL: 'label' } });
    expect(ops.nameFor('EMAIL')).toBe('label');
    expect(ops.nameFor('PHONE')).toBe('redact');
    expect(compileOperators({}).nameFor('PHONE')).toBe('label');
  });
});

describe('hash and pseudonym', () => {
  it('hash is keyed HMAC hex of the requested length', () => {
    const h = run('hash', 'EMAIL', 'ann@example.com');
    expect(h).toMatch(/^[0-9a-f]{16}$/);
    expect(run({ operator: 'hash', length: 40 }, 'EMAIL', 'ann@example.com')).toMatch(/^[0-9a-f]{40}$/);
    expect(run('hash', 'EMAIL', 'ann@example.com', K2)).not.toBe(h);
  });

  it('pseudonym token carries the type', () => {
    expect(run('pseudonym', 'PERSON', 'Maria Gonzalez')).toMatch(/^<PERSON_[0-9a-f]{16}>$/);
  });

  it.each([
    ['PHONE', ['(415) 555-0132', '+1 415 555 0132', '415.555.0132', 'four one five five five five oh one three two']],
    ['PERSON', ['Maria Gonzalez', 'maria gonzalez', 'MARIA  GONZÁLEZ', 'Ms. Maria Gonzalez']],
    ['EMAIL', ['Maria.G@Example.com', 'maria.g@example.com', 'maria dot g at example dot com']],
    ['CREDIT_CARD', ['4111 1111 1111 1111', '4111-1111-1111-1111', '4111111111111111']],
    ['US_SSN', ['536-22-8475', '536 22 8475', 'five three six two two eight four seven five']],
  ])('formatting variants of one %s get one token', (type, variants) => {
    const tokens = new Set(variants.map((v) => run('pseudonym', type, v)));
    expect(tokens.size).toBe(1);
  });

  it('different values and different types get different tokens', () => {
    expect(run('pseudonym', 'PHONE', '(415) 555-0132')).not.toBe(run('pseudonym', 'PHONE', '(415) 555-0133'));
    expect(run('pseudonym', 'ACCOUNT_NUMBER', '12345678').slice(-17)).not.toBe(run('pseudonym', 'PHONE', '12345678').slice(-17));
  });

  it('property: same key and value → same token; different keys → unrelated tokens', () => {
    fc.assert(fc.property(fc.string({ minLength: 1, maxLength: 40 }), (v) => {
      const a = run('pseudonym', 'USERNAME', v);
      expect(run('pseudonym', 'USERNAME', v)).toBe(a);
      // a fresh compile (another redactor instance) under the same key agrees
      expect(compileOperators({ operators: { default: 'pseudonym' }, key: K1 }).apply(v, { type: 'USERNAME', start: 0, end: v.length, score: 1, detector: 't' }, { key: K1, subject: undefined, region: 'US' })).toBe(a);
      expect(run('pseudonym', 'USERNAME', v, K2)).not.toBe(a);
    }), { numRuns: 300 });
  });
});

describe('canonical values', () => {
  it.each([
    ['PHONE', '+44 20 7946 0958', '+442079460958'],
    ['EMAIL', ' Ann@Example.COM ', 'ann@example.com'],
    ['PERSON', 'Dr. José  Núñez', 'jose nunez'],
    ['IBAN', 'gb82 west 1234 5698 7654 32', 'GB82WEST12345698765432'],
  ])('%s %j → %j', (type, value, expected) => {
    expect(canonicalValue(type, value)).toBe(expected);
  });
});

describe('keys', () => {
  const secret = 'correct horse battery staple 42';

  it('reads SCRUBLINE_KEY and key files (raw, hex:, base64:)', () => {
    const fromEnv = keyFromEnv('SCRUBLINE_KEY', undefined, { SCRUBLINE_KEY: secret });
    const dir = mkdtempSync(join(tmpdir(), 'scrubline-key-'));
    const file = join(dir, 'key');
    writeFileSync(file, `${secret}\n`);
    const fromFile = keyFromFile(file);
    expect(fromEnv!.hmac('x', 'v').equals(fromFile.hmac('x', 'v'))).toBe(true);
    const hex = keyFromEnv('K', undefined, { K: `hex:${Buffer.from(secret).toString('hex')}` });
    const b64 = keyFromEnv('K', undefined, { K: `base64:${Buffer.from(secret).toString('base64')}` });
    expect(hex!.hmac('x', 'v').equals(fromFile.hmac('x', 'v'))).toBe(true);
    expect(b64!.hmac('x', 'v').equals(fromFile.hmac('x', 'v'))).toBe(true);
    expect(keyFromEnv('UNSET_VAR_FOR_TEST', undefined, {})).toBeUndefined();
  });

  it('never shows the key bytes', () => {
    const k = keyFromEnv('SCRUBLINE_KEY', 'k1', { SCRUBLINE_KEY: secret })!;
    for (const shown of [String(k), JSON.stringify({ k }), inspect(k), `${k}`]) {
      expect(shown).not.toContain(secret);
      expect(shown).not.toContain(Buffer.from(secret).toString('hex'));
    }
  });

  it('errors name the source, never the key', () => {
    const short = 'tooshort';
    let msg = '';
    try {
      keyFromEnv('SCRUBLINE_KEY', undefined, { SCRUBLINE_KEY: short });
    } catch (e) {
      expect(e).toBeInstanceOf(KeyError);
      msg = (e as Error).message;
    }
    expect(msg).toMatch(/env SCRUBLINE_KEY.*too short/);
    expect(msg).not.toContain(short);
    expect(() => keyFromFile('/nonexistent/scrubline.key')).toThrow(/cannot read key file \/nonexistent\/scrubline\.key: ENOENT/);
  });

  it('subkeys per purpose differ', () => {
    expect(K1.derive('hash').equals(K1.derive('pseudonym'))).toBe(false);
    expect(K1.derive('hash').equals(K1.derive('hash'))).toBe(true);
  });

  it('a keyed operator without a key gets a random one and says so', () => {
    const ops = compileOperators({ operators: { default: 'pseudonym' } });
    expect(ops.randomKey).toBe(true);
    expect(ops.key).toBeInstanceOf(Key);
    expect(compileOperators({ operators: { default: 'label' } }).randomKey).toBe(false);
  });
});
