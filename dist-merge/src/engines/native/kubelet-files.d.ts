import type { ClusterConfiguration, NodeRegistrationOptions } from '../../kubeadm/config/types.js';
import type { FileToWrite } from '../../transport/host.js';
export declare const KUBELET_DIR = "/var/lib/kubelet";
export declare const KUBELET_CONFIG_PATH = "/var/lib/kubelet/config.yaml";
export declare const KUBELET_FLAGS_PATH = "/var/lib/kubelet/kubeadm-flags.env";
export declare const KUBELET_INSTANCE_CONFIG_PATH = "/var/lib/kubelet/instance-config.yaml";
/**
 * The cluster-wide KubeletConfiguration: the user's document with kubeadm's defaults filled in
 * (componentconfigs/kubelet.go Default). This is what goes to the kubelet-config ConfigMap.
 */
export declare function kubeletConfiguration(user: Record<string, unknown>, cfg: ClusterConfiguration): Record<string, unknown>;
/**
 * The node's kubelet files: config.yaml (the cluster config with this node's instance config patched in),
 * instance-config.yaml (the CRI socket, NodeLocalCRISocket) and kubeadm-flags.env.
 */
export declare function kubeletFiles(clusterKubelet: Record<string, unknown>, reg: NodeRegistrationOptions, hostname: string, options?: {
    registerTaints?: boolean;
}): FileToWrite[];
