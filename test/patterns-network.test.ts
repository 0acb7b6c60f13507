import { describe, expect, it } from 'vitest';
import type { Finding } from '../src/index.js';
import { patternFamily, recheckStatus, show } from './support/family.js';

const TYPES = ['IP_ADDRESS', 'MAC_ADDRESS', 'URL', 'IMEI'];
const { patterns: FAMILY, scan } = patternFamily('network.json', TYPES);




/** Text → the findings expected at the default minScore (0.5), as `TYPE:value`. */
const FOUND: [string, string[]][] = [
  ['my ip: 192.168.0.1', ['IP_ADDRESS:192.168.0.1']],
  ['IPs: 192.168.1.1, 10.0.0.1, 2001:db8::1', ['IP_ADDRESS:192.168.1.1', 'IP_ADDRESS:10.0.0.1', 'IP_ADDRESS:2001:db8::1']],
  ['Subnet: 192.168.1.0/24', ['IP_ADDRESS:192.168.1.0/24']],
  ['10.0.0.0/123', ['IP_ADDRESS:10.0.0.0']], // no such prefix: the address alone
  ['Route is 10.0.0.0/8.', ['IP_ADDRESS:10.0.0.0/8']],
  ['(192.168.1.1)', ['IP_ADDRESS:192.168.1.1']],
  ['192.168.2.1@eth0', ['IP_ADDRESS:192.168.2.1']],
  ['2345:0425:2CA1:0000:0000:0567:5673:23b5', ['IP_ADDRESS:2345:0425:2CA1:0000:0000:0567:5673:23b5']],
  ['Connect to [2001:db8::1]:8080', ['IP_ADDRESS:2001:db8::1']],
  ['SSH to user@2001:db8::1', ['IP_ADDRESS:2001:db8::1']],
  ['fe80::1%eth0/64', ['IP_ADDRESS:fe80::1%eth0/64']],
  ['Mapped: ::ffff:192.168.1.1', ['IP_ADDRESS:::ffff:192.168.1.1']],
  ['NAT64: 64:ff9b::198.51.100.1', ['IP_ADDRESS:64:ff9b::198.51.100.1']],
  ['text::ffff:192.0.2.1', ['IP_ADDRESS:192.0.2.1']], // no IPv6 glued to a word; the IPv4 tail stands
  ['Server IP: 2400:c401::5054:ff:fe1b:b031.', ['IP_ADDRESS:2400:c401::5054:ff:fe1b:b031']],
  ['My MAC address is 00:1A:2B:3C:4D:5E', ['MAC_ADDRESS:00:1A:2B:3C:4D:5E']],
  ['Hardware address: AA-BB-CC-DD-EE-FF', ['MAC_ADDRESS:AA-BB-CC-DD-EE-FF']],
  ['Cisco MAC: 0012.3456.789A', ['MAC_ADDRESS:0012.3456.789A']],
  ['Physical address is aabb.ccdd.eeff', ['MAC_ADDRESS:aabb.ccdd.eeff']],
  ['visit https://www.microsoft.com/store/abc/.', ['URL:https://www.microsoft.com/store/abc/']],
  ['"https://presidio.dataprivacystack.org/"', ['URL:https://presidio.dataprivacystack.org/']],
  ['https://webhook.site/a8eedfd6-9d8a-44e0?q=1&b=2', ['URL:https://webhook.site/a8eedfd6-9d8a-44e0?q=1&b=2']],
  ['go to http://192.168.0.1:8080/admin now', ['URL:http://192.168.0.1:8080/admin']],
  ['HTTPS://EXAMPLE.ORG', ['URL:HTTPS://EXAMPLE.ORG']],
  ['see www.example.de for details', ['URL:www.example.de']],
  ['my domains: microsoft.com google.co.il', ['URL:microsoft.com', 'URL:google.co.il']],
  ['short link bit.ly/x', ['URL:bit.ly/x']],
  ['file taxes at irs.gov.', ['URL:irs.gov']],
  ['(see docs.example.com/a/b?x=1)', ['URL:docs.example.com/a/b?x=1']],
  ['IMEI: 490154203237518', ['IMEI:490154203237518']],
  ['device imei 35-209900-176148-1', ['IMEI:35-209900-176148-1']],
];

/** Decoys: versions, times, ratios, code, file names, decimals, abbreviations, bare checksum hits. */
const NOT_FOUND: string[] = [
  'my ip: 192.168.0',
  '256.256.256.256',
  '192.168.1.256',
  'version 1.2.3',
  'IP192.168.1.1text',
  'text192.168.1.1',
  '684D:1111:222:3333:4444:5555:77',
  'MAC address aa:bb:cc:dd:ee:ff is no IP', // (MAC itself is found by the MAC pattern; see below)
  'Time 12:34:56',
  'Ratio 1:2:3:4',
  'Port 80:443',
  'std::cout << MyClass::toString',
  ':::',
  'fe80::1text',
  '2001::db8::1',
  '::ffff:256.0.0.1',
  'Not a MAC: 00:1A:2B:3C:4D',
  'Invalid: ZZ:ZZ:ZZ:ZZ:ZZ:ZZ',
  'Broadcast: FF:FF:FF:FF:FF:FF',
  'Invalid: 00:00:00:00:00:00',
  'Mixed test cases for hyphens and colons: 10:2F:33-AC-29-C3',
  'www.microsoft',
  'http://microsoft',
  'please open report.pdf and notes.txt',
  'it costs 3.50 or 4.99',
  'e.g. this, i.e. that, at 10 a.m. in the U.S.',
  'Mr.Smith said hello',
  'we met yesterday.it was fun', // a missing space is no domain (.it is not taken bare)
  'write to john@example.com', // an email is no URL
  'EXAMPLE.COM', // bare domain with an upper-case TLD
  '490154203237518', // a Luhn-valid 15-digit number alone is no IMEI
  'imei 490154203237519', // Luhn fails
];

describe('network patterns', () => {
  it.each(FOUND)('%s', (text, expected) => expect(show(text, scan(text))).toEqual(expected));
  it.each(NOT_FOUND)('no IP/URL/IMEI/MAC finding in %s', (text) => {
    const types = text.startsWith('MAC address') ? ['IP_ADDRESS'] : TYPES;
    expect(show(text, scan(text, 0.5, types))).toEqual([]);
  });

  it('keeps the bare unspecified address "::" as a low-score candidate that context raises', () => {
    expect(scan('src=:: dst=::1', 0).map((f) => [f.start, f.end, Math.round(f.score * 100) / 100]))
      .toEqual([[4, 6, 0.3], [11, 14, 0.9]]);
    expect(scan('Use local ipv6 ::').map((f) => [f.start, f.end])).toEqual([[15, 17]]);
  });

  it('scores dotted quads below IPv6 and bare domains below full URLs', () => {
    const score = (text: string) => scan(text, 0).map((f) => Math.round(f.score * 100) / 100);
    expect(score('1.2.3.4')).toEqual([0.75]);
    expect(score('ip 1.2.3.4')).toEqual([1]);
    expect(score('2001:db8::1')).toEqual([0.9]);
    expect(score('https://example.com')).toEqual([0.9]);
    expect(score('example.com')).toEqual([0.6]);
    expect(score('490154203237518')).toEqual([0.45]);
  });

  it('keeps every regex free of catastrophic backtracking (recheck)', { timeout: 600_000 }, () => {
    for (const p of FAMILY) expect(recheckStatus(p.source, p.re.flags.replace('g', '')), p.id).toBe('safe');
  });
});
