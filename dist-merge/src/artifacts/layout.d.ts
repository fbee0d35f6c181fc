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
export declare const DEFAULT_KUBERNETES_VERSION = "v1.37.2";
export declare function cacheRoot(): string;
export declare function artifactsDir(version?: string): string;
export declare const KUBERNETES_BINARIES: readonly ["kube-apiserver", "kube-controller-manager", "kube-scheduler", "kube-proxy", "kubelet", "kubeadm", "kubectl"];
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
