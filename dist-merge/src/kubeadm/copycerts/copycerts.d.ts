import type { FileToWrite, Host } from '../../transport/host.js';
import type { ClusterApi } from '../token/cluster-api.js';
import { type KubeObject } from '../token/objects.js';
export declare const KUBEADM_CERTS_SECRET = "kubeadm-certs";
export declare const CERT_TOKEN_TTL_MS: number;
export declare const CERT_TOKEN_DESCRIPTION = "Proxy for managing TTL for the kubeadm-certs secret";
export interface ExternalEtcdFiles {
    caFile: string;
    certFile: string;
    keyFile: string;
}
export interface CertsFile {
    /** The Secret data key, e.g. `etcd-ca.key`. */
    dataKey: string;
    path: string;
}
/** The files kubeadm shares through the kubeadm-certs Secret, for stacked or external etcd. */
export declare function kubeadmCertsFiles(certificatesDir: string, externalEtcd?: ExternalEtcdFiles): CertsFile[];
/** The Secret holding the encrypted files; missing files give empty values, as in kubeadm. */
export declare function kubeadmCertsSecret(contents: ReadonlyMap<string, Buffer | undefined>, key: string, owner: {
    name: string;
    uid: string;
}): KubeObject;
export declare function kubeadmCertsRbac(): KubeObject[];
/** `kubeadm init phase upload-certs --upload-certs`: owner token, encrypted Secret, its Role and RoleBinding. */
export declare function uploadCerts(api: ClusterApi, host: Host, options: {
    certificatesDir: string;
    certificateKey: string;
    externalEtcd?: ExternalEtcdFiles;
    now?: Date;
}): Promise<void>;
/**
 * Decrypts every value of the kubeadm-certs Secret data and returns the files to write (keys 0600, certs and
 * public keys 0644). Any wrong value or key fails the whole set, so nothing is written.
 */
export declare function decryptKubeadmCerts(data: Readonly<Record<string, string>>, certificateKey: string, files: readonly CertsFile[]): FileToWrite[];
/** The join side (`control-plane-prepare/download-certs`): fetch, decrypt all, then write all. */
export declare function downloadCerts(api: ClusterApi, host: Host, options: {
    certificatesDir: string;
    certificateKey: string;
    externalEtcd?: ExternalEtcdFiles;
}): Promise<string[]>;
