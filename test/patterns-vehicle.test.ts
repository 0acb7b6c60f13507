import { describe, expect, it } from 'vitest';
import { analyze } from '../src/index.js';

/** VIN is reported only by patterns/vehicle.json, so the whole engine is tested. */
const vins = (text: string, minScore = 0.5) =>
  analyze(text, { entities: ['VIN'], minScore }).map((f) => [text.slice(f.start, f.end), Math.round(f.score * 100) / 100]);

describe('VIN', () => {
  it.each([
    ['1HGCM82633A004352', [['1HGCM82633A004352', 0.9]]], // check digit valid
    ['VIN: 1M8GDM9AXKP042788', [['1M8GDM9AXKP042788', 1]]], // check character X
    ['chassis number WVWZZZ1JZXW000001', [['WVWZZZ1JZXW000001', 0.65]]], // European: no check digit, context
    ['the vehicle is SALGA2EV5HA123456', [['SALGA2EV5HA123456', 0.65]]],
    ['JH4KA4650JC000403 and 1HGCM82633A004352', [['JH4KA4650JC000403', 0.9], ['1HGCM82633A004352', 0.9]]],
  ] as const)('%s', (text, expected) => {
    expect(vins(text)).toEqual(expected);
  });

  it.each([
    'WVWZZZ1JZXW000001', // no check digit and no context: base 0.3
    '1HGCM82643A004352', // check digit wrong, no context
    '12345678901234567', // digits only
    '11111111111111111',
    '1HGCM8263IA004352', // I is not in the VIN alphabet
    '1HGCM82633A0043521', // 18 characters
    '1HGCM82633A00435', // 16 characters
    'ref-1HGCM82633A004352', // part of a longer token
    'vin 1hgcm82633a004352', // VINs are matched in capitals only
    'ABCDEFGHJKLMNPRSTUV',
    'tracking 1Z999AA10123456784',
  ])('nothing in %s', (text) => {
    expect(vins(text)).toEqual([]);
  });

  it('keeps check-digit failures at the base score when no threshold applies', () => {
    expect(vins('1HGCM82643A004352', 0)).toEqual([['1HGCM82643A004352', 0.3]]);
  });
});
