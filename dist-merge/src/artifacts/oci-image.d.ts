/** Container images made offline with umoci, packed as OCI archives that `ctr images import` names right. */
export interface ImageConfig {
    entrypoint?: readonly string[];
    cmd?: readonly string[];
    env?: readonly string[];
    workingDir?: string;
}
export declare const DEFAULT_PATH = "PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin";
/** "registry.k8s.io/coredns/coredns:v1.14.6" → { name: "registry.k8s.io/coredns/coredns", tag: "v1.14.6" }. */
export declare function splitRef(ref: string): {
    name: string;
    tag: string;
};
/** A file name for an image archive: registry.k8s.io_coredns_coredns_v1.14.6.oci.tar. */
export declare function archiveName(ref: string): string;
/** Adds the full reference to the index so that containerd imports the image under that name. */
export declare function nameIndex(indexJson: string, ref: string): string;
/**
 * Builds one image: `populate` fills the root file system, umoci turns it into a single layer with the given
 * config, and the OCI layout is written to `outFile` as a tar archive (under a temporary name first).
 */
export declare function buildImageArchive(args: {
    ref: string;
    outFile: string;
    workRoot: string;
    config: ImageConfig;
    populate: (rootfs: string) => Promise<void>;
}): Promise<void>;
