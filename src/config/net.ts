import { isIPv6 } from 'node:net';
import * as net from '../kubeadm/config/net.js';

/** String-level helpers for the cluster file, over the kubeadm config's network arithmetic (one implementation). */

export function parseCidr(text: string): net.Cidr | undefined {
  return net.parseCidr(text);
}

export function cidrsOverlap(a: string, b: string): boolean {
  const x = net.parseCidr(a);
  const y = net.parseCidr(b);
  return x !== undefined && y !== undefined && net.cidrsOverlap(x, y);
}

/** The n-th address of a CIDR (kubeadm: the kubernetes Service IP is index 1, cluster DNS index 10). */
export function nthAddress(cidr: string, n: number): string {
  const c = net.parseCidr(cidr);
  if (!c) throw new Error(`not a CIDR: ${cidr}`);
  return net.nthAddress(c, BigInt(n));
}

export function isDnsName(text: string): boolean {
  return net.isDns1123Subdomain(text);
}

/** host[:port] with host an IP or DNS name; IPv6 hosts in brackets when a port follows. */
export function parseEndpoint(text: string): { host: string; port: number | undefined } | undefined {
  if (net.checkHostPort(text, false) !== undefined) return undefined;
  const bracketed = /^\[([^\]]+)\](?::(\d+))?$/.exec(text);
  if (bracketed) return { host: bracketed[1]!, port: bracketed[2] === undefined ? undefined : Number(bracketed[2]) };
  if (isIPv6(text)) return { host: text, port: undefined };
  const colon = text.lastIndexOf(':');
  return colon < 0 ? { host: text, port: undefined } : { host: text.slice(0, colon), port: Number(text.slice(colon + 1)) };
}
