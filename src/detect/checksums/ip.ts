/**
 * IP address syntax, as Python's `ipaddress.ip_interface` accepts it: dotted
 * IPv4 (no leading zeros), IPv6 with at most one `::`, an embedded IPv4 tail,
 * an IPv6 zone (`%eth0`) and an optional CIDR prefix (`/24`, `/64`).
 */

function isHex(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);
}

/** Dotted-quad IPv4: four decimal octets 0–255, no leading zeros. */
export function ipv4Valid(s: string): boolean {
  const parts = s.split('.');
  if (parts.length !== 4) return false;
  for (const p of parts) {
    if (p.length === 0 || p.length > 3) return false;
    for (let i = 0; i < p.length; i++) {
      const c = p.charCodeAt(i);
      if (c < 48 || c > 57) return false;
    }
    if (p.length > 1 && p[0] === '0') return false;
    if (Number(p) > 255) return false;
  }
  return true;
}

function hexGroupsValid(groups: readonly string[]): boolean {
  for (const g of groups) {
    if (g.length === 0 || g.length > 4) return false;
    for (let i = 0; i < g.length; i++) if (!isHex(g.charCodeAt(i))) return false;
  }
  return true;
}

/** IPv6 address without zone or prefix: 8 groups, or fewer with one `::`; the last 2 groups may be dotted IPv4. */
export function ipv6Valid(s: string): boolean {
  if (s.length < 2 || s.length > 45) return false;
  let body = s;
  let extra = 0;
  const lastColon = s.lastIndexOf(':');
  if (lastColon < 0) return false;
  if (s.indexOf('.', lastColon) >= 0) {
    if (!ipv4Valid(s.slice(lastColon + 1))) return false;
    // the IPv4 tail stands for two groups; keep a `::` that ends right before it
    body = s.endsWith('::', lastColon + 1) ? s.slice(0, lastColon + 1) : s.slice(0, lastColon);
    extra = 2;
  }
  const dbl = body.indexOf('::');
  if (dbl < 0) {
    const groups = body.split(':');
    return groups.length + extra === 8 && hexGroupsValid(groups);
  }
  if (body.indexOf('::', dbl + 1) >= 0) return false;
  const left = body.slice(0, dbl);
  const right = body.slice(dbl + 2);
  const lg = left.length ? left.split(':') : [];
  const rg = right.length ? right.split(':') : [];
  return lg.length + rg.length + extra <= 7 && hexGroupsValid(lg) && hexGroupsValid(rg);
}

function prefixValid(p: string, max: number): boolean {
  if (p.length === 0 || p.length > 3) return false;
  for (let i = 0; i < p.length; i++) {
    const c = p.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return Number(p) <= max;
}

/** The address part of an IPv6 candidate: `%zone` and `/prefix` removed; undefined when either is malformed. */
function splitV6(s: string): { addr: string; prefix: string | undefined } | undefined {
  let rest = s;
  let prefix: string | undefined;
  const slash = rest.indexOf('/');
  if (slash >= 0) {
    prefix = rest.slice(slash + 1);
    rest = rest.slice(0, slash);
  }
  const pct = rest.indexOf('%');
  if (pct >= 0) {
    const zone = rest.slice(pct + 1);
    if (zone.length === 0 || /[^0-9A-Za-z._-]/.test(zone)) return undefined;
    rest = rest.slice(0, pct);
  }
  return { addr: rest, prefix };
}

/** IPv4 or IPv6 address, optionally with a CIDR prefix (and, for IPv6, a zone). */
export function ipAddressValid(s: string): boolean {
  if (s.indexOf(':') < 0) {
    const slash = s.indexOf('/');
    if (slash < 0) return ipv4Valid(s);
    return ipv4Valid(s.slice(0, slash)) && prefixValid(s.slice(slash + 1), 32);
  }
  const parts = splitV6(s);
  if (!parts) return false;
  if (parts.prefix !== undefined && !prefixValid(parts.prefix, 128)) return false;
  return ipv6Valid(parts.addr);
}

/** True for the unspecified IPv6 address `::` alone (optionally with zone/prefix): real, but weak evidence in prose. */
export function isBareUnspecified(s: string): boolean {
  const parts = splitV6(s);
  return parts !== undefined && parts.addr === '::';
}
