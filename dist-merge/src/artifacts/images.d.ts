import type { ImageConfig } from './oci-image.js';
/** What goes into each image: built binaries plus, where a component shells out, Debian's userland. */
export interface ImageRecipe {
    ref: string;
    config: ImageConfig;
    populate: (rootfs: string) => Promise<void>;
    /** The built binaries it contains: an archive made before one of them was (re)built is made again. */
    binaries?: readonly string[];
}
export interface ImageInputs {
    /** Built binaries by file name (kube-apiserver, etcd, coredns, flanneld, install-conf, ...). */
    bin: (file: string) => string;
    /** The flannel CNI plugin binary. */
    cniFlannel: string;
    /** The static pause program. */
    pause: string;
}
export declare const FLANNEL_IMAGE = "ghcr.io/flannel-io/flannel";
export declare const FLANNEL_CNI_PLUGIN_IMAGE = "ghcr.io/flannel-io/flannel-cni-plugin";
/** The recipe for one image kubeadm asks for, by its repository name. */
export declare function kubeadmImageRecipe(ref: string, inputs: ImageInputs): ImageRecipe;
/** The two flannel images, named as the upstream kube-flannel manifest names them. */
export declare function flannelImageRecipes(flannelVersion: string, cniPluginVersion: string, inputs: ImageInputs): ImageRecipe[];
export declare function binPath(binDir: string): (file: string) => string;
