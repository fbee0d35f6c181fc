import type { ClusterContext } from '../../cluster/context.js';
/** `kubeadm certs renew`, done by kubeha on the host's files. */
export declare function renewCertificates(ctx: ClusterContext, name: string, names: readonly string[]): Promise<void>;
/** `kubeadm init phase certs apiserver` over a removed pair, done by kubeha. */
export declare function reissueApiserverCertificate(ctx: ClusterContext, name: string): Promise<void>;
