export declare const CERTIFICATE_KEY_BYTES = 32;
/** A new certificate key: 32 random bytes, hex (as `kubeadm certs certificate-key`). */
export declare function certificateKey(): string;
export declare function decodeCertificateKey(key: string): Buffer;
/** AES-256-GCM, laid out as kubeadm does: nonce (12) || ciphertext || tag (16), no additional data. */
export declare function encrypt(plaintext: Buffer, key: Buffer): Buffer;
export declare function decrypt(sealed: Buffer, key: Buffer): Buffer;
