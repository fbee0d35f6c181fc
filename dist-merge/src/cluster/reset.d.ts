import { engineOfHost, type LoadedCluster } from '../config/cluster.js';
import { type OpenOptions } from './up.js';
import type { Host } from '../transport/host.js';
export declare function resetHost(cluster: Parameters<typeof engineOfHost>[0], host: Host): Promise<void>;
/** Read-only: nothing of a node is left on the host (kubeconfigs, static pods, etcd data, kubelet state). */
export declare function resetLeftovers(host: Host): Promise<string[]>;
/**
 * `kubeha reset`: what `kubeadm reset` does, on the named hosts (all of the file's nodes with --all), and their
 * Nodes deleted, so that the next `up` joins them again. A control plane's etcd member is left to `up`, which
 * removes a member whose host no longer runs etcd before anything joins.
 */
export declare function reset(loaded: LoadedCluster, names: readonly string[], options: OpenOptions): Promise<{
    host: string;
    reset: boolean;
}[]>;
