import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRedactor, Key, reidentify, ReidentifyError } from '../src/index.js';
import { cmac, SivContext, sivDecrypt, sivEncrypt } from '../src/transform/siv.js';
import { sealToken, reidentifyText } from '../src/transform/tokens.js';

const hex = (s: string) => Buffer.from(s.replace(/\s/g, ''), 'hex');

describe('AES-CMAC and AES-SIV primitives', () => {
  it('CMAC matches RFC 4493 example 2 and 1', () => {
    const k = hex('2b7e1516 28aed2a6 abf71588 09cf4f3c');
    expect(cmac(k, Buffer.alloc(0)).toString('hex')).toBe('bb1d6929e95937287fa37d129b756746');
    expect(cmac(k, hex('6bc1bee2 2e409f96 e93d7e11 7393172a')).toString('hex')).toBe('070a16b46b4d4144f79bdd9dd04a287c');
  });

  it('SIV matches RFC 5297 A.1 (deterministic mode)', () => {
    const key = hex('fffefdfc fbfaf9f8 f7f6f5f4 f3f2f1f0 f0f1f2f3 f4f5f6f7 f8f9fafb fcfdfeff');
    const ad = hex('10111213 14151617 18191a1b 1c1d1e1f 20212223 24252627');
    const p = hex('11223344 55667788 99aabbcc ddee');
    const sealed = sivEncrypt(key, [ad], p);
    expect(sealed.toString('hex')).toBe('85632d07c6e8f37f950acd320a2ecc93' + '40c02b9690c4dc04daef7f6afe5c');
    expect(sivDecrypt(key, [ad], sealed)!.equals(p)).toBe(true);
    const tampered = Buffer.from(sealed);
    tampered[20]! ^= 1;
    expect(sivDecrypt(key, [ad], tampered)).toBeUndefined();
    expect(sivDecrypt(key, [hex('00')], sealed)).toBeUndefined();
  });
});

const K1 = new Key(Buffer.from('0123456789abcdef0123456789abcdef'), 'test');
const K2 = new Key(Buffer.from('fedcba9876543210fedcba9876543210'), 'test');
const K1v2 = new Key(Buffer.from('an entirely different key, v2!!!'), 'test', 'v2');

describe('SivContext (the cached implementation) agrees with the reference', () => {
  it('on the RFC 5297 A.1 vector', () => {
    const key = hex('fffefdfc fbfaf9f8 f7f6f5f4 f3f2f1f0 f0f1f2f3 f4f5f6f7 f8f9fafb fcfdfeff');
    const ad = '\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001a\u001b\u001c\u001d\u001e\u001f !"#$%&\'';
    const p = hex('11223344 55667788 99aabbcc ddee');
    expect(new SivContext(key).encrypt([ad], p).toString('hex')).toBe('85632d07c6e8f37f950acd320a2ecc93' + '40c02b9690c4dc04daef7f6afe5c');
  });

  it('on random keys, associated data and plaintexts of every length class', () => {
    fc.assert(fc.property(fc.uint8Array({ minLength: 64, maxLength: 64 }), fc.array(fc.string({ maxLength: 40 }), { maxLength: 3 }), fc.uint8Array({ maxLength: 70 }), (k, ads, p) => {
      const key = Buffer.from(k);
      const plain = Buffer.from(p);
      const ctx = new SivContext(key);
      const sealed = ctx.encrypt(ads, plain);
      expect(sealed.equals(sivEncrypt(key, ads.map((a) => Buffer.from(a, 'utf8')), plain))).toBe(true);
      expect(ctx.decrypt(ads, sealed)!.equals(plain)).toBe(true);
      expect(ctx.encrypt(ads, plain).equals(sealed)).toBe(true); // the cached state does not drift
    }), { numRuns: 200 });
  });
});

