import { X509Certificate } from 'node:crypto';
import type { Host } from '../../transport/host.js';
import { type AltNames } from './alt-names.js';
import { type CertSpec, type PkiInputs } from './certlist.js';
import { type Issuer } from './certificate.js';
/**
 * `kubeadm certs renew`: every leaf certificate of kubeadm's list and the client certificates of the kubeconfig
 * files it manages, signed again by the local CA with a new key and a new validity, keeping each certificate's
 * subject and SANs ("extra attributes such as SANs will be based on the existing file/certificates",
 * `kubeadm certs renew --help`). CAs are not renewed; a CA without its key (external CA) cannot sign.
 */
/** The kubeconfig files whose client certificate kubeadm renews (kubelet.conf: the kubelet rotates its own). */
export declare const RENEWED_KUBECONFIGS: readonly ["admin.conf", "super-admin.conf", "controller-manager.conf", "scheduler.conf"];
/** `kubeadm certs renew`'s sub-commands in its order (without `all`), for this PKI (external etcd: no etcd ones). */
export declare function renewableNames(externalEtcd: boolean): string[];
/** What an external etcd member holds, by kubeadm's names (`kubeadm certs renew` on an etcd host renews these). */
export declare const ETCD_MEMBER_NAMES: readonly ["etcd-server", "etcd-peer", "etcd-healthcheck-client"];
/** The static pods to restart after renewing `names`, etcd first (the apiserver is its client), then kubeadm's order. */
export declare function readersOf(names: readonly string[]): string[];
/** The DNS names and IPs of a certificate's SubjectAltName extension. */
export declare function altNamesOf(cert: X509Certificate): AltNames;
/** The SANs of `spec` the certificate lacks ("DNS:name" / "IP:addr"); empty when it has them all. */
export declare function missingSans(cert: X509Certificate, spec: Pick<CertSpec, 'altNames'>): string[];
export interface RenewedCertificate {
    name: string;
    /** Undefined when the file is not there (super-admin.conf exists only where init ran): skipped, as kubeadm does. */
    notAfter?: Date;
}
interface RenewInputs {
    pki: PkiInputs;
    /** Where admin.conf and the others are (kubeadm: /etc/kubernetes). */
    kubeconfigDir: string;
    /** CAs by kubeadm's name (`etcd-ca`) that this host does not hold: an external etcd member's CA is on the first etcd host. */
    issuers?: ReadonlyMap<string, Issuer>;
}
/**
 * Renews `names` (kubeadm's names: `apiserver`, `admin.conf`, …) on this host in one write. A missing file is
 * skipped (kubeadm prints "MISSING!" and goes on); an unknown name, or a CA whose key is absent, is an error
 * naming it, and then nothing is written.
 */
export declare function renewCertificates(host: Host, inputs: RenewInputs, names: readonly string[], now?: Date): Promise<RenewedCertificate[]>;
/**
 * A new apiserver serving certificate for the SANs `pki` asks for now (kubeadm's `init phase certs apiserver`
 * after the old pair is removed), signed by this host's CA with a new key.
 */
export declare function reissueApiserverCertificate(host: Host, pki: PkiInputs, now?: Date): Promise<void>;
export {};
