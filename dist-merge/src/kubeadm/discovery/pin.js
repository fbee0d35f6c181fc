import { createHash, X509Certificate } from 'node:crypto';
const PIN_RE = /^sha256:[0-9a-f]{64}$/;
/** kubeadm's CA pin: `sha256:` + hex SHA-256 of the certificate's DER SubjectPublicKeyInfo. */
export function caCertHash(cert) {
    const x = cert instanceof X509Certificate ? cert : new X509Certificate(cert);
    const spki = x.publicKey.export({ type: 'spki', format: 'der' });
    return `sha256:${createHash('sha256').update(spki).digest('hex')}`;
}
export function isValidPin(pin) {
    return PIN_RE.test(pin.toLowerCase());
}
/** Every certificate in a PEM bundle. */
export function parseCertBundle(pem) {
    const blocks = pem.match(/-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g) ?? [];
    return blocks.map((b) => new X509Certificate(b));
}
//# sourceMappingURL=pin.js.map