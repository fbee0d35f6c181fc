import type { ClusterFile, HostSpec } from '../../config/cluster.js';
import { loadKubeadmConfig } from '../../kubeadm/config/index.js';
import { parseGoDuration } from '../../kubeadm/config/duration.js';
import type { ClusterConfiguration, InitConfiguration, KubeadmConfig } from '../../kubeadm/config/types.js';
import type { PkiInputs } from '../../kubeadm/pki/certlist.js';
import type { KubeconfigInputs } from '../../kubeadm/kubeconfig/kubeconfig.js';
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

export function durationMs(text: string): number {
  const ns = parseGoDuration(text);
  if (ns === undefined) throw new Error(`invalid duration ${text}`);
  return Number(ns / 1_000_000n);
}

export function pkiInputs(c: NodeConfig): PkiInputs {
  const cfg = c.cluster;
  return {
    nodeName: c.nodeName,
    advertiseAddress: c.advertiseAddress,
    ...(cfg.controlPlaneEndpoint ? { controlPlaneEndpoint: cfg.controlPlaneEndpoint } : {}),
    serviceSubnet: cfg.networking.serviceSubnet,
    dnsDomain: cfg.networking.dnsDomain,
    certSANs: cfg.apiServer.certSANs,
    etcdServerSANs: cfg.etcd.local?.serverCertSANs ?? [],
    etcdPeerSANs: cfg.etcd.local?.peerCertSANs ?? [],
    encryptionAlgorithm: cfg.encryptionAlgorithm,
    certificateValidityPeriod: durationMs(cfg.certificateValidityPeriod),
    caCertificateValidityPeriod: durationMs(cfg.caCertificateValidityPeriod),
    externalEtcd: cfg.etcd.external !== undefined,
    certificatesDir: cfg.certificatesDir,
  };
}

export function kubeconfigInputs(c: NodeConfig): KubeconfigInputs {
  const cfg = c.cluster;
  return {
    nodeName: c.nodeName,
    advertiseAddress: c.advertiseAddress,
    bindPort: c.bindPort,
    ...(cfg.controlPlaneEndpoint ? { controlPlaneEndpoint: cfg.controlPlaneEndpoint } : {}),
    clusterName: cfg.clusterName,
    encryptionAlgorithm: cfg.encryptionAlgorithm,
    certificateValidityPeriod: durationMs(cfg.certificateValidityPeriod),
    certificatesDir: cfg.certificatesDir,
    kubeconfigDir: '/etc/kubernetes',
  };
}
