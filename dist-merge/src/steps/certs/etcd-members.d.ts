import { type ClusterFile } from '../../config/cluster.js';
import type { ClusterContext } from '../../cluster/context.js';
import { type HostStep } from '../../plan/step.js';
/**
 * External etcd: `kubeadm certs renew` of the member certificates on each etcd host in turn (the companion guide's
 * hosts are kubeadm-managed), signed by the etcd CA of the first etcd host, then the member restarted so that it
 * serves them, healthy before the next one (one member down at a time keeps quorum). Done on a host when the named
 * certificates were renewed at or after `since` and, if it reads them, etcd started after that.
 */
export declare function renewEtcdMembersStep(names: readonly string[], since: Date): HostStep<ClusterFile, ClusterContext>;
