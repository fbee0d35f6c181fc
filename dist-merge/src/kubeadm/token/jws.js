import { createHmac, timingSafeEqual } from 'node:crypto';
const b64url = (data) => Buffer.from(data).toString('base64url');
/**
 * The detached compact JWS (RFC 7515 appendix F) kube-controller-manager's bootstrap signer puts in
 * cluster-info: HS256 keyed with the token secret, protected header `{"alg":"HS256","kid":"<id>"}` (go-jose
 * marshals a map, so keys are sorted), payload left out: `<header>..<signature>`.
 */
export function computeDetachedSignature(content, tokenId, tokenSecret) {
    const header = b64url(JSON.stringify({ alg: 'HS256', kid: tokenId }));
    const signature = createHmac('sha256', Buffer.from(tokenSecret)).update(`${header}.${b64url(content)}`).digest();
    return `${header}..${b64url(signature)}`;
}
/** True when `detached` is the signature of `content` with this token (constant-time compare). */
export function detachedSignatureIsValid(detached, content, tokenId, tokenSecret) {
    const expected = Buffer.from(computeDetachedSignature(content, tokenId, tokenSecret));
    const given = Buffer.from(detached);
    return expected.length === given.length && timingSafeEqual(expected, given);
}
//# sourceMappingURL=jws.js.map