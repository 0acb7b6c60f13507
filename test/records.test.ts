import { describe, expect, it } from 'vitest';
import { createRedactor, redactRecord } from '../src/index.js';
import { compilePointerPatterns, escapeToken, getAtPointer, parsePointer, toPointer } from '../src/records/pointer.js';
import { hintForKey } from '../src/records/hints.js';

describe('JSON Pointer (RFC 6901)', () => {
  it.each([
    ['', []],
    ['/turns/3/text', ['turns', '3', 'text']],
    ['/a~1b/m~0n', ['a/b', 'm~n']],
    ['/', ['']],
  ])('parses %j', (ptr, tokens) => {
    expect(parsePointer(ptr)).toEqual(tokens);
    expect(toPointer(tokens)).toBe(ptr);
  });

  it('escapes ~ before /', () => {
    expect(escapeToken('~1')).toBe('~01');
    expect(parsePointer('/~01')).toEqual(['~1']);
  });

  it('rejects a pointer without a leading slash', () => {
    expect(() => parsePointer('turns/0')).toThrow(/start with/);
  });

  it('reads values', () => {
    const doc = { turns: [{ text: 'a' }, { text: 'b' }], 'x/y': 1 };
    expect(getAtPointer(doc, '/turns/1/text')).toBe('b');
    expect(getAtPointer(doc, '/x~1y')).toBe(1);
    expect(getAtPointer(doc, '/turns/9/text')).toBeUndefined();
  });

  it.each([
    ['/turns/*/text', ['turns', '0', 'text'], true],
    ['/turns/*/text', ['turns', '0', 'speaker'], false],
    ['/turns/*/text', ['turns', 'text'], false],
    ['/**/email', ['customer', 'contact', 'email'], true],
    ['/**/email', ['email'], true],
    ['/**', ['a', 'b'], true],
    ['/meta/*', ['meta', 'a', 'b'], false],
  ])('pattern %s on %j → %s', (pat, tokens, expected) => {
    expect(compilePointerPatterns([pat])(tokens)).toBe(expected);
  });
});

describe('key-name hints', () => {
  it.each([
    ['email', 'EMAIL'], ['customerEmail', 'EMAIL'], ['work_email', 'EMAIL'], ['Phone', 'PHONE'], ['caller_name', 'PERSON'],
    ['customer-name', 'PERSON'], ['dob', 'DATE'], ['date_of_birth', 'DATE'], ['account_id', 'ACCOUNT_NUMBER'],
    ['zip', 'POSTAL_CODE'], ['zip_code', 'POSTAL_CODE'], ['username', 'USERNAME'], ['ssn', 'US_SSN'], ['street_address', 'ADDRESS'],
  ])('%s → %s', (key, type) => {
    expect(hintForKey(key)).toBe(type);
  });

  it.each(['product_name', 'queue_name', 'filename', 'text', 'speaker', 'amount', 'turn_index'])('%s has no hint', (key) => {
    expect(hintForKey(key)).toBeUndefined();
  });

  it('user hints come first and NONE disables a built-in one', () => {
    const user = new Map([['ticketref', 'ACCOUNT_NUMBER'], ['email', 'NONE']]);
    expect(hintForKey('ticket_ref', user)).toBe('ACCOUNT_NUMBER');
    expect(hintForKey('email', user)).toBeUndefined();
  });
});

describe('redactRecord', () => {
  const call = {
    call_id: 'c-1',
    customer: { phone: '5551234', email: 'ann@example.com', account_id: 88231904, vip: true, notes: null },
    turns: [
      { speaker: 'customer', text: 'write to ann@example.com please' },
      { speaker: 'agent', text: 'noted' },
    ],
  };

  it('keeps the shape, redacts strings, reports JSON Pointer paths', () => {
    const { record, findings } = redactRecord(call);
    expect(record.turns[0]!.text).toBe('write to [EMAIL] please');
    expect(record.turns[1]!.text).toBe('noted');
    expect(record.turns[0]!.speaker).toBe('customer');
    expect(record.customer.vip).toBe(true);
    expect(record.customer.notes).toBeNull();
    expect(Object.keys(record)).toEqual(Object.keys(call));
    const emailInTurn = findings.find((f) => f.path === '/turns/0/text');
    expect(emailInTurn).toMatchObject({ type: 'EMAIL', start: 9, end: 24 });
    expect(call.turns[0]!.text).toBe('write to ann@example.com please'); // input untouched
  });

  it('a key that names a type redacts the whole value, even when the value alone is ambiguous', () => {
    const { record, findings } = redactRecord(call);
    expect(record.customer.phone).toBe('[PHONE]');
    expect(findings.find((f) => f.path === '/customer/phone')).toMatchObject({ type: 'PHONE', start: 0, end: 7, detector: 'hint:phone' });
    // a number under a hinted key would leak: it is replaced (and becomes a string)
    expect(record.customer.account_id).toBe('[ACCOUNT_NUMBER]');
  });

  it('keyHints: false turns hints off', () => {
    const { record } = redactRecord(call, { keyHints: false });
    expect(record.customer.phone).toBe('5551234');
    expect(record.customer.account_id).toBe(88231904);
  });

  it('hints follow the entities filter', () => {
    const { record } = redactRecord(call, { entities: ['EMAIL'] });
    expect(record.customer.phone).toBe('5551234');
    expect(record.customer.email).toBe('[EMAIL]');
  });

  it('fields selects what is scanned; skipFields excludes', () => {
    const only = redactRecord(call, { fields: ['/turns/*/text'] });
    expect(only.record.turns[0]!.text).toBe('write to [EMAIL] please');
    expect(only.record.customer.email).toBe('ann@example.com');
    expect(only.findings.every((f) => f.path.startsWith('/turns/'))).toBe(true);
    const skip = redactRecord(call, { skipFields: ['/customer/**'] });
    expect(skip.record.customer.email).toBe('ann@example.com');
    expect(skip.record.turns[0]!.text).toBe('write to [EMAIL] please');
  });

  it('escapes keys with / and ~ in paths', () => {
    const { findings } = redactRecord({ 'a/b': { 'm~n': 'x@example.org' } });
    expect(findings[0]!.path).toBe('/a~1b/m~0n');
  });

  it('handles top-level arrays and strings', () => {
    const r = createRedactor({ entities: ['EMAIL'] });
    expect(r.redactRecord(['a@example.com', 3]).record).toEqual(['[EMAIL]', 3]);
    expect(r.redactRecord('b@example.com').record).toBe('[EMAIL]');
  });

  it('rejects values that are not JSON', () => {
    expect(() => redactRecord(undefined)).toThrow(/parsed JSON value/);
  });
});
