import * as net from '../kubeadm/config/net.js';
/** String-level helpers for the cluster file, over the kubeadm config's network arithmetic (one implementation). */
export declare function parseCidr(text: string): net.Cidr | undefined;
export declare function cidrsOverlap(a: string, b: string): boolean;
/** The n-th address of a CIDR (kubeadm: the kubernetes Service IP is index 1, cluster DNS index 10). */
export declare function nthAddress(cidr: string, n: number): string;
export declare function isDnsName(text: string): boolean;
/** Digits and dots only (127.0.0.300, 10.1.2): meant as an IPv4 address, never a host name (RFC 1123 2.1). */
export declare function looksLikeIPv4(text: string): boolean;
/** Why text is not a host address (an IP, or a DNS name that cannot be mistaken for one), or undefined. */
export declare function hostAddressProblem(text: string): string | undefined;
/** Whether the IP address lies inside the CIDR (false for a name or another address family). */
export declare function cidrContains(cidr: string, address: string): boolean;
/** host[:port] with host an IP or DNS name; IPv6 hosts in brackets when a port follows. */
export declare function parseEndpoint(text: string): {
    host: string;
    port: number | undefined;
} | undefined;
