import { createHmac } from 'node:crypto';
/**
 * known_hosts as OpenSSH reads it: `pattern[,pattern…] keytype base64 [comment]`, where a pattern is a name or
 * address (`[name]:port` for a port other than 22), may hold `*` and `?`, and a leading `!` negates it; or one
 * hashed name, `|1|base64(salt)|base64(HMAC-SHA1(salt, name))` (Debian's default `HashKnownHosts yes`).
 * `@revoked` keys are never accepted; `@cert-authority` lines are not used. kubeha never accepts an unknown host
 * key; the lab records each host's key when it creates the host.
 */
export function hostKeysFor(knownHosts, names, port = 22) {
    // What OpenSSH looks up (names lower-cased): the bare name on port 22, `[name]:port` on any other.
    const lookups = names.map((n) => n.toLowerCase()).map((n) => (port === 22 ? n : `[${n}]:${port}`));
    const keys = [];
    const revoked = new Set();
    for (const raw of knownHosts.split('\n')) {
        let line = raw.trim();
        if (line === '' || line.startsWith('#'))
            continue;
        let marker;
        if (line.startsWith('@')) {
            marker = line.split(/\s+/, 1)[0];
            line = line.slice(marker.length).trim();
        }
        const [hostsField, type, b64] = line.split(/\s+/);
        if (!hostsField || !type || !b64)
            continue;
        if (marker === '@revoked') {
            revoked.add(`${type} ${b64}`);
            continue;
        }
        if (marker !== undefined)
            continue;
        if (lookups.some((name) => hostsFieldMatches(hostsField, name, port)))
            keys.push(`${type} ${b64}`);
    }
    return keys.filter((k) => !revoked.has(k));
}
function hostsFieldMatches(field, name, port) {
    if (field.startsWith('|1|'))
        return hashedMatches(field, name);
    let matched = false;
    for (const raw of field.split(',')) {
        const negated = raw.startsWith('!');
        let pattern = negated ? raw.slice(1) : raw;
        // `[name]:22` is how some tools write the default port.
        if (port === 22)
            pattern = pattern.replace(/^\[([^\]]+)\]:22$/, '$1');
        if (!globMatches(pattern, name))
            continue;
        if (negated)
            return false;
        matched = true;
    }
    return matched;
}
function hashedMatches(field, name) {
    const [, , salt, hash] = field.split('|');
    if (!salt || !hash)
        return false;
    const digest = createHmac('sha1', Buffer.from(salt, 'base64')).update(name).digest();
    return digest.equals(Buffer.from(hash, 'base64'));
}
function globMatches(pattern, name) {
    if (!/[*?]/.test(pattern))
        return pattern.toLowerCase() === name.toLowerCase();
    const re = pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.');
    return new RegExp(`^${re}$`, 'i').test(name);
}
//# sourceMappingURL=known-hosts.js.map