import { X509Certificate } from 'node:crypto';
/** kubeadm's CA pin: `sha256:` + hex SHA-256 of the certificate's DER SubjectPublicKeyInfo. */
export declare function caCertHash(cert: X509Certificate | string | Buffer): string;
export declare function isValidPin(pin: string): boolean;
/** Every certificate in a PEM bundle. */
export declare function parseCertBundle(pem: string): X509Certificate[];
