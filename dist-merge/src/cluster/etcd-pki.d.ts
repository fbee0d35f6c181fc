import type { FileToWrite, Host } from '../transport/host.js';
import { type PkiInputs } from '../kubeadm/pki/certlist.js';
import { type Issuer } from '../kubeadm/pki/certificate.js';
/**
 * External etcd's PKI as the companion guide "Set up a High Availability etcd cluster with kubeadm" builds it:
 * one etcd CA, created once on the first etcd host (its key never leaves it), and per-host leaf certificates
 * signed with it — the members' server/peer/healthcheck-client and the apiserver-etcd-client of the first
 * control plane. kubeha signs the leafs itself and writes them to the host that uses them.
 */
export type EtcdLeaf = 'etcd-server' | 'etcd-peer' | 'etcd-healthcheck-client' | 'apiserver-etcd-client';
/** Where a leaf goes: kubeadm's path under the certificates dir, or an explicit one (etcd.external files). */
export interface LeafTarget {
    leaf: EtcdLeaf;
    certPath: string;
    keyPath: string;
}
/** Creates the etcd CA on the first etcd host if it is missing (reused untouched otherwise), and returns it. */
export declare function ensureEtcdCa(first: Host, inputs: PkiInputs): Promise<Issuer>;
/** The etcd CA as the first etcd host holds it; a step that needs it runs after etcd/cluster. */
export declare function readEtcdCa(first: Host, certificatesDir: string): Promise<Issuer>;
/** What leaf files (and the CA certificate) this host lacks or holds wrongly; nothing when all hold. */
export declare function missingLeafFiles(host: Host, issuer: Issuer, inputs: PkiInputs, targets: readonly LeafTarget[], caCertPath: string, 
/** Every target anew (new keys, a new validity), however valid the old files are: a renewal. */
renew?: boolean): Promise<FileToWrite[]>;
/** Writes what missingLeafFiles finds, in one transfer. */
export declare function ensureLeafs(host: Host, issuer: Issuer, inputs: PkiInputs, targets: readonly LeafTarget[], caCertPath: string): Promise<void>;
/** A member's three leafs at kubeadm's paths. */
export declare function memberLeafTargets(certificatesDir: string): LeafTarget[];
