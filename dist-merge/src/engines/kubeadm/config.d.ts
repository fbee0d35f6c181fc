import type { ClusterFile, HostSpec } from '../../config/cluster.js';
import type { ClusterContext } from '../../cluster/context.js';
import type { JoinSecrets } from '../../cluster/secrets.js';
import type { Host } from '../../transport/host.js';
/** Where kubeha keeps the kubeadm config it hands to kubeadm on each host (0600: it holds secrets). */
export declare const INIT_CONFIG_PATH = "/etc/kubeha/kubeadm-init.yaml";
export declare const JOIN_CONFIG_PATH = "/etc/kubeha/kubeadm-join.yaml";
export declare const UPGRADE_CONFIG_PATH = "/etc/kubeha/kubeadm-upgrade.yaml";
export declare const CERTS_CONFIG_PATH = "/etc/kubeha/kubeadm-certs.yaml";
export declare const CRI_SOCKET = "unix:///run/containerd/containerd.sock";
type Doc = Record<string, unknown>;
/** Deep merge: objects merge, everything else (lists included) is replaced by `over`. */
export declare function deepMerge(under: Doc, over: Doc): Doc;
/** The user's extra kubeadm documents (spec.kubeadm), by kind. */
export declare function userDocuments(cluster: ClusterFile): Map<string, Doc>;
/** `kubeadm init --config` for the first control plane: the certificate key lives here, never on the command line. */
export declare function initConfig(cluster: ClusterFile, endpoint: {
    host: string;
    port: number;
}, host: HostSpec, secrets: {
    token: string;
    certificateKey?: string;
}): string;
/**
 * `kubeadm certs renew|init phase certs --config` on a control plane: this node's InitConfiguration (no token, no
 * certificate key) and the cluster's ClusterConfiguration, so kubeadm needs neither the API nor a default route.
 */
export declare function certsConfig(cluster: ClusterFile, endpoint: {
    host: string;
    port: number;
}, host: HostSpec): string;
export declare function writeCertsConfig(ctx: ClusterContext, host: Host): Promise<void>;
/** `kubeadm join --config` for a control plane or a worker. */
export declare function joinConfig(cluster: ClusterFile, endpoint: {
    host: string;
    port: number;
}, host: HostSpec, secrets: {
    token: string;
    caCertHash: string;
    certificateKey?: string;
}): string;
/** kubeha's init config on this host, 0600 (it holds the token and the certificate key): both engines' `--config`. */
export declare function writeInitConfig(ctx: ClusterContext, host: Host, secrets: {
    token: string;
    certificateKey?: string;
}): Promise<void>;
/** The join config for this host, 0600 (it holds the token and the certificate key). */
export declare function writeJoinConfig(ctx: ClusterContext, host: Host, secrets: JoinSecrets): Promise<void>;
/**
 * `kubeadm upgrade apply|node --config` for ctx's release: the user's UpgradeConfiguration (spec.kubeadm; the lab
 * names the preflight checks it skips there) with apply.kubernetesVersion set to the target.
 */
export declare function upgradeConfig(cluster: ClusterFile): string;
export declare function writeUpgradeConfig(ctx: ClusterContext, host: Host): Promise<void>;
export {};
