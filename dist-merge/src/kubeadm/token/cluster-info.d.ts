import type { KubeObject } from './objects.js';
export declare const CLUSTER_INFO_KUBECONFIG_KEY = "kubeconfig";
export declare const JWS_KEY_PREFIX = "jws-kubeconfig-";
/** The kubeconfig cluster-info carries: only the cluster (under the empty name), no users or contexts. */
export declare function clusterInfoKubeconfig(server: string, caPem: string): string;
/** The `kube-public/cluster-info` ConfigMap (the bootstrap signer adds the `jws-kubeconfig-<id>` keys). */
export declare function clusterInfoConfigMap(server: string, caPem: string): KubeObject;
