import { stringify } from 'yaml';
import { labLogin, type LabState } from '../lab/index.js';
import { DEFAULT_KUBERNETES_VERSION } from '../artifacts/layout.js';
import type { EngineName } from '../config/cluster.js';

/**
 * What only a lab needs from the cluster config, kept in the cluster file (not in kubeha's defaults):
 * kube-proxy must not touch the conntrack sysctls (global, read-only from a host's network namespace), the
 * kubelet must not evict or collect images for a disk that is not the host's own, and kubeadm's preflight
 * checks that cannot pass in a namespace host are named one by one.
 */
export const LAB_KUBEADM_DOCUMENTS = [
  {
    apiVersion: 'kubeproxy.config.k8s.io/v1alpha1',
    kind: 'KubeProxyConfiguration',
    mode: 'iptables',
    conntrack: { maxPerCore: 0, tcpEstablishedTimeout: '0s', tcpCloseWaitTimeout: '0s' },
  },
  {
    apiVersion: 'kubelet.config.k8s.io/v1beta1',
    kind: 'KubeletConfiguration',
    cgroupDriver: 'cgroupfs',
    failCgroupV1: false,
    // Every lab host's filesystem is this machine's disk, mostly filled by others: the kubelet's default
    // thresholds (imagefs.available < 15 %) put all lab nodes under disk pressure at once when the machine
    // dipped below 15 % free (a Go build beside two lab clusters). Image GC then deleted the pause image, which
    // the lab cannot pull again, and kubeadm's upgrade timed out waiting for a static pod (upgrade e2e).
    imageGCHighThresholdPercent: 100,
    evictionHard: { 'memory.available': '100Mi', 'nodefs.available': '1Gi', 'imagefs.available': '1Gi', 'nodefs.inodesFree': '2%' },
  },
  {
    apiVersion: 'kubeadm.k8s.io/v1beta4',
    kind: 'InitConfiguration',
    nodeRegistration: { ignorePreflightErrors: ['SystemVerification'] },
  },
  {
    apiVersion: 'kubeadm.k8s.io/v1beta4',
    kind: 'JoinConfiguration',
    nodeRegistration: { ignorePreflightErrors: ['SystemVerification'] },
  },
  {
    apiVersion: 'kubeadm.k8s.io/v1beta4',
    kind: 'UpgradeConfiguration',
    apply: { ignorePreflightErrors: ['SystemVerification'] },
    node: { ignorePreflightErrors: ['SystemVerification'] },
  },
];

export interface LabClusterOptions {
  topology?: 'stacked' | 'external';
  engine?: EngineName;
  /** Hosts whose engine differs from `engine` (a mixed cluster), by host name. */
  hostEngines?: Readonly<Record<string, EngineName>>;
  certificates?: 'upload' | 'manual';
  kubernetesVersion?: string;
  /** spec.images: OCI archives on this machine that control planes and workers get besides the release's images. */
  images?: readonly string[];
}

/** A sudo host's login user, a jump target's jump host (with that host's own user): as a real cluster file says it. */
function hostSsh(lab: LabState, name: string): { ssh?: { user?: string; proxyJump?: string } } {
  const login = labLogin(lab, name);
  const ssh = {
    ...(login.user === 'root' ? {} : { user: login.user }),
    ...(login.jump === undefined ? {} : { proxyJump: `${labLogin(lab, login.jump.name).user}@${login.jump.name}` }),
  };
  return Object.keys(ssh).length === 0 ? {} : { ssh };
}

/** The cluster file for a lab: every lab host, reached over SSH with the lab's key and recorded host keys. */
export function labClusterFile(lab: LabState, options: LabClusterOptions = {}): string {
  const lbs = lab.hosts.filter((h) => h.role === 'load-balancer');
  return stringify({
    apiVersion: 'kubeha.dev/v1alpha1',
    kind: 'Cluster',
    metadata: { name: lab.name },
    spec: {
      kubernetesVersion: options.kubernetesVersion ?? DEFAULT_KUBERNETES_VERSION,
      engine: options.engine ?? 'native',
      topology: options.topology ?? (lab.hosts.some((h) => h.role === 'etcd') ? 'external' : 'stacked'),
      certificates: options.certificates ?? 'upload',
      ...(lbs.length > 1 ? { loadBalancer: { managed: { virtualIP: '10.250.7.250' } } } : {}),
      // Lab hosts start as fresh Debian machines: up installs what they lack, from the local artifacts.
      prepareHosts: true,
      ...(options.images?.length ? { images: [...options.images] } : {}),
      ssh: { user: 'root', privateKeyFile: lab.clientKeyFile, knownHostsFile: lab.knownHostsFile },
      hosts: lab.hosts.map((h) => ({
        name: h.name,
        address: h.address,
        role: h.role,
        ...(options.hostEngines?.[h.name] === undefined ? {} : { engine: options.hostEngines[h.name] }),
        ...hostSsh(lab, h.name),
      })),
      kubeadm: LAB_KUBEADM_DOCUMENTS.map((d) => stringify(d)).join('---\n'),
    },
  });
}
