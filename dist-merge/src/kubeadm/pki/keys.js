import { createHash, createPrivateKey, createPublicKey, generateKeyPair, generatePrime } from 'node:crypto';
import { promisify } from 'node:util';
export const encryptionAlgorithms = ['RSA-2048', 'RSA-3072', 'RSA-4096', 'ECDSA-P256', 'ECDSA-P384'];
const generate = promisify(generateKeyPair);
const prime = (bits) => new Promise((resolve, reject) => generatePrime(bits, { bigint: true }, (err, p) => (err ? reject(err) : resolve(p))));
export async function generatePrivateKey(algorithm) {
    switch (algorithm) {
        case 'ECDSA-P256':
            return (await generate('ec', { namedCurve: 'prime256v1' })).privateKey;
        case 'ECDSA-P384':
            return (await generate('ec', { namedCurve: 'secp384r1' })).privateKey;
        default:
            return generateRsaKey(Number(algorithm.slice(4)));
    }
}
const E = 65537n;
function modInverse(a, m) {
    let [r0, r1, s0, s1] = [a % m, m, 1n, 0n];
    while (r1 !== 0n) {
        const q = r0 / r1;
        [r0, r1] = [r1, r0 - q * r1];
        [s0, s1] = [s1, s0 - q * s1];
    }
    if (r0 !== 1n)
        throw new Error('not invertible');
    return ((s0 % m) + m) % m;
}
const gcd = (a, b) => (b === 0n ? a : gcd(b, a % b));
function base64url(value) {
    const hex = value.toString(16);
    return Buffer.from(hex.length % 2 ? `0${hex}` : hex, 'hex').toString('base64url');
}
/** A prime of `bits` bits (top two set, by OpenSSL) with gcd(p−1, e) = 1. */
async function rsaPrime(bits) {
    for (;;) {
        const p = await prime(bits);
        if ((p - 1n) % E !== 0n)
            return p;
    }
}
/**
 * An RSA key (e = 65537) from two primes of node:crypto's generatePrime (OpenSSL's BN_generate_prime_ex2: CSPRNG,
 * sieve, 64 Miller-Rabin rounds), with FIPS 186-5 A.1.3's checks. Not generateKeyPair: for e = 65537 and ≥ 2048
 * bits OpenSSL 3.0 takes its SP 800-56B path, measured here at ~195 ms of CPU per RSA-2048 key against ~90 ms for two
 * generatePrime calls and ~79 ms for Go 1.26's rsa.GenerateKey (kubeadm's). The primes run on libuv's threadpool.
 */
async function generateRsaKey(bits) {
    const half = bits / 2;
    for (;;) {
        const [p, q] = await Promise.all([rsaPrime(half), rsaPrime(half)]);
        const n = p * q;
        const diff = p > q ? p - q : q - p;
        if (n.toString(2).length !== bits || diff <= 1n << BigInt(half - 100))
            continue;
        const lambda = ((p - 1n) * (q - 1n)) / gcd(p - 1n, q - 1n);
        const d = modInverse(E, lambda);
        if (d <= 1n << BigInt(half))
            continue;
        return createPrivateKey({
            format: 'jwk',
            key: {
                kty: 'RSA',
                n: base64url(n),
                e: base64url(E),
                d: base64url(d),
                p: base64url(p),
                q: base64url(q),
                dp: base64url(d % (p - 1n)),
                dq: base64url(d % (q - 1n)),
                qi: base64url(modInverse(q, p)),
            },
        });
    }
}
/** PEM the way kubeadm writes keys: RSA → PKCS#1 `RSA PRIVATE KEY`, ECDSA → SEC1 `EC PRIVATE KEY`. */
export function privateKeyPem(key) {
    const type = key.asymmetricKeyType === 'rsa' ? 'pkcs1' : 'sec1';
    return key.export({ type, format: 'pem' }).toString();
}
/** PKIX `PUBLIC KEY` PEM (sa.pub). */
export function publicKeyPem(key) {
    return createPublicKey(key).export({ type: 'spki', format: 'pem' }).toString();
}
/** Loads an RSA or ECDSA private key PEM (PKCS#1, SEC1 or PKCS#8); anything else is rejected like kubeadm does. */
export function parsePrivateKey(pem) {
    const key = createPrivateKey(pem);
    if (key.asymmetricKeyType !== 'rsa' && key.asymmetricKeyType !== 'ec') {
        throw new Error(`unsupported private key type ${key.asymmetricKeyType ?? 'unknown'}`);
    }
    return key;
}
/** Which of kubeadm's algorithms a key is, or undefined for anything else. */
export function algorithmOf(key) {
    const details = key.asymmetricKeyDetails ?? {};
    if (key.asymmetricKeyType === 'rsa') {
        const name = `RSA-${details.modulusLength ?? 0}`;
        return encryptionAlgorithms.includes(name) ? name : undefined;
    }
    if (details.namedCurve === 'prime256v1')
        return 'ECDSA-P256';
    if (details.namedCurve === 'secp384r1')
        return 'ECDSA-P384';
    return undefined;
}
export function publicKeyDer(key) {
    return createPublicKey(key).export({ type: 'spki', format: 'der' });
}
/**
 * Subject key identifier as Go ≥1.25 computes it (and so kubeadm v1.37): the first 160 bits of SHA-256
 * over the subjectPublicKey BIT STRING contents (RFC 7093 method 1).
 */
export function subjectKeyId(key) {
    return createHash('sha256').update(subjectPublicKeyBits(publicKeyDer(key))).digest().subarray(0, 20);
}
/** The BIT STRING payload (without the unused-bits byte) of a DER SubjectPublicKeyInfo. */
function subjectPublicKeyBits(spki) {
    const header = (offset) => {
        let length = spki[offset + 1];
        let size = 2;
        if (length & 0x80) {
            const n = length & 0x7f;
            length = 0;
            for (let i = 0; i < n; i++)
                length = length * 256 + spki[offset + 2 + i];
            size += n;
        }
        return { start: offset + size, end: offset + size + length };
    };
    const outer = header(0);
    const algorithm = header(outer.start);
    const bits = header(algorithm.end);
    return spki.subarray(bits.start + 1, bits.end);
}
//# sourceMappingURL=keys.js.map