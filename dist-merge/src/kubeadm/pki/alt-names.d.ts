export interface AltNames {
    dnsNames: string[];
    ips: string[];
}
/** Canonical text of an IP (IPv6 compressed, lower case), so duplicates compare equal as Go's net.IP does. */
export declare function canonicalIp(ip: string): string;
/** An RFC 1123 subdomain, or a wildcard one (`*.example.com`), as kubeadm accepts in certSANs. */
export declare function isDnsSan(name: string): boolean;
/** Sorts IPs into the IP list and valid names into the DNS list; anything else is returned as ignored. */
export declare function appendSans(altNames: AltNames, sans: readonly string[]): string[];
/** kubeadm's order: DNS names deduplicated and sorted, IPs deduplicated in first-seen order. */
export declare function normalizeAltNames(altNames: AltNames): AltNames;
/** The host of `host[:port]` / `[v6]:port` (controlPlaneEndpoint). */
export declare function endpointHost(endpoint: string): string;
/** The first usable address (network + 1) of the first CIDR in a comma list: the `kubernetes` Service IP. */
export declare function firstServiceIp(serviceSubnet: string): string;
