import ipaddr from "ipaddr.js";

/**
 * Which addresses a page import may connect to: public unicast only. Anything else (loopback, private,
 * link-local with the cloud metadata service at 169.254.169.254, unique-local, carrier-grade NAT, multicast,
 * broadcast, reserved, and IPv6 forms that carry an IPv4 address) could let a teacher's URL reach the
 * server's own network. See docs/decisions/0034-url-import-ssrf.md.
 */

/** True only for an address the policy lets an import connect to; anything unparsable is refused. */
export function isPublicAddress(address: string): boolean {
  if (!ipaddr.isValid(address)) return false;
  // process() turns ::ffff:127.0.0.1 into 127.0.0.1, so the IPv4 ranges apply to it.
  const parsed = ipaddr.process(address);
  if (parsed.kind() === "ipv6" && isIpv4Compatible(parsed as ipaddr.IPv6)) return false;
  // 6to4, Teredo and NAT64 prefixes are not "unicast" for ipaddr.js, so the IPv4 address they carry
  // never needs unpacking: they are refused whole.
  return parsed.range() === "unicast";
}

/** ::a.b.c.d, deprecated and unlisted by ipaddr.js, would otherwise count as public unicast. */
function isIpv4Compatible(address: ipaddr.IPv6): boolean {
  return address.match(ipaddr.IPv6.parse("::"), 96);
}

/**
 * Names refused before any lookup: single-label names ("localhost", "metadata", an intranet host found
 * through the server's search domains) and the suffixes reserved for private use. Their addresses would be
 * refused anyway; refusing the name as well does not depend on what the server's resolver answers.
 */
export function isRefusedHostName(hostname: string): boolean {
  const name = hostname.toLowerCase().replace(/\.$/, "");
  if (!name.includes(".")) return true;
  return PRIVATE_SUFFIXES.some((suffix) => name.endsWith(suffix));
}

const PRIVATE_SUFFIXES = [".localhost", ".local", ".internal", ".home.arpa", ".localdomain"];

/** The address inside a URL's host when it is an IP literal ("[::1]" → "::1"), else null. */
export function ipLiteral(hostname: string): string | null {
  const bare = hostname.startsWith("[") && hostname.endsWith("]") ? hostname.slice(1, -1) : hostname;
  return ipaddr.isValid(bare) ? bare : null;
}
