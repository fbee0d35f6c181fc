import { homedir } from 'node:os';
import { join } from 'node:path';

/**
 * Where the artifacts for one Kubernetes release live, and what they are called. The cache is outside
 * the repository, keyed by version, under the user's cache directory.
 *
 * Layout of an artifact directory:
 *   bin/     kube-apiserver kube-controller-manager kube-scheduler kube-proxy kubelet kubeadm kubectl
 *            etcd etcdctl flanneld
 *   cni/     the flannel CNI plugin (`flannel`); the standard plugins come from Debian (/usr/lib/cni)
 *   images/  one OCI archive per image, plus images.json: [{ "ref": "registry.k8s.io/pause:3.10.2", "file": "…" }]
 *   versions.json  { kubernetes, etcd, coredns, pause, flannel, flannelCniPlugin }
 */

/** The pinned release (see README: newest stable patch that builds here and runs on cgroup v1). */
export const DEFAULT_KUBERNETES_VERSION = 'v1.37.2';

export function cacheRoot(): string {
  const base = process.env['XDG_CACHE_HOME'] || join(homedir(), '.cache');
  return join(base, 'kubeha');
}

export function artifactsDir(version: string = DEFAULT_KUBERNETES_VERSION): string {
  return join(cacheRoot(), 'artifacts', version);
}

export const KUBERNETES_BINARIES = [
  'kube-apiserver',
  'kube-controller-manager',
  'kube-scheduler',
  'kube-proxy',
  'kubelet',
  'kubeadm',
  'kubectl',
] as const;

export interface ArtifactVersions {
  kubernetes: string;
  etcd: string;
  coredns: string;
  pause: string;
  flannel: string;
  flannelCniPlugin: string;
}

export interface ImageArchive {
  /** The full reference kubelet will ask for, e.g. registry.k8s.io/kube-apiserver:v1.37.2. */
  ref: string;
  /** Path of the OCI archive, absolute. */
  file: string;
  /** The image's digest in the archive, where the host's copy must match it (spec.images: a tag may be rebuilt). */
  digest?: string;
}

export interface ArtifactSet {
  version: string;
  dir: string;
  binDir: string;
  cniDir: string;
  imagesDir: string;
  versions: ArtifactVersions;
  images: readonly ImageArchive[];
}
