import { BlockList, isIP } from 'node:net';
import { lookup } from 'node:dns/promises';

// Where a retailer's webhook must not lead: this host, the private networks around it, link-local
// addresses (cloud metadata services among them) and other non-public ranges.
const NOT_PUBLIC = new BlockList();
for (const [network, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['224.0.0.0', 3],
] as const) {
  NOT_PUBLIC.addSubnet(network, prefix, 'ipv4');
}
for (const [network, prefix] of [
  ['::', 127],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
] as const) {
  NOT_PUBLIC.addSubnet(network, prefix, 'ipv6');
}

// IPv4 written as IPv6 (::ffff:10.0.0.1) is judged by the IPv4 rules: BlockList maps it.
function isPublic(address: string): boolean {
  return !NOT_PUBLIC.check(address, isIP(address) === 6 ? 'ipv6' : 'ipv4');
}

/**
 * Why the URL's host may not receive webhooks (it is, or resolves to, a non-public address), or null when
 * every address it resolves to is public. A name that does not resolve is left to the delivery to report.
 */
export async function nonPublicTarget(url: string): Promise<string | null> {
  const host = new URL(url).hostname.replace(/^\[(.*)\]$/, '$1');
  const addresses = isIP(host) ? [host] : await lookup(host, { all: true }).then((found) => found.map((a) => a.address), () => []);
  const blocked = addresses.find((address) => !isPublic(address));
  return blocked ? `${host} is a private or local address (${blocked}); webhooks go only to public hosts` : null;
}
