import type { ClusterFile } from '../../config/cluster.js';
import { type ClusterContext } from '../../cluster/context.js';
import { type HostStep } from '../../plan/step.js';
/**
 * `kubeadm certs renew` on each control plane in turn, as kubeadm's certificate management documentation says:
 * the certificates renewed, then the static pods that read them restarted, its apiserver out of the load balancers
 * meanwhile. Done on a host when every named certificate was renewed at or after `since` and each of those static
 * pods started after that.
 */
export declare function renewCertificatesStep(names: readonly string[], since: Date): HostStep<ClusterFile, ClusterContext>;
