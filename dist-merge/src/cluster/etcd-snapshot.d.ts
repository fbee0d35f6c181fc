import type { LoadedCluster } from '../config/cluster.js';
import { type ClusterContext } from './context.js';
import { type OpenOptions } from './up.js';
/** What is written beside a snapshot (`<file>.json`): whose it is, so that a restore can refuse a stranger's. */
export interface SnapshotIdentity {
    /** metadata.name of the cluster file. */
    cluster: string;
    kubernetesVersion: string;
    topology: 'stacked' | 'external';
    /** etcd's cluster ID (hex) and revision when the snapshot was taken. */
    etcdClusterId: string;
    revision: string;
    /** The member's host it was taken from. */
    from: string;
    takenAt: string;
    sha256: string;
    bytes: number;
}
/** A snapshot saved on this machine: its identity, and where it and its identity file are. */
export interface SavedSnapshot extends SnapshotIdentity {
    path: string;
    /** The identity file beside it. */
    identityPath: string;
}
export declare const identityPath: (snapshot: string) => string;
/** `etcdctl endpoint status -w json` with the 64-bit ids kept exact (JSON numbers would round them). */
export declare function parseEndpointStatus(stdout: string): {
    clusterId: string;
    revision: string;
};
/**
 * `etcdctl snapshot save` on the first etcd member that answers (a control plane when stacked, an etcd host when
 * external), streamed to `path` on this machine over the host's connection (0600: it holds every Secret of the
 * cluster; written atomically), with its sha256 and the cluster's identity in `<path>.json`.
 */
export declare function saveEtcdSnapshot(ctx: ClusterContext, path: string): Promise<SavedSnapshot>;
/** The default snapshot file: next to the admin kubeconfig, named by the time. */
export declare function defaultSnapshotPath(ctx: Pick<ClusterContext, 'adminKubeconfigPath'>, at?: Date): string;
/** `kubeha etcd snapshot`: opens the cluster, saves a snapshot to `out` (or the default path), closes. */
export declare function snapshotEtcd(loaded: LoadedCluster, options: OpenOptions & {
    out?: string;
}): Promise<SavedSnapshot>;
/** Reads a snapshot's identity file and checks the snapshot's sha256 against it. */
export declare function verifySnapshot(path: string): Promise<{
    identity?: SnapshotIdentity;
    sha256: string;
    bytes: number;
}>;
