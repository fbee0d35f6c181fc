import { X509Certificate as NodeX509, type KeyObject } from 'node:crypto';
import { type AltNames } from './alt-names.js';
import type { ExtKeyUsage } from './certlist.js';
export interface CertificateRequest {
    commonName: string;
    organization: readonly string[];
    usages: readonly ExtKeyUsage[];
    altNames: AltNames;
    isCA: boolean;
    notBefore: Date;
    notAfter: Date;
}
export interface Issuer {
    cert: NodeX509;
    key: KeyObject;
}
/**
 * Creates a certificate with the extensions Go's x509 gives kubeadm's templates, in the same order:
 * KeyUsage (critical), ExtKeyUsage, BasicConstraints (critical), SKI (CAs) / AKI (signed certs), SAN.
 * Self-signed when no issuer is given.
 */
export declare function createCertificate(request: CertificateRequest, key: KeyObject, issuer?: Issuer): Promise<NodeX509>;
export declare function certificatePem(cert: NodeX509): string;
/** Seconds precision, as certificates store times. */
export declare function truncateToSeconds(date: Date): Date;
