import type { LoadedCluster } from '../config/cluster.js';
import { type OpenOptions } from './up.js';
/** Options of {@link remove}. */
export interface RemoveOptions extends OpenOptions {
    /** Remove even when it loses etcd quorum or leaves no control plane. */
    force?: boolean;
    /** Only say what would be done. */
    dryRun?: boolean;
}
/** What {@link remove} did, or in a dry-run would do. */
export interface RemoveResult {
    host: string;
    /** The host answered: drained and reset too. */
    graceful: boolean;
    /** What was done (or, in a dry-run, would be), in order; empty when nothing was left to do. */
    actions: string[];
}
/**
 * Takes a host out of the cluster. When it answers: cordon and drain, out of the load balancers, its etcd member
 * removed, what `kubeadm reset` does on it, its Node deleted. When it does not: all of that except the host
 * itself. Refuses (without `force`) a removal that would lose etcd quorum or leave no control plane. Idempotent:
 * what is already gone is skipped. The host stays in the cluster file until the user takes it out; `up` with
 * it still listed would bring it back.
 */
export declare function remove(loaded: LoadedCluster, name: string, options: RemoveOptions): Promise<RemoveResult>;
