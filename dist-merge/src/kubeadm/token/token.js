import { randomBytes } from 'node:crypto';
import { InputError } from '../../errors.js';
const ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyz';
const TOKEN_RE = /^([a-z0-9]{6})\.([a-z0-9]{16})$/;
const ID_RE = /^[a-z0-9]{6}$/;
export const EXTRA_GROUP_RE = /^system:bootstrappers:[a-z0-9:-]{0,255}[a-z0-9]$/;
export const TOKEN_USAGES = ['signing', 'authentication'];
/** Random characters of [0-9a-z] without modulo bias: bytes ≥ 252 (7×36) are thrown away. */
export function randomTokenString(length) {
    let out = '';
    while (out.length < length) {
        for (const byte of randomBytes(length * 2)) {
            if (byte >= 252)
                continue;
            out += ALPHABET[byte % 36];
            if (out.length === length)
                break;
        }
    }
    return out;
}
export function generateToken() {
    return { id: randomTokenString(6), secret: randomTokenString(16) };
}
export function formatToken(token) {
    return `${token.id}.${token.secret}`;
}
export function isValidToken(text) {
    return TOKEN_RE.test(text);
}
export function isValidTokenId(id) {
    return ID_RE.test(id);
}
/** Parses `<id>.<secret>`; the error never repeats the value. */
export function parseToken(text, path = 'token') {
    const match = TOKEN_RE.exec(text);
    if (!match)
        throw new InputError('reading a bootstrap token', [{ path, message: 'must be of the form "[a-z0-9]{6}.[a-z0-9]{16}"' }]);
    return { id: match[1], secret: match[2] };
}
export function validateExtraGroups(groups, path = 'groups') {
    const issues = groups
        .map((g, i) => ({ g, i }))
        .filter(({ g }) => !EXTRA_GROUP_RE.test(g))
        .map(({ g, i }) => ({ path: `${path}[${i}]`, message: `${JSON.stringify(g)} must match ${EXTRA_GROUP_RE.source}` }));
    if (issues.length > 0)
        throw new InputError('validating bootstrap token groups', issues);
}
export function validateUsages(usages, path = 'usages') {
    const issues = usages
        .map((u, i) => ({ u, i }))
        .filter(({ u }) => !TOKEN_USAGES.includes(u))
        .map(({ u, i }) => ({ path: `${path}[${i}]`, message: `${JSON.stringify(u)} is not one of ${TOKEN_USAGES.join(', ')}` }));
    if (issues.length > 0)
        throw new InputError('validating bootstrap token usages', issues);
}
//# sourceMappingURL=token.js.map