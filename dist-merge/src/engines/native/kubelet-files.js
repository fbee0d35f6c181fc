import { posix } from 'node:path';
import { toKubeYaml } from '../../kubeadm/config/print.js';
import { argumentsToCommand } from '../../kubeadm/manifests/args.js';
import { dnsServiceIp } from './addons.js';
export const KUBELET_DIR = '/var/lib/kubelet';
export const KUBELET_CONFIG_PATH = `${KUBELET_DIR}/config.yaml`;
export const KUBELET_FLAGS_PATH = `${KUBELET_DIR}/kubeadm-flags.env`;
export const KUBELET_INSTANCE_CONFIG_PATH = `${KUBELET_DIR}/instance-config.yaml`;
/**
 * The cluster-wide KubeletConfiguration: the user's document with kubeadm's defaults filled in
 * (componentconfigs/kubelet.go Default). This is what goes to the kubelet-config ConfigMap.
 */
export function kubeletConfiguration(user, cfg) {
    const out = { ...user, apiVersion: 'kubelet.config.k8s.io/v1beta1', kind: 'KubeletConfiguration' };
    out['featureGates'] ??= {};
    out['staticPodPath'] ??= '/etc/kubernetes/manifests';
    out['clusterDNS'] ??= [dnsServiceIp(cfg.networking.serviceSubnet)];
    out['clusterDomain'] ??= cfg.networking.dnsDomain;
    const authn = { ...(out['authentication'] ?? {}) };
    authn['x509'] = { clientCAFile: posix.join(cfg.certificatesDir, 'ca.crt'), ...(authn['x509'] ?? {}) };
    authn['anonymous'] = { enabled: false, ...(authn['anonymous'] ?? {}) };
    authn['webhook'] = { enabled: true, ...(authn['webhook'] ?? {}) };
    out['authentication'] = authn;
    out['authorization'] = { mode: 'Webhook', ...(out['authorization'] ?? {}) };
    out['healthzBindAddress'] ??= '127.0.0.1';
    out['healthzPort'] ??= 10248;
    out['rotateCertificates'] = true;
    out['cgroupDriver'] ??= 'systemd';
    return out;
}
/**
 * The node's kubelet files: config.yaml (the cluster config with this node's instance config patched in),
 * instance-config.yaml (the CRI socket, NodeLocalCRISocket) and kubeadm-flags.env.
 */
export function kubeletFiles(clusterKubelet, reg, hostname, options = {}) {
    const config = { ...clusterKubelet, containerRuntimeEndpoint: reg.criSocket };
    const flags = [];
    if (options.registerTaints && reg.taints && reg.taints.length > 0) {
        flags.push({ name: 'register-with-taints', value: reg.taints.map((t) => `${t.key}${t.value ? `=${t.value}` : ''}:${t.effect}`).join(',') });
    }
    const nodeName = reg.kubeletExtraArgs.findLast((a) => a.name === 'hostname-override')?.value ?? reg.name ?? hostname;
    if (nodeName !== hostname)
        flags.push({ name: 'hostname-override', value: nodeName });
    const args = argumentsToCommand(flags, reg.kubeletExtraArgs);
    return [
        { path: KUBELET_CONFIG_PATH, data: toKubeYaml(config), mode: 0o644 },
        { path: KUBELET_INSTANCE_CONFIG_PATH, data: `containerRuntimeEndpoint: ${JSON.stringify(reg.criSocket)}\n`, mode: 0o644 },
        { path: KUBELET_FLAGS_PATH, data: `KUBELET_KUBEADM_ARGS="${args.join(' ')}"\n`, mode: 0o644 },
    ];
}
//# sourceMappingURL=kubelet-files.js.map