import { isAbsolute } from 'node:path';
import { checkHostPort, cidrSize, isDns1123Subdomain, isIp, isWildcardDns1123Subdomain, parseCidr } from './net.js';
import { parseGoDuration } from './duration.js';
/**
 * Single-value checks. Each returns the problem as text, or undefined when the value is fine.
 * Limits are kubeadm's (constants.go, validation.go).
 */
export const TOKEN_PATTERN = /^[a-z0-9]{6}\.[a-z0-9]{16}$/;
export const BOOTSTRAP_GROUP_PATTERN = /^system:bootstrappers:[a-z0-9:-]{0,255}[a-z0-9]$/;
const IMAGE_REPOSITORY = /^[a-zA-Z0-9]([a-zA-Z0-9.-]*[a-zA-Z0-9])?(:[0-9]+)?(\/[a-z0-9]+(([._]|__|-+)[a-z0-9]+)*)*$/;
const IMAGE_TAG = /^[\w][\w.-]{0,127}$/;
const MIN_SERVICE_ADDRESSES = 10n;
const MAX_SERVICE_HOST_BITS = 20;
const MIN_POD_ADDRESSES = 14n;
export const token = (v) => (TOKEN_PATTERN.test(v) ? undefined : 'not a bootstrap token: expected the form [a-z0-9]{6}.[a-z0-9]{16}');
export const certificateKey = (v) => /^[0-9a-fA-F]{64}$/.test(v) ? undefined : 'must be 64 hexadecimal characters (a 32-byte AES key)';
export const caCertHash = (v) => /^sha256:[0-9a-fA-F]{64}$/.test(v) ? undefined : 'must have the form sha256:<64 hexadecimal characters>';
export const ip = (v) => (isIp(v) ? undefined : 'not a valid IP address');
export const absolutePath = (v) => (isAbsolute(v) ? undefined : 'must be an absolute path');
export const duration = (v) => {
    const ns = parseGoDuration(v);
    if (ns === undefined)
        return 'not a duration (e.g. 30s, 4m0s, 24h)';
    return ns < 0n ? 'must not be negative' : undefined;
};
export const rfc3339 = (v) => /^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/.test(v) && !Number.isNaN(Date.parse(v))
    ? undefined
    : 'not an RFC 3339 time (e.g. 2030-01-02T15:04:05Z)';
export const nodeName = (v) => isDns1123Subdomain(v)
    ? undefined
    : 'must be a lowercase RFC 1123 subdomain (a-z, 0-9, "-" and ".", starting and ending alphanumeric, at most 253 characters)';
export const dnsDomain = nodeName;
export const hostPort = (v) => checkHostPort(v, false);
export const hostAndPort = (v) => checkHostPort(v, true);
export const certSan = (v) => isIp(v) || isDns1123Subdomain(v) || isWildcardDns1123Subdomain(v)
    ? undefined
    : 'not a valid IP address, DNS name or wildcard DNS name';
export const imageRepository = (v) => (IMAGE_REPOSITORY.test(v) ? undefined : 'invalid image repository format');
export const imageTag = (v) => (IMAGE_TAG.test(v) ? undefined : 'invalid image tag');
export const criSocket = (v) => (/^unix:\/\/\/?.+/.test(v) ? undefined : 'must be a unix:// URL, e.g. unix:///var/run/containerd/containerd.sock');
export const kubernetesVersion = (v) => /^v?\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?(\+[0-9A-Za-z.-]+)?$/.test(v) ||
    /^(stable|latest)(-\d+(\.\d+)?)?$/.test(v) ||
    /^ci\/.+/.test(v)
    ? undefined
    : 'not a Kubernetes version (e.g. v1.37.2) or release label (stable, stable-1, latest-1.37)';
export function url(v) {
    let parsed;
    try {
        parsed = new URL(v);
    }
    catch {
        return 'not a URL with a scheme (e.g. https://10.0.0.5:2379)';
    }
    if (!parsed.hostname)
        return 'the URL has no host';
    return undefined;
}
export function discoveryFile(v) {
    if (v.startsWith('file://'))
        return absolutePath(v.slice('file://'.length));
    if (/^[a-zA-Z][a-zA-Z0-9+.-]*:\/\//.test(v)) {
        return v.startsWith('https://') ? url(v) : 'if a URL is used, the scheme must be https';
    }
    return absolutePath(v);
}
/** A comma-separated list of one CIDR, or two of different families (dual-stack). */
export function parseSubnets(v) {
    const parts = v.split(',');
    const cidrs = [];
    for (const part of parts) {
        const c = parseCidr(part.trim());
        if (!c)
            return { error: `"${part}" is not a CIDR (e.g. 10.96.0.0/12)` };
        cidrs.push(c);
    }
    if (cidrs.length > 2 || (cidrs.length === 2 && cidrs[0].family === cidrs[1].family)) {
        return { error: 'expected one (IPv4 or IPv6) CIDR or two CIDRs from each family for dual-stack networking' };
    }
    return { cidrs };
}
export function serviceSubnet(v) {
    const parsed = parseSubnets(v);
    if ('error' in parsed)
        return parsed.error;
    for (const c of parsed.cidrs) {
        if (cidrSize(c) < MIN_SERVICE_ADDRESSES)
            return `subnet /${c.prefix} is too small, the minimum is ${MIN_SERVICE_ADDRESSES} addresses`;
        if (c.bits - c.prefix > MAX_SERVICE_HOST_BITS) {
            return `specified service subnet is too large; for ${c.bits}-bit addresses, the mask must be >= ${c.bits - MAX_SERVICE_HOST_BITS}`;
        }
    }
    return undefined;
}
export function podSubnet(v) {
    const parsed = parseSubnets(v);
    if ('error' in parsed)
        return parsed.error;
    for (const c of parsed.cidrs) {
        if (cidrSize(c) < MIN_POD_ADDRESSES)
            return `subnet /${c.prefix} is too small, the minimum is ${MIN_POD_ADDRESSES} addresses`;
    }
    return undefined;
}
//# sourceMappingURL=checks.js.map