import { isIPv4, isIPv6 } from 'node:net';
export function isIp(text) {
    return isIPv4(text) || isIPv6(text);
}
export function ipToBigInt(ip) {
    if (isIPv4(ip)) {
        return ip.split('.').reduce((acc, part) => (acc << 8n) | BigInt(Number(part)), 0n);
    }
    if (!isIPv6(ip))
        return undefined;
    let text = ip;
    // An embedded IPv4 tail (::ffff:1.2.3.4) becomes two hextets.
    const v4 = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
    if (v4) {
        const n = ipToBigInt(v4[1]);
        text = `${text.slice(0, -v4[1].length)}${(n >> 16n).toString(16)}:${(n & 0xffffn).toString(16)}`;
    }
    const [head, tail] = text.includes('::') ? text.split('::') : [text, undefined];
    const headParts = head === '' ? [] : head.split(':');
    const tailParts = tail === undefined || tail === '' ? [] : tail.split(':');
    const missing = 8 - headParts.length - tailParts.length;
    const parts = [...headParts, ...Array(tail === undefined ? 0 : missing).fill('0'), ...tailParts];
    return parts.reduce((acc, part) => (acc << 16n) | BigInt(parseInt(part, 16)), 0n);
}
export function parseCidr(text) {
    const slash = text.indexOf('/');
    if (slash < 0)
        return undefined;
    const ip = text.slice(0, slash);
    const prefixText = text.slice(slash + 1);
    if (!/^\d{1,3}$/.test(prefixText))
        return undefined;
    const family = isIPv4(ip) ? 4 : isIPv6(ip) ? 6 : undefined;
    if (family === undefined)
        return undefined;
    const bits = family === 4 ? 32 : 128;
    const prefix = Number(prefixText);
    if (prefix > bits)
        return undefined;
    const value = ipToBigInt(ip);
    const hostMask = (1n << BigInt(bits - prefix)) - 1n;
    return { family, base: value & ~hostMask, prefix, bits };
}
export function cidrSize(c) {
    return 1n << BigInt(c.bits - c.prefix);
}
export function cidrsOverlap(a, b) {
    if (a.family !== b.family)
        return false;
    const aEnd = a.base + cidrSize(a) - 1n;
    const bEnd = b.base + cidrSize(b) - 1n;
    return a.base <= bEnd && b.base <= aEnd;
}
/** The n-th address of a network (n=1 is the first host), as text. */
export function nthAddress(c, n) {
    const v = c.base + n;
    if (c.family === 4)
        return [24n, 16n, 8n, 0n].map((s) => String((v >> s) & 0xffn)).join('.');
    const hextets = [];
    for (let s = 112n; s >= 0n; s -= 16n)
        hextets.push(((v >> s) & 0xffffn).toString(16));
    return compressIpv6(hextets);
}
function compressIpv6(hextets) {
    let bestStart = -1;
    let bestLen = 0;
    for (let i = 0; i < hextets.length;) {
        if (hextets[i] !== '0') {
            i++;
            continue;
        }
        let j = i;
        while (j < hextets.length && hextets[j] === '0')
            j++;
        if (j - i > bestLen && j - i > 1) {
            bestStart = i;
            bestLen = j - i;
        }
        i = j;
    }
    if (bestStart < 0)
        return hextets.join(':');
    return `${hextets.slice(0, bestStart).join(':')}::${hextets.slice(bestStart + bestLen).join(':')}`;
}
const DNS1123_LABEL = '[a-z0-9]([-a-z0-9]*[a-z0-9])?';
const DNS1123_SUBDOMAIN = new RegExp(`^${DNS1123_LABEL}(\\.${DNS1123_LABEL})*$`);
const WILDCARD_SUBDOMAIN = new RegExp(`^\\*\\.${DNS1123_LABEL}(\\.${DNS1123_LABEL})*$`);
/** RFC 1123 subdomain, as Kubernetes checks object and node names. */
export function isDns1123Subdomain(name) {
    return name.length > 0 && name.length <= 253 && DNS1123_SUBDOMAIN.test(name);
}
export function isWildcardDns1123Subdomain(name) {
    return name.length <= 253 && WILDCARD_SUBDOMAIN.test(name);
}
/**
 * Splits `host[:port]` the way kubeadm's ParseHostPort does: an IPv6 host needs brackets when a port
 * follows; the host must be an IP or a DNS subdomain; the port 1..65535. Returns an error text or undefined.
 */
export function checkHostPort(endpoint, requirePort) {
    let host = endpoint;
    let port;
    const bracketed = /^\[([^\]]+)\](?::(.*))?$/.exec(endpoint);
    if (bracketed) {
        host = bracketed[1];
        port = bracketed[2];
        if (!isIPv6(host))
            return `"${host}" is not an IPv6 address`;
    }
    else if (!isIPv6(endpoint)) {
        const colon = endpoint.lastIndexOf(':');
        if (colon >= 0) {
            host = endpoint.slice(0, colon);
            port = endpoint.slice(colon + 1);
        }
    }
    if (port === undefined && requirePort)
        return 'a port is required (host:port)';
    if (port !== undefined && !isPort(port))
        return `"${port}" is not a port number (1-65535)`;
    if (!isIp(host) && !isDns1123Subdomain(host))
        return `"${host}" is neither an IP address nor a DNS name`;
    return undefined;
}
export function isPort(text) {
    return /^\d{1,5}$/.test(text) && Number(text) >= 1 && Number(text) <= 65535;
}
//# sourceMappingURL=net.js.map