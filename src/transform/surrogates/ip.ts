import { ipAddressValid } from '../../detect/checksums/ip.js';
import { canonicalValue } from '../canonical.js';
import type { Draw } from './draw.js';
import { firstAccepted, type Generator } from './types.js';

/** IPv4 documentation networks (RFC 5737). */
const TEST_NETS = ['192.0.2', '198.51.100', '203.0.113'] as const;

function hexGroup(draw: Draw, upper: boolean): string {
  const g = draw.int(0x10000).toString(16);
  return upper ? g.toUpperCase() : g;
}

/** An IPv6 address in 2001:db8::/32 (RFC 3849), compressed with `::` when the input was. */
function ipv6(addr: string, draw: Draw): string {
  const upper = /[A-F]/.test(addr) && !/[a-f]/.test(addr);
  const prefix = upper ? '2001:DB8' : '2001:db8';
  if (addr.includes('::')) {
    const mid = draw.int(3);
    const groups = Array.from({ length: mid }, () => hexGroup(draw, upper));
    return [prefix, ...groups].join(':') + '::' + hexGroup(draw, upper);
  }
  return [prefix, ...Array.from({ length: 6 }, () => hexGroup(draw, upper))].join(':');
}

/**
 * IP_ADDRESS: an address in the documentation ranges (IPv4 192.0.2.0/24, 198.51.100.0/24,
 * 203.0.113.0/24; IPv6 2001:db8::/32), which route nowhere; a CIDR prefix and an IPv6 zone
 * are kept. A valid IP address; for IPv4 the host is 1-254.
 */
export const ipSurrogate: Generator = (req) => {
  const value = req.value.trim();
  if (!ipAddressValid(value)) return undefined;
  const slash = value.indexOf('/');
  const suffix = slash >= 0 ? value.slice(slash) : '';
  let addr = slash >= 0 ? value.slice(0, slash) : value;
  let zone = '';
  const pct = addr.indexOf('%');
  if (pct >= 0) {
    zone = addr.slice(pct);
    addr = addr.slice(0, pct);
  }
  const before = canonicalValue(req.type, req.value, req.region);
  return firstAccepted(
    req,
    before,
    (draw) => (addr.includes(':') ? ipv6(addr, draw) : `${draw.pick(TEST_NETS)}.${draw.between(1, 254)}`) + zone + suffix,
    (c) => ipAddressValid(c) && canonicalValue(req.type, c, req.region) !== before,
  );
};
