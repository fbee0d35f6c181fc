import { type PkiInputs } from '../../src/kubeadm/pki/certlist.js';
import type { EncryptionAlgorithm } from '../../src/kubeadm/pki/keys.js';
export declare const KUBEADM: string;
/**
 * The start of a kubeadm v1beta4 config: the whole InitConfiguration (`init`: further lines of it), then the
 * ClusterConfiguration's kubernetesVersion (always set: without it kubeadm looks the version up on the internet),
 * certificatesDir and controlPlaneEndpoint; the caller appends the rest of the ClusterConfiguration.
 */
export declare function kubeadmConfigHeader(opts: {
    advertiseAddress: string;
    bindPort?: number;
    nodeName?: string;
    init?: string;
    certificatesDir: string;
    controlPlaneEndpoint?: string;
}): string;
export declare function kubeadmConfig(opts: {
    certDir: string;
    algorithm: EncryptionAlgorithm;
    externalEtcd: boolean;
}): string;
export declare function kubehaInputs(certDir: string, algorithm: EncryptionAlgorithm, externalEtcd: boolean): PkiInputs;
