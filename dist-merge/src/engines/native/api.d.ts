import { type ClusterApi } from '../../kubeadm/token/cluster-api.js';
import type { KubeObject } from '../../kubeadm/token/objects.js';
/**
 * How the native engine talks to the API server: @kubernetes/client-node from the admin machine, behind the
 * kubeadm core's narrow ClusterApi (apply / create / get). Errors are redacted: they may echo objects.
 */
export type { ClusterApi };
/** A client with a kubeconfig's credentials, optionally pointed at another server (the local API endpoint). */
export declare function apiFromKubeconfig(text: string, server?: string): Promise<ClusterApi>;
/** kubeadm's bootstrap-token client: the token as bearer, the discovered CA. */
export declare function tokenApi(server: string, caPem: string, token: string): Promise<ClusterApi>;
/**
 * Discovery's anonymous GET of kube-public/cluster-info, as plain HTTPS: anonymous may read that one object but
 * not the discovery documents a generic client needs. Without a CA the TLS peer is not checked (the JWS and the
 * CA pin are checked instead); with one it is.
 */
export declare function getClusterInfo(server: string, caPem?: string): Promise<Record<string, string> | undefined>;
export declare function applyAll(api: ClusterApi, objects: readonly KubeObject[]): Promise<void>;
/** mark-control-plane: the two labels and the taints (kubeadm's default taint when none are configured), kept existing taints. */
export declare function markControlPlane(api: ClusterApi, nodeName: string, taints: {
    key: string;
    value?: string;
    effect: string;
}[] | undefined, timeoutMs: number): Promise<void>;
