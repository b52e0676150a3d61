import { lookup as dnsLookup } from 'node:dns/promises';
import { LookupAddress, LookupOptions } from 'node:dns';
import { isIP } from 'node:net';
import ipaddr from 'ipaddr.js';

/**
 * Where a retailer's webhook may lead: only globally routable unicast addresses (ipaddr.js's ranges, from the
 * IANA special-purpose registries). Loopback, private, carrier-grade NAT, link-local (cloud metadata services),
 * documentation, benchmarking, reserved, multicast and broadcast addresses are refused. An IPv6 address that
 * carries an IPv4 one (IPv4-mapped and -compatible, SIIT, NAT64 64:ff9b::/96, 6to4, Teredo) is judged by the
 * IPv4 address(es) inside it, so ::ffff:127.0.0.1 or 2002:7f00:1:: cannot reach this host.
 */
export function nonPublicAddress(address: string): string | null {
  const parsed = ipaddr.parse(address);
  const inside = embeddedIPv4(parsed);
  if (inside) {
    const blocked = inside.find((v4) => v4.range() !== 'unicast');
    return blocked ? `${address} leads to ${blocked.toString()}, a ${describe(blocked.range())} address` : null;
  }
  const range = parsed.range();
  if (range === 'unicast' && (parsed.kind() === 'ipv4' || parsed.match(GLOBAL_UNICAST_V6))) return null;
  return `${address} is a ${describe(range)} address`;
}

// IPv6 global unicast (RFC 4291); ipaddr.js calls anything outside its special ranges "unicast", ::7f00:1 included.
const GLOBAL_UNICAST_V6 = ipaddr.parseCIDR('2000::/3');
const IPV4_COMPATIBLE = ipaddr.parseCIDR('::/96');
const NAT64_WELL_KNOWN = ipaddr.parseCIDR('64:ff9b::/96');

const v4 = (bytes: number[]) => ipaddr.fromByteArray(bytes) as ipaddr.IPv4;

/** The IPv4 addresses an IPv6 address stands for, or null when it carries none. */
function embeddedIPv4(address: ipaddr.IPv4 | ipaddr.IPv6): ipaddr.IPv4[] | null {
  if (address.kind() === 'ipv4') return null;
  const v6 = address as ipaddr.IPv6;
  const bytes = v6.toByteArray();
  switch (v6.range()) {
    case 'ipv4Mapped':
    case 'rfc6145':
      return [v4(bytes.slice(12))];
    case 'rfc6052':
      // The well-known prefix embeds it in the last 32 bits; the local-use 64:ff9b:1::/48 is refused as a range.
      return v6.match(NAT64_WELL_KNOWN) ? [v4(bytes.slice(12))] : null;
    case '6to4':
      return [v4(bytes.slice(2, 6))];
    case 'teredo':
      // The Teredo server, and the client's address stored inverted.
      return [v4(bytes.slice(4, 8)), v4(bytes.slice(12).map((b) => b ^ 0xff))];
    default:
      // IPv4-compatible (::a.b.c.d, deprecated); :: and ::1 keep their own ranges.
      return v6.match(IPV4_COMPATIBLE) && !['unspecified', 'loopback'].includes(v6.range()) ? [v4(bytes.slice(12))] : null;
  }
}

function describe(range: string): string {
  return RANGE_NAMES[range] ?? `non-public (${range})`;
}

const RANGE_NAMES: Record<string, string> = {
  loopback: 'loopback',
  private: 'private-network',
  uniqueLocal: 'private-network',
  linkLocal: 'link-local',
  carrierGradeNat: 'carrier-grade NAT',
  unspecified: 'unspecified',
  broadcast: 'broadcast',
  multicast: 'multicast',
  reserved: 'reserved or documentation',
  benchmarking: 'benchmarking',
};

/** A webhook destination that may not be connected to; `message` says why, for the delivery log. */
export class NonPublicDestination extends Error {
  readonly code = 'ENONPUBLIC';
}

export type Resolver = (hostname: string) => Promise<LookupAddress[]>;
const systemResolver: Resolver = (hostname) => dnsLookup(hostname, { all: true, verbatim: true });

/**
 * Every address `hostname` resolves to, if all of them are public; else NonPublicDestination. A name with
 * one private answer among public ones is refused, so a resolver cannot slip one in.
 */
export async function publicAddresses(hostname: string, resolve: Resolver = systemResolver): Promise<LookupAddress[]> {
  const host = unbracketed(hostname);
  const found = isIP(host) ? [{ address: host, family: isIP(host) }] : await resolve(host);
  for (const { address } of found) {
    const reason = refusal(host, address);
    if (reason) throw new NonPublicDestination(reason);
  }
  return found;
}

/** Why an URL whose host is an IP literal may not receive webhooks; null for a public literal or a name. */
export function nonPublicLiteral(url: string): string | null {
  const host = unbracketed(new URL(url).hostname);
  return isIP(host) ? refusal(host, host) : null;
}

const unbracketed = (hostname: string) => hostname.replace(/^\[(.*)\]$/, '$1');

function refusal(host: string, address: string): string | null {
  const reason = nonPublicAddress(address);
  return reason && `${host === address ? '' : `${host} resolves to ${address}; `}${reason}; webhooks go only to public hosts`;
}

type LookupCallback = (error: Error | null, address: string | LookupAddress[], family?: number) => void;

/**
 * A `lookup` for the socket (net.connect / tls.connect): the connection's only name resolution, and it hands
 * the socket only addresses it has checked, so a name cannot resolve to a public address for a check and to
 * an internal one for the connection (DNS rebinding).
 */
export function publicOnlyLookup(resolve: Resolver = systemResolver) {
  return (hostname: string, options: LookupOptions, callback: LookupCallback): void => {
    publicAddresses(hostname, resolve).then(
      (found) => {
        const wanted = options.family === 4 || options.family === 6 ? found.filter((a) => a.family === options.family) : found;
        if (!wanted.length) return callback(Object.assign(new Error(`${hostname} has no IPv${options.family} address`), { code: 'ENOTFOUND' }), '');
        if (options.all) return callback(null, wanted);
        callback(null, wanted[0].address, wanted[0].family);
      },
      (error: Error) => callback(error, ''),
    );
  };
}

/**
 * Why the URL's host may not receive webhooks (it is, or resolves to, a non-public address), or null. A name
 * that does not resolve is left to the delivery to report.
 */
export async function nonPublicTarget(url: string): Promise<string | null> {
  try {
    await publicAddresses(new URL(url).hostname);
    return null;
  } catch (error) {
    return error instanceof NonPublicDestination ? error.message : null;
  }
}
