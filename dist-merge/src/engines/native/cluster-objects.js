import { createHash } from 'node:crypto';
import { toKubeYaml } from '../../kubeadm/config/print.js';
import { DEFAULT_NODE_TOKEN_GROUP } from '../../kubeadm/token/objects.js';
/** The objects kubeadm init's upload-config, kubelet and admin phases create (v1.37), as plain JSON. */
const RBAC = 'rbac.authorization.k8s.io/v1';
const NODES_GROUP = 'system:nodes';
export const CLUSTER_ADMINS_GROUP = 'kubeadm:cluster-admins';
export const COMPONENT_CONFIG_HASH_ANNOTATION = 'kubeadm.kubernetes.io/component-config.hash';
function subject(s) {
    return s.kind === 'ServiceAccount' ? s : { apiGroup: 'rbac.authorization.k8s.io', ...s };
}
export function role(name, namespace, rules) {
    return { apiVersion: RBAC, kind: 'Role', metadata: { name, namespace }, rules };
}
export function roleBinding(name, namespace, roleName, subjects) {
    return {
        apiVersion: RBAC,
        kind: 'RoleBinding',
        metadata: { name, namespace },
        roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'Role', name: roleName },
        subjects: subjects.map(subject),
    };
}
export function clusterRoleBinding(name, clusterRole, subjects) {
    return {
        apiVersion: RBAC,
        kind: 'ClusterRoleBinding',
        metadata: { name },
        roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name: clusterRole },
        subjects: subjects.map(subject),
    };
}
/** admin.conf's group gets cluster-admin through this binding (created with super-admin.conf). */
export function clusterAdminsBinding() {
    return clusterRoleBinding('kubeadm:cluster-admins', 'cluster-admin', [{ kind: 'Group', name: CLUSTER_ADMINS_GROUP }]);
}
function configMap(name, data, annotations) {
    return {
        apiVersion: 'v1',
        kind: 'ConfigMap',
        metadata: { name, namespace: 'kube-system', ...(annotations ? { annotations } : {}) },
        data,
    };
}
function getConfigMapRule(name) {
    return [{ apiGroups: [''], resources: ['configmaps'], resourceNames: [name], verbs: ['get'] }];
}
/** Drops empty lists and objects, as kubeadm's serialiser omits empty fields. */
function compact(value) {
    if (Array.isArray(value))
        return value.map(compact);
    if (value === null || typeof value !== 'object')
        return value;
    const out = {};
    for (const [k, v] of Object.entries(value)) {
        const c = compact(v);
        if (Array.isArray(c) && c.length === 0)
            continue;
        if (c !== null && typeof c === 'object' && !Array.isArray(c) && Object.keys(c).length === 0 && k !== 'local')
            continue;
        out[k] = c;
    }
    return out;
}
/** The ClusterConfiguration as stored in kubeadm-config (v1beta4, component configs apart). */
export function clusterConfigurationYaml(cfg) {
    return toKubeYaml(compact({ apiVersion: 'kubeadm.k8s.io/v1beta4', ...cfg }));
}
export function kubeadmConfigObjects(cfg) {
    const name = 'kubeadm:nodes-kubeadm-config';
    return [
        configMap('kubeadm-config', { ClusterConfiguration: clusterConfigurationYaml(cfg) }),
        role(name, 'kube-system', getConfigMapRule('kubeadm-config')),
        roleBinding(name, 'kube-system', name, [
            { kind: 'Group', name: DEFAULT_NODE_TOKEN_GROUP },
            { kind: 'Group', name: NODES_GROUP },
        ]),
    ];
}
/** kubeadm's ChecksumForConfigMap: sha256 over the data values in key order. */
export function configMapChecksum(data) {
    const hash = createHash('sha256');
    for (const key of Object.keys(data).sort())
        hash.update(data[key]);
    return `sha256:${hash.digest('hex')}`;
}
/** kube-system/kubelet-config and who may read it; signed only when kubeadm generated the content. */
export function kubeletConfigObjects(kubeletYaml, userSupplied) {
    const data = { kubelet: kubeletYaml };
    const name = 'kubeadm:kubelet-config';
    return [
        configMap('kubelet-config', data, userSupplied ? undefined : { [COMPONENT_CONFIG_HASH_ANNOTATION]: configMapChecksum(data) }),
        role(name, 'kube-system', getConfigMapRule('kubelet-config')),
        roleBinding(name, 'kube-system', name, [
            { kind: 'Group', name: NODES_GROUP },
            { kind: 'Group', name: DEFAULT_NODE_TOKEN_GROUP },
        ]),
    ];
}
//# sourceMappingURL=cluster-objects.js.map