import type { ClusterFile, HostSpec } from '../../config/cluster.js';
import { loadKubeadmConfig } from '../../kubeadm/config/index.js';
import type { ClusterConfiguration, InitConfiguration, KubeadmConfig } from '../../kubeadm/config/types.js';
import { initConfig } from '../kubeadm/config.js';

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

export function nodeConfig(
  cluster: ClusterFile,
  endpoint: { host: string; port: number },
  host: HostSpec,
  secrets: { token: string; certificateKey?: string },
): NodeConfig {
  const text = initConfig(cluster, endpoint, host, secrets);
  const loaded: KubeadmConfig = loadKubeadmConfig(text, { source: 'the native engine configuration' });
  const init = loaded.init!;
  return {
    text,
    init,
    cluster: loaded.cluster!,
    kubelet: loaded.kubeletConfiguration ?? { apiVersion: 'kubelet.config.k8s.io/v1beta1', kind: 'KubeletConfiguration' },
    kubeProxy: loaded.kubeProxyConfiguration ?? { apiVersion: 'kubeproxy.config.k8s.io/v1alpha1', kind: 'KubeProxyConfiguration' },
    nodeName: init.nodeRegistration.name ?? host.name,
    advertiseAddress: init.localAPIEndpoint.advertiseAddress ?? host.address,
    bindPort: init.localAPIEndpoint.bindPort,
  };
}

export { durationMs, pkiInputs, kubeconfigInputs } from '../../kubeadm/node-settings.js';
