import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
export const CERTIFICATE_KEY_BYTES = 32;
/** A new certificate key: 32 random bytes, hex (as `kubeadm certs certificate-key`). */
export function certificateKey() {
    return randomBytes(CERTIFICATE_KEY_BYTES).toString('hex');
}
export function decodeCertificateKey(key) {
    const bytes = /^[0-9a-fA-F]*$/.test(key) ? Buffer.from(key, 'hex') : Buffer.alloc(0);
    if (bytes.length !== CERTIFICATE_KEY_BYTES)
        throw new Error(`the certificate key must be ${CERTIFICATE_KEY_BYTES * 2} hex characters`);
    return bytes;
}
/** AES-256-GCM, laid out as kubeadm does: nonce (12) || ciphertext || tag (16), no additional data. */
export function encrypt(plaintext, key) {
    const nonce = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', key, nonce);
    const body = Buffer.concat([cipher.update(plaintext), cipher.final()]);
    return Buffer.concat([nonce, body, cipher.getAuthTag()]);
}
export function decrypt(sealed, key) {
    if (sealed.length < 12 + 16)
        throw new Error('size of data is less than the nonce and tag size');
    const decipher = createDecipheriv('aes-256-gcm', key, sealed.subarray(0, 12));
    decipher.setAuthTag(sealed.subarray(sealed.length - 16));
    return Buffer.concat([decipher.update(sealed.subarray(12, sealed.length - 16)), decipher.final()]);
}
//# sourceMappingURL=crypto.js.map