import { type EventSink } from '../events.js';
import { type ArtifactSet, type ArtifactVersions } from './layout.js';
export interface EnsureOptions {
    /** Kubernetes release, e.g. v1.37.2 (default DEFAULT_KUBERNETES_VERSION). */
    version?: string;
    /** Use this directory (bin/ cni/ images/ versions.json) as it is, instead of the cache. */
    sourceDir?: string;
    emit?: EventSink;
    /** The cache root (default cacheRoot(): $XDG_CACHE_HOME/kubeha); artifacts/ and build/ live below it. */
    cacheRoot?: string;
    /**
     * Where official release binaries are downloaded from (default $KUBEHA_RELEASE_URL; unset means no
     * download). Opt-in, so that kubeha never reaches off the machine unless told to: users with internet
     * pass DEFAULT_RELEASE_BASE_URL (`--release-url https://dl.k8s.io/release`). null skips downloading.
     */
    releaseBaseUrl?: string | null;
    downloadTimeoutMs?: number;
}
/** Every binary an entry holds in bin/, besides the Kubernetes ones. */
export declare const EXTRA_BINARIES: readonly ["etcd", "etcdctl", "etcdutl", "coredns", "flanneld", "install-conf"];
export declare const CNI_PLUGINS: readonly ["flannel"];
/** The images `kubeadm config images list` names for this release, e.g. registry.k8s.io/etcd:3.7.0-0. */
export declare function kubeadmImages(kubeadm: string, version: string): Promise<string[]>;
export declare function versionsFromImages(version: string, refs: readonly string[]): ArtifactVersions;
/**
 * Makes sure the artifacts for one Kubernetes release exist and returns where they are. Sources, in order:
 * the user's directory; a complete cache entry; for whatever is missing, official release downloads (checked
 * against their .sha256) and builds from the Go module proxy. A new entry is assembled in a staging directory,
 * its manifest written last, and renamed into place; intact files of a damaged entry are reused.
 */
export declare function ensureArtifacts(options?: EnsureOptions): Promise<ArtifactSet>;
