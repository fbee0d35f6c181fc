import { createHash, X509Certificate } from 'node:crypto';

/** kubeadm's --discovery-token-ca-cert-hash: sha256 over the CA certificate's DER SubjectPublicKeyInfo. */
export function caCertHash(caPem: string | Buffer): string {
  const spki = new X509Certificate(caPem).publicKey.export({ type: 'spki', format: 'der' });
  return `sha256:${createHash('sha256').update(spki).digest('hex')}`;
}
