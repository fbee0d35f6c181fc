import { stringify } from 'yaml';
export const CLUSTER_INFO_KUBECONFIG_KEY = 'kubeconfig';
export const JWS_KEY_PREFIX = 'jws-kubeconfig-';
/** The kubeconfig cluster-info carries: only the cluster (under the empty name), no users or contexts. */
export function clusterInfoKubeconfig(server, caPem) {
    return stringify({
        apiVersion: 'v1',
        clusters: [{ cluster: { 'certificate-authority-data': Buffer.from(caPem).toString('base64'), server }, name: '' }],
        contexts: null,
        'current-context': '',
        kind: 'Config',
        preferences: {},
        users: null,
    }, { lineWidth: 0, indentSeq: false });
}
/** The `kube-public/cluster-info` ConfigMap (the bootstrap signer adds the `jws-kubeconfig-<id>` keys). */
export function clusterInfoConfigMap(server, caPem) {
    return {
        apiVersion: 'v1',
        kind: 'ConfigMap',
        metadata: { name: 'cluster-info', namespace: 'kube-public' },
        data: { [CLUSTER_INFO_KUBECONFIG_KEY]: clusterInfoKubeconfig(server, caPem) },
    };
}
//# sourceMappingURL=cluster-info.js.map