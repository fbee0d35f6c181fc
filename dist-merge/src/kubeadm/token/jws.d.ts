/**
 * The detached compact JWS (RFC 7515 appendix F) kube-controller-manager's bootstrap signer puts in
 * cluster-info: HS256 keyed with the token secret, protected header `{"alg":"HS256","kid":"<id>"}` (go-jose
 * marshals a map, so keys are sorted), payload left out: `<header>..<signature>`.
 */
export declare function computeDetachedSignature(content: string, tokenId: string, tokenSecret: string): string;
/** True when `detached` is the signature of `content` with this token (constant-time compare). */
export declare function detachedSignatureIsValid(detached: string, content: string, tokenId: string, tokenSecret: string): boolean;
