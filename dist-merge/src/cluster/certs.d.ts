import type { LoadedCluster } from '../config/cluster.js';
import { type CertificateExpirationInfo } from '../kubeadm/pki/expiration.js';
import { type Plan } from '../plan/plan.js';
import type { StepOutcome } from '../plan/runner.js';
import { type OpenOptions } from './up.js';
/** How `renewCertificates` runs: which certificates, and the usual event sink and connector. */
export interface RenewOptions extends OpenOptions {
    /** kubeadm's names (`apiserver`, `admin.conf`, …) or `all` (the default). */
    names?: readonly string[];
    dryRun?: boolean;
    signal?: AbortSignal;
}
/** What a renewal did: its plan, each step's outcome, and the names renewed. */
export interface RenewResult {
    plan: Plan;
    outcomes: StepOutcome[];
    /** What was renewed: on each control plane, and (external etcd) the members' certificates on each etcd host. */
    names: string[];
}
/** The plan of `certs renew`: pure. */
export declare function planRenewCertificates(loaded: LoadedCluster, options?: Pick<RenewOptions, 'names'>): Plan;
/**
 * `kubeadm certs renew` on every control plane, one at a time: new keys and a new validity for kubeadm's leaf
 * certificates and the kubeconfig files' client certificates (CAs stay), then that control plane's static pods
 * restarted (etcd, the apiserver out of the load balancers, controller-manager, scheduler), then the user's
 * admin kubeconfig. Each engine does its hosts' part (kubeadm: `kubeadm certs renew`).
 */
export declare function renewCertificates(loaded: LoadedCluster, options: RenewOptions): Promise<RenewResult>;
/** A kubelet's client certificate and whether the kubelet rotates it. */
export interface KubeletClientCertificate {
    /** /var/lib/kubelet/pki/kubelet-client-current.pem's NotAfter; undefined when it is missing. */
    expirationDate?: Date;
    residualTimeSeconds?: number;
    /** KubeletConfiguration rotateCertificates: the kubelet renews its client certificate itself. */
    rotation: boolean;
}
/** One host's certificates, as `checkCertificateExpiration` read them. */
export interface HostCertificates {
    host: string;
    role: string;
    /** Why nothing could be read (unreachable host). */
    error?: string;
    /** kubeadm's check-expiration on a control plane; an etcd host's member certificates (external etcd). */
    kubeadm?: CertificateExpirationInfo;
    etcd?: {
        name: string;
        expirationDate?: Date;
        residualTimeSeconds?: number;
    }[];
    kubelet?: KubeletClientCertificate;
}
/** Every host's certificates, and the one nearest to expiry. */
export interface CertificateReport {
    hosts: HostCertificates[];
    /** The certificate nearest to expiry anywhere (not counting those the kubelet rotates). */
    soonest?: {
        host: string;
        name: string;
        expirationDate: Date;
    };
}
/**
 * `kubeadm certs check-expiration` on every host at once: kubeadm's list on each control plane, the member
 * certificates on etcd hosts, and on every node the kubelet's client certificate and whether the kubelet rotates it.
 * Read-only.
 */
export declare function checkCertificateExpiration(loaded: LoadedCluster, options: OpenOptions): Promise<CertificateReport>;
