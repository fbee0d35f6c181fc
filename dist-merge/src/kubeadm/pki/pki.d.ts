import { X509Certificate, type KeyObject } from 'node:crypto';
import type { Host } from '../../transport/host.js';
import { type PkiInputs } from './certlist.js';
export declare const KEY_FILE_MODE = 384;
export declare const CERT_FILE_MODE = 420;
/** kubeadm writes sa.pub with its key writer, so 0600 too (observed with kubeadm v1.37.2). */
export declare const SA_PUB_FILE_MODE = 384;
export interface PkiResult {
    name: string;
    action: 'created' | 'reused';
    /** Normalised SANs of created/reused serving certs, for the caller's "signed for" message. */
    dnsNames?: string[];
    ips?: string[];
}
export interface EnsurePkiOptions {
    /** Phase names to run (`ca`, `apiserver`, …, `sa`); all when undefined. */
    only?: readonly string[];
    /** kubeadm's start time; NotBefore is this minus 5 minutes. */
    now?: Date;
}
export declare function certPath(certificatesDir: string, baseName: string): string;
export declare function keyPath(certificatesDir: string, baseName: string): string;
/** Loads a cert/key pair that exists and belongs together; undefined if either file is missing. */
export declare function loadPair(host: Host, dir: string, baseName: string): Promise<{
    cert: X509Certificate;
    key: KeyObject;
} | undefined>;
/**
 * Creates the missing certificates and keys of kubeadm's list under `inputs.certificatesDir`, reusing every
 * existing valid pair untouched (as `kubeadm init phase certs` does). New files go to the host in one write.
 */
export declare function ensurePki(host: Host, inputs: PkiInputs, options?: EnsurePkiOptions): Promise<PkiResult[]>;
