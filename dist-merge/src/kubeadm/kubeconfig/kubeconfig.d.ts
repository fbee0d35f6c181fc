import type { Host } from '../../transport/host.js';
import { type EncryptionAlgorithm } from '../pki/keys.js';
export declare const KUBECONFIG_FILE_MODE = 384;
export interface KubeconfigInputs {
    nodeName: string;
    advertiseAddress: string;
    bindPort: number;
    controlPlaneEndpoint?: string;
    clusterName: string;
    encryptionAlgorithm: EncryptionAlgorithm;
    /** Client certificate validity in milliseconds. */
    certificateValidityPeriod: number;
    certificatesDir: string;
    kubeconfigDir: string;
}
export interface KubeconfigSpec {
    /** Phase name (`kubeadm init phase kubeconfig <name>`). */
    name: string;
    fileName: string;
    clientName: string;
    organizations: string[];
    server: string;
}
/** The local API endpoint URL: `https://<advertiseAddress>:<bindPort>`. */
export declare function localApiEndpoint(inputs: Pick<KubeconfigInputs, 'advertiseAddress' | 'bindPort'>): string;
/** kubeadm's controlPlaneEndpoint URL: the CPE (bindPort when it has no port), else the local endpoint. */
export declare function controlPlaneEndpointUrl(inputs: Pick<KubeconfigInputs, 'advertiseAddress' | 'bindPort' | 'controlPlaneEndpoint'>): string;
/**
 * kubeadm's kubeconfig files in `kubeconfig all` order. kubelet.conf points at the local API endpoint because
 * ControlPlaneKubeletLocalMode is on by default (observed with kubeadm v1.37.2).
 */
export declare function kubeconfigSpecs(inputs: KubeconfigInputs): KubeconfigSpec[];
export declare const kubeconfigPhaseNames: readonly string[];
export interface KubeconfigContent {
    clusterName: string;
    server: string;
    caPem: string;
    userName: string;
    clientCertPem?: string;
    clientKeyPem?: string;
    token?: string;
}
/** Serialises a kubeconfig with the field order and layout client-go's writer produces. */
export declare function renderKubeconfig(content: KubeconfigContent): string;
export interface ParsedKubeconfig {
    server: string;
    caPem: string;
    clusterName: string;
}
/** The current context's cluster of a kubeconfig (server and inline CA). */
export declare function currentCluster(text: string): ParsedKubeconfig;
export interface KubeconfigResult {
    name: string;
    action: 'created' | 'reused';
    /** Set when an existing file points at another server (kubeadm only warns). */
    serverMismatch?: string;
}
/**
 * Writes the missing kubeconfig files signed by `<certificatesDir>/ca`. Existing files whose CA is this CA are
 * kept byte for byte; a file with another CA is an error, like kubeadm's.
 */
export declare function ensureKubeconfigs(host: Host, inputs: KubeconfigInputs, options?: {
    only?: readonly string[];
    now?: Date;
}): Promise<KubeconfigResult[]>;
