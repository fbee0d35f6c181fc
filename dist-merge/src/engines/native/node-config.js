import { loadKubeadmConfig } from '../../kubeadm/config/index.js';
import { initConfig } from '../kubeadm/config.js';
export function nodeConfig(cluster, endpoint, host, secrets) {
    const text = initConfig(cluster, endpoint, host, secrets);
    const loaded = loadKubeadmConfig(text, { source: 'the native engine configuration' });
    const init = loaded.init;
    return {
        text,
        init,
        cluster: loaded.cluster,
        kubelet: loaded.kubeletConfiguration ?? { apiVersion: 'kubelet.config.k8s.io/v1beta1', kind: 'KubeletConfiguration' },
        kubeProxy: loaded.kubeProxyConfiguration ?? { apiVersion: 'kubeproxy.config.k8s.io/v1alpha1', kind: 'KubeProxyConfiguration' },
        nodeName: init.nodeRegistration.name ?? host.name,
        advertiseAddress: init.localAPIEndpoint.advertiseAddress ?? host.address,
        bindPort: init.localAPIEndpoint.bindPort,
    };
}
export { durationMs, pkiInputs, kubeconfigInputs } from '../../kubeadm/node-settings.js';
//# sourceMappingURL=node-config.js.map