import { hostname } from 'node:os';
import { InputError } from '../errors.js';
import type { Host } from '../transport/host.js';
import { parseGoDuration } from './config/duration.js';
import type { ClusterConfiguration, KubeadmConfig, Timeouts } from './config/types.js';
import type { KubeconfigInputs } from './kubeconfig/kubeconfig.js';
import { CA_CERTS_EXTRA_DIRS, controlPlanePods, etcdPod, writeStaticPods, type EtcdMember, type StaticPod } from './manifests/index.js';
import { MANIFESTS_DIR } from './manifests/write.js';
import type { PkiInputs } from './pki/certlist.js';

/**
 * One node's view of a kubeadm configuration: the ClusterConfiguration plus what the Init (or Join) configuration
 * says about this node. The native engine and the node-local CLI both build the PKI, kubeconfigs and static pods
 * from it.
 */
export interface NodeSettings {
  cluster: ClusterConfiguration;
  nodeName: string;
  advertiseAddress: string;
  bindPort: number;
  init: { timeouts: Timeouts };
}

export function durationMs(text: string): number {
  const ns = parseGoDuration(text);
  if (ns === undefined) throw new Error(`invalid duration ${text}`);
  return Number(ns / 1_000_000n);
}

/**
 * The settings of this machine from a loaded `--config` file, as kubeadm init resolves them: the node name
 * defaults to the lower-cased hostname; the advertise address must be given (kubeha does not guess it from routes).
 */
export function nodeSettingsFromConfig(loaded: KubeadmConfig, source: string, machineName: string = hostname().toLowerCase()): NodeSettings {
  const init = loaded.init;
  const cluster = loaded.cluster;
  if (!init || !cluster) {
    throw new InputError(`reading ${source}`, [{ path: 'InitConfiguration', message: 'an InitConfiguration or ClusterConfiguration document is required' }]);
  }
  const advertiseAddress = init.localAPIEndpoint.advertiseAddress;
  if (!advertiseAddress) {
    throw new InputError(`reading ${source}`, [{ path: 'InitConfiguration.localAPIEndpoint.advertiseAddress', message: 'is required (kubeha does not guess it)' }]);
  }
  return { cluster, nodeName: init.nodeRegistration.name ?? machineName, advertiseAddress, bindPort: init.localAPIEndpoint.bindPort, init };
}

export function pkiInputs(c: NodeSettings): PkiInputs {
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

export function kubeconfigInputs(c: NodeSettings, kubeconfigDir = '/etc/kubernetes'): KubeconfigInputs {
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
    kubeconfigDir,
  };
}

/** Which of kubeadm's optional CA directories exist on the host (read-only probe). */
export async function existingCaCertDirs(host: Host): Promise<string[]> {
  const r = await host.exec(['sh', '-c', 'for d in "$@"; do if [ -d "$d" ]; then echo "$d"; fi; done', 'sh', ...CA_CERTS_EXTRA_DIRS], {
    doing: 'looking for CA certificate directories',
  });
  return r.stdout.split('\n').filter(Boolean);
}

export type ControlPlaneComponentName = 'kube-apiserver' | 'kube-controller-manager' | 'kube-scheduler';
export const CONTROL_PLANE_COMPONENTS: readonly ControlPlaneComponentName[] = ['kube-apiserver', 'kube-controller-manager', 'kube-scheduler'];

/** `init phase control-plane`: the static pods of the named components (all three by default). */
export async function writeControlPlaneManifests(
  host: Host,
  c: NodeSettings,
  options: { only?: readonly ControlPlaneComponentName[]; dir?: string } = {},
): Promise<StaticPod[]> {
  const facts = {
    nodeName: c.nodeName,
    advertiseAddress: c.advertiseAddress,
    bindPort: c.bindPort,
    existingCaCertDirs: await existingCaCertDirs(host),
    controlPlaneComponentHealthCheck: c.init.timeouts.controlPlaneComponentHealthCheck,
  };
  const pods = controlPlanePods(c.cluster, facts);
  const chosen = (options.only ?? CONTROL_PLANE_COMPONENTS).map((name) => pods[name]);
  await writeStaticPods(host, chosen, options.dir ?? MANIFESTS_DIR);
  return chosen;
}

/** `init phase etcd local` (no initial cluster) or the join's etcd static pod. */
export async function writeEtcdManifest(host: Host, c: NodeSettings, initialCluster: readonly EtcdMember[] = [], dir: string = MANIFESTS_DIR): Promise<StaticPod> {
  const facts = { nodeName: c.nodeName, advertiseAddress: c.advertiseAddress, controlPlaneComponentHealthCheck: c.init.timeouts.controlPlaneComponentHealthCheck };
  const pod = etcdPod(c.cluster, facts, initialCluster);
  await writeStaticPods(host, [pod], dir);
  return pod;
}
