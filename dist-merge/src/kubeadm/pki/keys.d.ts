import { type KeyObject } from 'node:crypto';
/** kubeadm's `ClusterConfiguration.encryptionAlgorithm` values. */
export type EncryptionAlgorithm = 'RSA-2048' | 'RSA-3072' | 'RSA-4096' | 'ECDSA-P256' | 'ECDSA-P384';
export declare const encryptionAlgorithms: readonly EncryptionAlgorithm[];
export declare function generatePrivateKey(algorithm: EncryptionAlgorithm): Promise<KeyObject>;
/** PEM the way kubeadm writes keys: RSA → PKCS#1 `RSA PRIVATE KEY`, ECDSA → SEC1 `EC PRIVATE KEY`. */
export declare function privateKeyPem(key: KeyObject): string;
/** PKIX `PUBLIC KEY` PEM (sa.pub). */
export declare function publicKeyPem(key: KeyObject): string;
/** Loads an RSA or ECDSA private key PEM (PKCS#1, SEC1 or PKCS#8); anything else is rejected like kubeadm does. */
export declare function parsePrivateKey(pem: string | Buffer): KeyObject;
/** Which of kubeadm's algorithms a key is, or undefined for anything else. */
export declare function algorithmOf(key: KeyObject): EncryptionAlgorithm | undefined;
export declare function publicKeyDer(key: KeyObject): Buffer;
/**
 * Subject key identifier as Go ≥1.25 computes it (and so kubeadm v1.37): the first 160 bits of SHA-256
 * over the subjectPublicKey BIT STRING contents (RFC 7093 method 1).
 */
export declare function subjectKeyId(key: KeyObject): Buffer;
