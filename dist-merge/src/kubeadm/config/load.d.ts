import type { KubeadmConfig } from './types.js';
export interface LoadOptions {
    /** The value of a --certificate-key flag given together with --config (refused, as kubeadm's HA guide says). */
    certificateKeyFlag?: string;
    /** Used in the error's "doing", e.g. the file name. */
    source?: string;
    /**
     * Documents that kubeha merges into the configuration it generates (a cluster file's spec.kubeadm): none of
     * Init, Cluster or Join configuration is required, the generated ones are there.
     */
    fragment?: boolean;
}
/**
 * Loads a kubeadm --config file: multi-document YAML with kubeadm.k8s.io/v1beta4 Init/Cluster/Join
 * configurations and pass-through KubeletConfiguration / KubeProxyConfiguration. Returns the defaulted
 * configuration, or throws one InputError listing every problem with its path.
 */
export declare function loadKubeadmConfig(text: string, options?: LoadOptions): KubeadmConfig;
