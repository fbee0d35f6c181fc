import { createHash } from 'node:crypto';
import { toKubeYaml } from '../../kubeadm/config/print.js';
import type { ClusterConfiguration } from '../../kubeadm/config/types.js';
import { DEFAULT_NODE_TOKEN_GROUP, type KubeObject } from '../../kubeadm/token/objects.js';

/** The objects kubeadm init's upload-config, kubelet and admin phases create (v1.37), as plain JSON. */

const RBAC = 'rbac.authorization.k8s.io/v1';
const NODES_GROUP = 'system:nodes';
export const CLUSTER_ADMINS_GROUP = 'kubeadm:cluster-admins';
export const COMPONENT_CONFIG_HASH_ANNOTATION = 'kubeadm.kubernetes.io/component-config.hash';

type Subject = { kind: 'Group' | 'User'; name: string } | { kind: 'ServiceAccount'; name: string; namespace: string };

function subject(s: Subject) {
  return s.kind === 'ServiceAccount' ? s : { apiGroup: 'rbac.authorization.k8s.io', ...s };
}

export function role(name: string, namespace: string, rules: unknown[]): KubeObject {
  return { apiVersion: RBAC, kind: 'Role', metadata: { name, namespace }, rules };
}

export function roleBinding(name: string, namespace: string, roleName: string, subjects: Subject[]): KubeObject {
  return {
    apiVersion: RBAC,
    kind: 'RoleBinding',
    metadata: { name, namespace },
    roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'Role', name: roleName },
    subjects: subjects.map(subject),
  };
}

export function clusterRoleBinding(name: string, clusterRole: string, subjects: Subject[]): KubeObject {
  return {
    apiVersion: RBAC,
    kind: 'ClusterRoleBinding',
    metadata: { name },
    roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name: clusterRole },
    subjects: subjects.map(subject),
  };
}

/** admin.conf's group gets cluster-admin through this binding (created with super-admin.conf). */
export function clusterAdminsBinding(): KubeObject {
  return clusterRoleBinding('kubeadm:cluster-admins', 'cluster-admin', [{ kind: 'Group', name: CLUSTER_ADMINS_GROUP }]);
}

function configMap(name: string, data: Record<string, string>, annotations?: Record<string, string>): KubeObject {
  return {
    apiVersion: 'v1',
    kind: 'ConfigMap',
    metadata: { name, namespace: 'kube-system', ...(annotations ? { annotations } : {}) },
    data,
  };
}

function getConfigMapRule(name: string) {
  return [{ apiGroups: [''], resources: ['configmaps'], resourceNames: [name], verbs: ['get'] }];
}

/** Drops empty lists and objects, as kubeadm's serialiser omits empty fields. */
function compact(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(compact);
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    const c = compact(v);
    if (Array.isArray(c) && c.length === 0) continue;
    if (c !== null && typeof c === 'object' && !Array.isArray(c) && Object.keys(c).length === 0 && k !== 'local') continue;
    out[k] = c;
  }
  return out;
}

/** The ClusterConfiguration as stored in kubeadm-config (v1beta4, component configs apart). */
export function clusterConfigurationYaml(cfg: ClusterConfiguration): string {
  return toKubeYaml(compact({ apiVersion: 'kubeadm.k8s.io/v1beta4', ...cfg }));
}

export function kubeadmConfigObjects(cfg: ClusterConfiguration): KubeObject[] {
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
export function configMapChecksum(data: Record<string, string>): string {
  const hash = createHash('sha256');
  for (const key of Object.keys(data).sort()) hash.update(data[key]!);
  return `sha256:${hash.digest('hex')}`;
}

/** kube-system/kubelet-config and who may read it; signed only when kubeadm generated the content. */
export function kubeletConfigObjects(kubeletYaml: string, userSupplied: boolean): KubeObject[] {
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
