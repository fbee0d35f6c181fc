import type { ClusterConfiguration } from '../../kubeadm/config/types.js';
import { type KubeObject } from '../../kubeadm/token/objects.js';
export declare const CLUSTER_ADMINS_GROUP = "kubeadm:cluster-admins";
export declare const COMPONENT_CONFIG_HASH_ANNOTATION = "kubeadm.kubernetes.io/component-config.hash";
type Subject = {
    kind: 'Group' | 'User';
    name: string;
} | {
    kind: 'ServiceAccount';
    name: string;
    namespace: string;
};
export declare function role(name: string, namespace: string, rules: unknown[]): KubeObject;
export declare function roleBinding(name: string, namespace: string, roleName: string, subjects: Subject[]): KubeObject;
export declare function clusterRoleBinding(name: string, clusterRole: string, subjects: Subject[]): KubeObject;
/** admin.conf's group gets cluster-admin through this binding (created with super-admin.conf). */
export declare function clusterAdminsBinding(): KubeObject;
/** The ClusterConfiguration as stored in kubeadm-config (v1beta4, component configs apart). */
export declare function clusterConfigurationYaml(cfg: ClusterConfiguration): string;
export declare function kubeadmConfigObjects(cfg: ClusterConfiguration): KubeObject[];
/** kubeadm's ChecksumForConfigMap: sha256 over the data values in key order. */
export declare function configMapChecksum(data: Record<string, string>): string;
/** kube-system/kubelet-config and who may read it; signed only when kubeadm generated the content. */
export declare function kubeletConfigObjects(kubeletYaml: string, userSupplied: boolean): KubeObject[];
export {};
