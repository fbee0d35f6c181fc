/** An IP network parsed into integers, so overlap and size are simple arithmetic. */
export interface Cidr {
    family: 4 | 6;
    /** The network address (host bits cleared). */
    base: bigint;
    prefix: number;
    bits: 32 | 128;
}
export declare function isIp(text: string): boolean;
export declare function ipToBigInt(ip: string): bigint | undefined;
export declare function parseCidr(text: string): Cidr | undefined;
export declare function cidrSize(c: Cidr): bigint;
export declare function cidrsOverlap(a: Cidr, b: Cidr): boolean;
/** The n-th address of a network (n=1 is the first host), as text. */
export declare function nthAddress(c: Cidr, n: bigint): string;
/** RFC 1123 subdomain, as Kubernetes checks object and node names. */
export declare function isDns1123Subdomain(name: string): boolean;
export declare function isWildcardDns1123Subdomain(name: string): boolean;
/**
 * Splits `host[:port]` the way kubeadm's ParseHostPort does: an IPv6 host needs brackets when a port
 * follows; the host must be an IP or a DNS subdomain; the port 1..65535. Returns an error text or undefined.
 */
export declare function checkHostPort(endpoint: string, requirePort: boolean): string | undefined;
export declare function isPort(text: string): boolean;
