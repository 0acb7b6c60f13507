import { describe, expect, it } from 'vitest';
import { ipAddressValid, ipv4Valid, ipv6Valid, isBareUnspecified } from '../src/detect/checksums/ip.js';
import { hostNameValid, urlHost, networkValidators } from '../src/detect/validators/network.js';

describe('IPv4', () => {
  it.each([
    ['192.168.0.1', true], ['0.0.0.0', true], ['255.255.255.255', true], ['10.0.0.1', true],
    ['256.0.0.1', false], ['192.168.1.256', false], ['300.168.1.1', false],
    ['192.168.1', false], ['192.168.1.1.1', false], ['192.168.01.1', false], // leading zero
    ['1.2.3.', false], ['.1.2.3', false], ['a.b.c.d', false], ['1..2.3', false],
  ])('%s → %s', (s, ok) => expect(ipv4Valid(s)).toBe(ok));
});

describe('IPv6', () => {
  it.each([
    ['2001:0db8:85a3:0000:0000:8a2e:0370:7334', true],
    ['2345:0425:2CA1::0567:5673:23b5', true],
    ['684D:1111:222:3333:4444:5555:6:77', true],
    ['2001:db8::1', true], ['fe80::1', true], ['::1', true], ['::', true], ['1::', true],
    ['1:2:3:4:5:6:7::', true], ['::2:3:4:5:6:7:8', true],
    ['::ffff:192.0.2.1', true], ['::ffff:0:192.168.1.1', true], ['64:ff9b::192.0.2.1', true],
    ['0:0:0:0:0:FFFF:129.144.52.38', true], ['2001:db8:85a3::8a2e:192.168.0.1', true], ['::192.168.1.1', true],
    ['684D:1111:222:3333:4444:5555:77', false], // 7 groups, no ::
    ['1:2:3:4:5:6:7:8:9', false],
    ['1:2:3:4:5:6:7:8::', false], // :: must stand for at least one group
    ['2001::db8::1', false], ['2001::25de::cade', false], [':::', false],
    ['12345:db8::1', false], ['gggg:hhhh::1234', false],
    ['::ffff:256.0.0.1', false], ['::ffff:192.168.1', false], ['2001:db8::256.1.1.1', false],
    ['1:2:3:4:5:6:7:1.2.3.4', false], // IPv4 tail counts as two groups
    [':1:2:3:4:5:6:7', false], ['1:2:3:4:5:6:7:', false],
    ['aa:bb:cc:dd:ee:ff', false], // a MAC address
    ['12:34:56', false], // a time
  ])('%s → %s', (s, ok) => expect(ipv6Valid(s)).toBe(ok));
});

describe('IP address with zone and CIDR prefix', () => {
  it.each([
    ['192.168.1.0/24', true], ['0.0.0.0/0', true], ['10.0.0.0/32', true], ['10.0.0.0/33', false], ['10.0.0.0/', false],
    ['2001:db8::/32', true], ['::/0', true], ['::1/128', true], ['::1/129', false],
    ['fe80::1%eth0', true], ['fe80::1%eth0/64', true], ['2001:db8::%eth0/128', true],
    ['fe80::1%', false], ['fe80::1%et h0', false],
    ['192.168.1.1%eth0', false], // zones are IPv6 only
  ])('%s → %s', (s, ok) => expect(ipAddressValid(s)).toBe(ok));

  it('treats the bare unspecified address as valid but undecided', () => {
    expect(isBareUnspecified('::')).toBe(true);
    expect(isBareUnspecified('::/0')).toBe(true);
    expect(isBareUnspecified('::1')).toBe(false);
    expect(networkValidators.ip_address!('::')).toBeNull();
    expect(networkValidators.ip_address!('::1')).toBe(true);
    expect(networkValidators.ip_address!('10.0.0.1')).toBe(true);
    expect(networkValidators.ip_address!('999.0.0.1')).toBe(false);
  });
});

describe('MAC address validator', () => {
  it.each([
    ['00:1A:2B:3C:4D:5E', true], ['00-1a-2b-3c-4d-5e', true], ['0012.3456.789A', true], ['aabb.ccdd.eeff', true],
    ['00:00:00:00:00:00', false], ['FF:FF:FF:FF:FF:FF', false], ['ff-ff-ff-ff-ff-ff', false], ['00:1A:2B:3C:4D', false],
  ])('%s → %s', (s, ok) => expect(networkValidators.mac_address!(s)).toBe(ok));
});

describe('IMEI validator (Luhn over 15 digits)', () => {
  it.each([
    ['490154203237518', true], // the usual published example
    ['35-209900-176148-1', true], // 3GPP TS 23.003 example, grouped
    ['356938035643809', true],
    ['490154203237519', false],
    ['000000000000000', false],
    ['49015420323751', false],
  ])('%s → %s', (s, ok) => expect(networkValidators.imei!(s)).toBe(ok));
});

describe('URL host', () => {
  it.each([
    ['https://user:pw@www.example.com:8080/a?b#c', 'www.example.com'],
    ['http://[2001:db8::1]/path', '[2001:db8::1]'],
    ['example.com/path', 'example.com'],
    ['bit.ly/x', 'bit.ly'],
    ['www.example.co.uk?x=1', 'www.example.co.uk'],
  ])('%s → %s', (url, host) => expect(urlHost(url)).toBe(host));

  it.each([
    ['example.com', true], ['a-b.example.com', true], ['-ab.example.com', false], ['ab-.example.com', false],
    [`${'a'.repeat(64)}.com`, false], [`${'a'.repeat(63)}.com`, true],
  ])('host name %s → %s', (host, ok) => expect(hostNameValid(host)).toBe(ok));

  it.each([
    ['https://www.microsoft.com/', true],
    ['http://192.168.0.1/admin', true],
    ['http://999.1.1.1/', false],
    ['http://[2001:db8::1]/x', true],
    ['http://[2001:db8::zz]/x', false],
    ['www.example.de', true],
    ['example.com', null], // bare domain: base score
    ['Example.com/path', null],
    ['EXAMPLE.COM', false], // bare domain with an upper-case TLD: not taken
    ['https://-bad.example.com', false],
  ])('validator %s → %s', (url, expected) => expect(networkValidators.url!(url)).toBe(expected));
});
