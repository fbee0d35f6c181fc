import type { ClusterConfiguration } from '../kubeadm/config/types.js';
import type { ExecOptions, ExecResult, Host } from '../transport/host.js';
/**
 * etcdctl with the host's healthcheck-client certificate (signed by the etcd CA): the narrow way to etcd.
 *
 * Hosts have no etcdctl of their own; the one inside the cluster's etcd image (kubeha's image and the upstream
 * registry.k8s.io/etcd images both carry /usr/local/bin/etcdctl) is run through containerd's `ctr`, in the
 * host's network, with the etcd certificate directory bound read-only. The image is the one the etcd static pod
 * runs (etcdImage: imageRepository, or etcd.local's, and kubeadm's pinned tag), so it is on every host that runs
 * etcd, and on every host the lab makes. One call (`endpoint health` against three members, container created,
 * run and removed) took 142–160 ms on a lab control plane (2-core VM, five calls, test/e2e/native-up.test.ts),
 * 155–243 ms with `timeout` around it and another engineer's cluster running on the same machine.
 */
/** What etcdctl needs of the cluster's configuration: where the certificates are and which etcd image it runs. */
export type EtcdctlCluster = Pick<ClusterConfiguration, 'certificatesDir' | 'imageRepository' | 'kubernetesVersion' | 'etcd'>;
export interface EtcdctlOptions extends ExecOptions {
    dialTimeout?: string;
    commandTimeout?: string;
    /** A host directory bound read-write at the same path (where `snapshot save` writes). */
    writableDir?: string;
}
/** A fresh container id per call: a call killed half-way leaves its container behind, never in the next one's way. */
export declare function etcdctlContainerId(): string;
/** The argv of one etcdctl call on a host (pure; the unit tests pin it). */
export declare function etcdctlArgv(cluster: EtcdctlCluster, endpoints: readonly string[], args: readonly string[], options: {
    id: string;
    timeoutSeconds: number;
    dialTimeout?: string;
    commandTimeout?: string;
    writableDir?: string;
}): string[];
/** ctr's words for an image that is not in the namespace: `ctr: image "<ref>": not found`. */
export declare function missingImage(result: Pick<ExecResult, 'code' | 'stderr'>, image: string): boolean;
export declare function etcdctl(host: Host, cluster: EtcdctlCluster, endpoints: readonly string[], args: readonly string[], options?: EtcdctlOptions): Promise<ExecResult>;
/**
 * etcdutl (offline: `snapshot restore`) from the same etcd image, with one host directory bound read-write at the
 * same path; it needs no certificates.
 */
export declare function etcdutl(host: Host, cluster: EtcdctlCluster, args: readonly string[], options: ExecOptions & {
    writableDir: string;
}): Promise<ExecResult>;
