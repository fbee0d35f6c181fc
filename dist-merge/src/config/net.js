import { isIP, isIPv4, isIPv6 } from 'node:net';
import * as net from '../kubeadm/config/net.js';
/** String-level helpers for the cluster file, over the kubeadm config's network arithmetic (one implementation). */
export function parseCidr(text) {
    return net.parseCidr(text);
}
export function cidrsOverlap(a, b) {
    const x = net.parseCidr(a);
    const y = net.parseCidr(b);
    return x !== undefined && y !== undefined && net.cidrsOverlap(x, y);
}
/** The n-th address of a CIDR (kubeadm: the kubernetes Service IP is index 1, cluster DNS index 10). */
export function nthAddress(cidr, n) {
    const c = net.parseCidr(cidr);
    if (!c)
        throw new Error(`not a CIDR: ${cidr}`);
    return net.nthAddress(c, BigInt(n));
}
export function isDnsName(text) {
    return net.isDns1123Subdomain(text);
}
/** Digits and dots only (127.0.0.300, 10.1.2): meant as an IPv4 address, never a host name (RFC 1123 2.1). */
export function looksLikeIPv4(text) {
    return /^[0-9]+(\.[0-9]+)*$/.test(text);
}
/** Why text is not a host address (an IP, or a DNS name that cannot be mistaken for one), or undefined. */
export function hostAddressProblem(text) {
    if (looksLikeIPv4(text))
        return isIPv4(text) ? undefined : 'looks like an IPv4 address but is not one (four numbers 0-255)';
    return isIP(text) !== 0 || isDnsName(text) ? undefined : 'must be an IP address or a DNS name';
}
/** Whether the IP address lies inside the CIDR (false for a name or another address family). */
export function cidrContains(cidr, address) {
    const c = net.parseCidr(cidr);
    const a = isIP(address) === 4 ? `${address}/32` : isIP(address) === 6 ? `${address}/128` : undefined;
    const x = a === undefined ? undefined : net.parseCidr(a);
    return c !== undefined && x !== undefined && c.family === x.family && net.cidrsOverlap(c, x);
}
/** host[:port] with host an IP or DNS name; IPv6 hosts in brackets when a port follows. */
export function parseEndpoint(text) {
    if (net.checkHostPort(text, false) !== undefined)
        return undefined;
    const hostOnly = /^\[/.test(text) || isIPv6(text) ? undefined : text.replace(/:[0-9]+$/, '');
    if (hostOnly !== undefined && hostAddressProblem(hostOnly) !== undefined)
        return undefined;
    const bracketed = /^\[([^\]]+)\](?::(\d+))?$/.exec(text);
    if (bracketed)
        return { host: bracketed[1], port: bracketed[2] === undefined ? undefined : Number(bracketed[2]) };
    if (isIPv6(text))
        return { host: text, port: undefined };
    const colon = text.lastIndexOf(':');
    return colon < 0 ? { host: text, port: undefined } : { host: text.slice(0, colon), port: Number(text.slice(colon + 1)) };
}
//# sourceMappingURL=net.js.map