describe('encrypt tokens and reidentify', () => {
  it('token carries the type and is deterministic', () => {
    const t = sealToken(K1, 'EMAIL', 'ann@example.com');
    expect(t).toMatch(/^<EMAIL:[A-Za-z0-9_-]{22,}>$/);
    expect(sealToken(K1, 'EMAIL', 'ann@example.com')).toBe(t);
    expect(sealToken(K2, 'EMAIL', 'ann@example.com')).not.toBe(t);
    expect(sealToken(K1, 'EMAIL', 'bob@example.com')).not.toBe(t);
  });

  it('property: reidentify(encrypt(x)) === x for any text', () => {
    fc.assert(fc.property(fc.string({ maxLength: 80, unit: 'grapheme' }), fc.string({ maxLength: 20 }), fc.string({ maxLength: 20 }), (x, before, after) => {
      const sealed = `${before}${sealToken(K1, 'PERSON', x)}${after}`;
      const plainBefore = reidentifyText(before, K1).text;
      const plainAfter = reidentifyText(after, K1).text;
      expect(reidentify(sealed, K1)).toBe(`${plainBefore}${x}${plainAfter}`);
    }), { numRuns: 300 });
  });

  it('a wrong key fails with a clear error and no value', () => {
    const text = `call ${sealToken(K1, 'PHONE', '+14155550132')} today`;
    let err: unknown;
    try {
      reidentify(text, K2);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ReidentifyError);
    expect((err as Error).message).toMatch(/offset 5 \(PHONE\) does not authenticate/);
    expect((err as Error).message).not.toContain('4155550132');
  });

  it('an altered token or a changed type fails', () => {
    const t = sealToken(K1, 'EMAIL', 'ann@example.com');
    const body = t.slice(7, -1);
    const flipped = body.slice(0, 10) + (body[10] === 'A' ? 'B' : 'A') + body.slice(11);
    expect(() => reidentify(`<EMAIL:${flipped}>`, K1)).toThrow(ReidentifyError);
    expect(() => reidentify(`<PHONE:${body}>`, K1)).toThrow(ReidentifyError);
  });

  it('all or nothing: one bad token leaves the whole input unrestored', () => {
    const good = sealToken(K1, 'EMAIL', 'ann@example.com');
    const bad = sealToken(K2, 'EMAIL', 'bob@example.com');
    expect(() => reidentify(`${good} ${bad}`, K1)).toThrow(ReidentifyError);
  });

  it('rotation: the key id is embedded and picks the key', () => {
    const old = sealToken(K1, 'EMAIL', 'old@example.com');
    const fresh = sealToken(K1v2, 'EMAIL', 'new@example.com');
    expect(fresh).toMatch(/^<EMAIL:v2:/);
    expect(reidentify(`${old} ${fresh}`, [K1, K1v2])).toBe('old@example.com new@example.com');
    expect(() => reidentify(fresh, K1)).toThrow(/key id "v2"/);
  });

  it('restores tokens inside records, keys untouched', () => {
    const rec = { turns: [{ text: `mail ${sealToken(K1, 'EMAIL', 'ann@example.com')}` }], n: 3 };
    expect(reidentify(rec, K1)).toEqual({ turns: [{ text: 'mail ann@example.com' }], n: 3 });
  });
});

describe('reidentify(redact(x)) === x with the encrypt operator', () => {
  const r = createRedactor({ operators: { default: 'encrypt' }, key: K1 });
  const pii = fc.constantFrom(
    'maria.gonzalez@example.com', '(415) 555-0132', '4111 1111 1111 1111', '536-22-8475', 'Priya Raghunathan',
    'GB82 WEST 1234 5698 7654 32', '192.168.10.20', 'https://shop.example.org/orders/123', 'March 14, 1985',
    'four one five five five five oh one three two', 'john dot smith at gmail dot com',
  );
  const filler = fc.stringMatching(/^[a-zA-Z ,.?!'-]{0,30}$/);

  it('on any text, with PII or none, the originals come back exactly', () => {
    fc.assert(fc.property(fc.array(fc.oneof(filler, pii), { maxLength: 8 }), (parts) => {
      const x = parts.join(' ');
      const { text, findings } = r.redact(x);
      // every finding became exactly one encrypted token, and the round trip restores the input
      expect((text.match(/<[A-Z][A-Z0-9_]*:[A-Za-z0-9_-]{22,}>/g) ?? []).length).toBe(findings.length);
      expect(reidentify(text, K1)).toBe(x);
    }), { numRuns: 300 });
  });

  it('on records', () => {
    const rec = { customer: { email: 'maria.gonzalez@example.com', phone: '5551234' }, turns: [{ speaker: 'customer', text: 'card 4111 1111 1111 1111, ssn 536-22-8475' }] };
    const { record } = r.redactRecord(rec);
    expect(JSON.stringify(record)).not.toContain('4111');
    expect(reidentify(record, K1)).toEqual(rec);
  });
});
