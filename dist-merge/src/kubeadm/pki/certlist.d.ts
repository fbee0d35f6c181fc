import { type AltNames } from './alt-names.js';
import type { EncryptionAlgorithm } from './keys.js';
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
export declare const HOUR_MS = 3600000;
export declare const pkiDefaults: {
    serviceSubnet: string;
    dnsDomain: string;
    encryptionAlgorithm: EncryptionAlgorithm;
    certificateValidityPeriod: number;
    caCertificateValidityPeriod: number;
    certificatesDir: string;
};
/** kubeadm's `CertificateBackdate`: NotBefore is the start time minus this. */
export declare const CERTIFICATE_BACKDATE_MS: number;
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
export declare const saKeyBaseName = "sa";
export declare function apiServerAltNames(inputs: PkiInputs): {
    altNames: AltNames;
    ignored: string[];
};
export declare function etcdAltNames(inputs: PkiInputs, extra: readonly string[]): {
    altNames: AltNames;
    ignored: string[];
};
/**
 * kubeadm's certificate list in its order (`certs all`). External etcd drops the etcd CA, its leafs and
 * apiserver-etcd-client: those come from the user.
 */
export declare function certList(inputs: PkiInputs): CertSpec[];
/** All phase names `kubeadm init phase certs` accepts, in order (incl. `sa`). */
export declare const certPhaseNames: readonly string[];
