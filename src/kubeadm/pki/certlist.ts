import { appendSans, endpointHost, firstServiceIp, type AltNames } from './alt-names.js';
import type { EncryptionAlgorithm } from './keys.js';
import { isIP } from 'node:net';

/** What the PKI needs from the kubeadm configuration (wired to ClusterConfiguration/InitConfiguration by the caller). */
export interface PkiInputs {
  nodeName: string;
  advertiseAddress: string;
  /** `host[:port]`; empty or undefined when not set. */
  controlPlaneEndpoint?: string;
  /** Comma list; the first CIDR gives the `kubernetes` Service IP. */
  serviceSubnet: string;
  dnsDomain: string;
  certSANs: readonly string[];
  etcdServerSANs: readonly string[];
  etcdPeerSANs: readonly string[];
  encryptionAlgorithm: EncryptionAlgorithm;
  /** Leaf validity in milliseconds (kubeadm default 8760h). */
  certificateValidityPeriod: number;
  /** CA validity in milliseconds (kubeadm default 87600h). */
  caCertificateValidityPeriod: number;
  externalEtcd: boolean;
  certificatesDir: string;
}

export const HOUR_MS = 3_600_000;

export const pkiDefaults = {
  serviceSubnet: '10.96.0.0/12',
  dnsDomain: 'cluster.local',
  encryptionAlgorithm: 'RSA-2048' as EncryptionAlgorithm,
  certificateValidityPeriod: 8760 * HOUR_MS,
  caCertificateValidityPeriod: 87600 * HOUR_MS,
  certificatesDir: '/etc/kubernetes/pki',
};

/** kubeadm's `CertificateBackdate`: NotBefore is the start time minus this. */
export const CERTIFICATE_BACKDATE_MS = 5 * 60_000;

export type ExtKeyUsage = 'serverAuth' | 'clientAuth';

/** One entry of kubeadm's declarative certificate list. */
export interface CertSpec {
  /** The phase name (`kubeadm init phase certs <name>`). */
  name: string;
  /** The file base name under the certificates dir, e.g. `etcd/server`. */
  baseName: string;
  /** The phase name of the signing CA; undefined for a self-signed CA. */
  ca?: string;
  commonName: string;
  organization: string[];
  usages: ExtKeyUsage[];
  /** SANs before normalisation (CAs get their CN as the only DNS name). */
  altNames: AltNames;
  /** certSANs entries that were neither IPs nor DNS names (kubeadm ignores them with a warning). */
  ignoredSans: string[];
}

export const saKeyBaseName = 'sa';

export function apiServerAltNames(inputs: PkiInputs): { altNames: AltNames; ignored: string[] } {
  const altNames: AltNames = {
    dnsNames: [
      inputs.nodeName,
      'kubernetes',
      'kubernetes.default',
      'kubernetes.default.svc',
      `kubernetes.default.svc.${inputs.dnsDomain}`,
    ],
    ips: [firstServiceIp(inputs.serviceSubnet), inputs.advertiseAddress],
  };
  if (inputs.controlPlaneEndpoint) {
    const host = endpointHost(inputs.controlPlaneEndpoint);
    if (isIP(host) !== 0) altNames.ips.push(host);
    else altNames.dnsNames.push(host);
  }
  const ignored = appendSans(altNames, inputs.certSANs);
  return { altNames, ignored };
}

export function etcdAltNames(inputs: PkiInputs, extra: readonly string[]): { altNames: AltNames; ignored: string[] } {
  const altNames: AltNames = { dnsNames: [inputs.nodeName, 'localhost'], ips: [inputs.advertiseAddress, '127.0.0.1', '::1'] };
  const ignored = appendSans(altNames, extra);
  return { altNames, ignored };
}

function ca(name: string, baseName: string, commonName: string): CertSpec {
  return { name, baseName, commonName, organization: [], usages: [], altNames: { dnsNames: [commonName], ips: [] }, ignoredSans: [] };
}

function leaf(name: string, baseName: string, caName: string, commonName: string, usages: ExtKeyUsage[]): CertSpec {
  return { name, baseName, ca: caName, commonName, organization: [], usages, altNames: { dnsNames: [], ips: [] }, ignoredSans: [] };
}

/**
 * kubeadm's certificate list in its order (`certs all`). External etcd drops the etcd CA, its leafs and
 * apiserver-etcd-client: those come from the user.
 */
export function certList(inputs: PkiInputs): CertSpec[] {
  const apiserver = apiServerAltNames(inputs);
  const server = etcdAltNames(inputs, inputs.etcdServerSANs);
  const peer = etcdAltNames(inputs, inputs.etcdPeerSANs);
  const list: CertSpec[] = [
    ca('ca', 'ca', 'kubernetes'),
    { ...leaf('apiserver', 'apiserver', 'ca', 'kube-apiserver', ['serverAuth']), altNames: apiserver.altNames, ignoredSans: apiserver.ignored },
    // No O since v1.37 (and the 1.33–1.36 patch backports): access comes from the
    // kubeadm:apiserver-kubelet-client ClusterRoleBinding instead of a group.
    leaf('apiserver-kubelet-client', 'apiserver-kubelet-client', 'ca', 'kube-apiserver-kubelet-client', ['clientAuth']),
    ca('front-proxy-ca', 'front-proxy-ca', 'front-proxy-ca'),
    leaf('front-proxy-client', 'front-proxy-client', 'front-proxy-ca', 'front-proxy-client', ['clientAuth']),
  ];
  if (inputs.externalEtcd) return list;
  list.push(
    ca('etcd-ca', 'etcd/ca', 'etcd-ca'),
    {
      ...leaf('etcd-server', 'etcd/server', 'etcd-ca', inputs.nodeName, ['serverAuth', 'clientAuth']),
      altNames: server.altNames,
      ignoredSans: server.ignored,
    },
    {
      ...leaf('etcd-peer', 'etcd/peer', 'etcd-ca', inputs.nodeName, ['serverAuth', 'clientAuth']),
      altNames: peer.altNames,
      ignoredSans: peer.ignored,
    },
    leaf('etcd-healthcheck-client', 'etcd/healthcheck-client', 'etcd-ca', 'kube-etcd-healthcheck-client', ['clientAuth']),
    leaf('apiserver-etcd-client', 'apiserver-etcd-client', 'etcd-ca', 'kube-apiserver-etcd-client', ['clientAuth']),
  );
  return list;
}

/** All phase names `kubeadm init phase certs` accepts, in order (incl. `sa`). */
export const certPhaseNames: readonly string[] = [
  'ca',
  'apiserver',
  'apiserver-kubelet-client',
  'front-proxy-ca',
  'front-proxy-client',
  'etcd-ca',
  'etcd-server',
  'etcd-peer',
  'etcd-healthcheck-client',
  'apiserver-etcd-client',
  'sa',
];
