import { isIP } from 'node:net';
const DNS1123_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
/** Canonical text of an IP (IPv6 compressed, lower case), so duplicates compare equal as Go's net.IP does. */
export function canonicalIp(ip) {
    if (isIP(ip) === 6)
        return new URL(`http://[${ip}]/`).hostname.slice(1, -1);
    return ip;
}
/** An RFC 1123 subdomain, or a wildcard one (`*.example.com`), as kubeadm accepts in certSANs. */
export function isDnsSan(name) {
    if (name.length > 253)
        return false;
    return DNS1123_SUBDOMAIN.test(name.startsWith('*.') ? name.slice(2) : name);
}
/** Sorts IPs into the IP list and valid names into the DNS list; anything else is returned as ignored. */
export function appendSans(altNames, sans) {
    const ignored = [];
    for (const san of sans) {
        if (isIP(san) !== 0)
            altNames.ips.push(canonicalIp(san));
        else if (isDnsSan(san))
            altNames.dnsNames.push(san);
        else
            ignored.push(san);
    }
    return ignored;
}
/** kubeadm's order: DNS names deduplicated and sorted, IPs deduplicated in first-seen order. */
export function normalizeAltNames(altNames) {
    const dnsNames = [...new Set(altNames.dnsNames)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    const ips = [...new Set(altNames.ips.map(canonicalIp))];
    return { dnsNames, ips };
}
/** The host of `host[:port]` / `[v6]:port` (controlPlaneEndpoint). */
export function endpointHost(endpoint) {
    const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(endpoint);
    if (bracketed)
        return bracketed[1];
    if (isIP(endpoint) === 6)
        return endpoint;
    const colon = endpoint.lastIndexOf(':');
    return colon === -1 ? endpoint : endpoint.slice(0, colon);
}
/** The first usable address (network + 1) of the first CIDR in a comma list: the `kubernetes` Service IP. */
export function firstServiceIp(serviceSubnet) {
    const first = serviceSubnet.split(',')[0].trim();
    const [address, prefixText] = first.split('/');
    const prefix = Number(prefixText);
    const family = isIP(address ?? '');
    if (family === 0 || !Number.isInteger(prefix))
        throw new Error(`invalid service subnet ${JSON.stringify(first)}`);
    const bits = family === 4 ? 32 : 128;
    if (prefix < 0 || prefix > bits - 1)
        throw new Error(`service subnet ${first} has no usable address`);
    const value = ipToBigInt(address, family);
    const mask = ((1n << BigInt(bits)) - 1n) ^ ((1n << BigInt(bits - prefix)) - 1n);
    return bigIntToIp((value & mask) + 1n, family);
}
function ipToBigInt(ip, family) {
    if (family === 4)
        return ip.split('.').reduce((acc, part) => (acc << 8n) + BigInt(Number(part)), 0n);
    const full = new URL(`http://[${ip}]/`).hostname.slice(1, -1);
    const [head, tail] = full.includes('::') ? full.split('::') : [full, undefined];
    const headParts = head ? head.split(':') : [];
    const tailParts = tail ? tail.split(':') : [];
    const groups = [...headParts, ...Array(8 - headParts.length - tailParts.length).fill('0'), ...tailParts];
    return groups.reduce((acc, g) => (acc << 16n) + BigInt(parseInt(g, 16)), 0n);
}
function bigIntToIp(value, family) {
    if (family === 4)
        return [24n, 16n, 8n, 0n].map((s) => ((value >> s) & 255n).toString()).join('.');
    const groups = [];
    for (let i = 7; i >= 0; i--)
        groups.push(((value >> BigInt(i * 16)) & 0xffffn).toString(16));
    return canonicalIp(groups.join(':'));
}
//# sourceMappingURL=alt-names.js.map