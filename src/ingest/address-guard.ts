// SSRF guard for URLs a remote user hands the API: refuse hosts that resolve to private, loopback, link-local
// or otherwise non-public addresses. The check runs on the resolved address at connect time (guardedLookup),
// so a name that resolves to a public address for one query and 127.0.0.1 for the next cannot slip through.
import { lookup as dnsLookup, type LookupAddress, type LookupOptions } from 'node:dns';
import { lookup as dnsLookupAsync } from 'node:dns/promises';
import { BlockList, isIP } from 'node:net';
import { TriangulateError } from '../model/triangulate-error.js';

const BLOCKED = new BlockList();
for (const [net, bits] of [
  ['0.0.0.0', 8], // "this network"
  ['10.0.0.0', 8],
  ['100.64.0.0', 10], // carrier-grade NAT
  ['127.0.0.0', 8],
  ['169.254.0.0', 16], // link-local, cloud metadata (169.254.169.254)
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.0.2.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['198.51.100.0', 24],
  ['203.0.113.0', 24],
  ['224.0.0.0', 4], // multicast
  ['240.0.0.0', 4], // reserved and broadcast
] as const) {
  BLOCKED.addSubnet(net, bits, 'ipv4');
}
for (const [net, bits] of [
  ['::', 128],
  ['::1', 128],
  ['64:ff9b:1::', 48], // local-use NAT64
  ['100::', 64], // discard
  ['2001:db8::', 32], // documentation
  ['fc00::', 7], // unique local
  ['fe80::', 10], // link-local
  ['fec0::', 10], // old site-local
  ['ff00::', 8], // multicast
] as const) {
  BLOCKED.addSubnet(net, bits, 'ipv6');
}

/** True for any address a public web page cannot live at (IPv4, IPv6, and IPv4 embedded in IPv6). */
export function isPrivateAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 4) return BLOCKED.check(address, 'ipv4');
  if (family !== 6) return true;
  const embedded = embeddedIpv4(address);
  if (embedded !== null) return isPrivateAddress(embedded);
  return BLOCKED.check(address, 'ipv6');
}

// ::ffff:a.b.c.d (mapped), ::a.b.c.d (compatible) and 64:ff9b::a.b.c.d (NAT64) all reach an IPv4 host.
function embeddedIpv4(address: string): string | null {
  const a = address.toLowerCase();
  const dotted = /^(?:::ffff:|::|64:ff9b::)(\d+\.\d+\.\d+\.\d+)$/.exec(a);
  if (dotted) return dotted[1] ?? null;
  const hex = /^(?:::ffff:|64:ff9b::)([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(a);
  if (!hex) return null;
  const hi = parseInt(hex[1] ?? '0', 16);
  const lo = parseInt(hex[2] ?? '0', 16);
  return `${hi >> 8}.${hi & 255}.${lo >> 8}.${lo & 255}`;
}

function forbidden(host: string, address: string): TriangulateError {
  const where = host === address ? address : `${host} (${address})`;
  return new TriangulateError(
    'forbidden_address',
    `${where} is a private, loopback or link-local address; it is not fetched here (the API never fetches one; ` +
      `the CLI follows a redirect or feed link to one only with triangulate ingest --allow-private-network)`,
  );
}

/** Throws `forbidden_address` when the host is, or resolves to, a non-public address. */
export async function assertPublicHost(hostname: string): Promise<void> {
  const host = hostname.replace(/^\[|\]$/g, '');
  if (isIP(host)) {
    if (isPrivateAddress(host)) throw forbidden(host, host);
    return;
  }
  const addresses = await dnsLookupAsync(host, { all: true });
  const bad = addresses.find((a) => isPrivateAddress(a.address));
  if (bad) throw forbidden(host, bad.address);
}

type LookupCallback = (err: Error | null, address: string | LookupAddress[], family?: number) => void;

/** How names become addresses: node:dns by default; tests inject one so no query leaves the machine. */
export type Resolver = (
  hostname: string,
  options: LookupOptions & { all: true },
  callback: (err: NodeJS.ErrnoException | null, addresses: LookupAddress[]) => void,
) => void;

export const systemResolver: Resolver = (hostname, options, callback) =>
  dnsLookup(hostname, options, callback);

/** A `lookup` for http(s).request over a resolver, in whichever shape the caller asks for. */
export function lookupWith(resolve: Resolver) {
  return (hostname: string, options: LookupOptions, callback: LookupCallback): void =>
    resolve(hostname, { ...options, all: true }, (err, addresses) => {
      if (err) return callback(err, '');
      if (options.all) return callback(null, addresses);
      const first = addresses[0];
      if (!first) return callback(new Error(`${hostname}: no address`), '');
      callback(null, first.address, first.family);
    });
}

/** A drop-in `lookup` for http(s).request that refuses non-public results, whichever shape the caller asks for. */
export function guardedLookup(
  hostname: string,
  options: LookupOptions,
  callback: LookupCallback,
  resolve: Resolver = systemResolver,
): void {
  resolve(hostname, { ...options, all: true }, (err, addresses) => {
    if (err) return callback(err, '');
    const bad = addresses.find((a) => isPrivateAddress(a.address));
    if (bad) return callback(forbidden(hostname, bad.address), '');
    if (options.all) return callback(null, addresses);
    const first = addresses[0];
    if (!first) return callback(new Error(`${hostname}: no address`), '');
    callback(null, first.address, first.family);
  });
}
