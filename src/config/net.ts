import { isIP } from 'node:net';

export interface Cidr {
  family: 4 | 6;
  bits: bigint[];
  prefix: number;
}

function ipToBigInt(ip: string): bigint {
  if (isIP(ip) === 4) return ip.split('.').reduce((acc, o) => (acc << 8n) + BigInt(Number(o)), 0n);
  const [head, tail] = ip.split('::') as [string, string | undefined];
  const h = head ? head.split(':') : [];
  const t = tail ? tail.split(':') : [];
  const groups = tail === undefined ? h : [...h, ...Array(8 - h.length - t.length).fill('0'), ...t];
  return groups.reduce((acc, g) => (acc << 16n) + BigInt(parseInt(g || '0', 16)), 0n);
}

/** Parses `a.b.c.d/n` or an IPv6 CIDR; undefined when it is not one. */
export function parseCidr(text: string): { family: 4 | 6; base: bigint; prefix: number } | undefined {
  const m = /^([^/]+)\/(\d{1,3})$/.exec(text);
  if (!m) return undefined;
  const family = isIP(m[1]!);
  const prefix = Number(m[2]);
  if (family === 0 || prefix > (family === 4 ? 32 : 128)) return undefined;
  const width = family === 4 ? 32 : 128;
  const ip = ipToBigInt(m[1]!);
  const mask = ((1n << BigInt(width)) - 1n) ^ ((1n << BigInt(width - prefix)) - 1n);
  return { family: family as 4 | 6, base: ip & mask, prefix };
}

export function cidrsOverlap(a: string, b: string): boolean {
  const x = parseCidr(a);
  const y = parseCidr(b);
  if (!x || !y || x.family !== y.family) return false;
  const width = x.family === 4 ? 32 : 128;
  const p = BigInt(width - Math.min(x.prefix, y.prefix));
  return x.base >> p === y.base >> p;
}

/** The n-th address of a CIDR (kubeadm: the kubernetes Service IP is index 1, cluster DNS index 10). */
export function nthAddress(cidr: string, n: number): string {
  const c = parseCidr(cidr);
  if (!c) throw new Error(`not a CIDR: ${cidr}`);
  const v = c.base + BigInt(n);
  if (c.family === 4) return [24n, 16n, 8n, 0n].map((s) => String((v >> s) & 255n)).join('.');
  const groups: string[] = [];
  for (let s = 112n; s >= 0n; s -= 16n) groups.push(((v >> s) & 0xffffn).toString(16));
  return groups.join(':').replace(/(^|:)0(:0)+(:|$)/, '::');
}

const DNS_NAME = /^(?=.{1,253}$)[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?(\.[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?)*$/;

export function isDnsName(text: string): boolean {
  return DNS_NAME.test(text);
}

/** host[:port] with host an IP or DNS name; IPv6 hosts in brackets. */
export function parseEndpoint(text: string): { host: string; port: number | undefined } | undefined {
  const m = /^(?:\[([0-9a-fA-F:]+)\]|([^:[\]]+))(?::(\d{1,5}))?$/.exec(text);
  if (!m) return undefined;
  const host = m[1] ?? m[2]!;
  if (m[1] !== undefined && isIP(host) !== 6) return undefined;
  if (m[2] !== undefined && isIP(host) !== 4 && !isDnsName(host)) return undefined;
  const port = m[3] === undefined ? undefined : Number(m[3]);
  if (port !== undefined && (port < 1 || port > 65535)) return undefined;
  return { host, port };
}
