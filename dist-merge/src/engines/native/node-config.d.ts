import type { ClusterFile, HostSpec } from '../../config/cluster.js';
import type { ClusterConfiguration, InitConfiguration } from '../../kubeadm/config/types.js';
/**
 * The kubeadm configuration of one node, as the kubeadm engine would hand it to `kubeadm init`: one source of
 * truth (src/engines/kubeadm/config.ts initConfig), parsed and defaulted by our v1beta4 loader. For a joining
 * node the InitConfiguration part carries that node's name and advertise address.
 */
export interface NodeConfig {
    text: string;
    init: InitConfiguration;
    cluster: ClusterConfiguration;
    kubelet: Record<string, unknown>;
    kubeProxy: Record<string, unknown>;
    nodeName: string;
    advertiseAddress: string;
    bindPort: number;
}
export declare function nodeConfig(cluster: ClusterFile, endpoint: {
    host: string;
    port: number;
}, host: HostSpec, secrets: {
    token: string;
    certificateKey?: string;
}): NodeConfig;
export { durationMs, pkiInputs, kubeconfigInputs } from '../../kubeadm/node-settings.js';
