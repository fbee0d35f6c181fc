import type { Host } from '../transport/host.js';
/**
 * Both engines keep the token and certificate key in kubeha's 0600 kubeadm init config on the first control
 * plane (a valid `kubeadm --config`), and read them back from there instead of scraping kubeadm's output.
 */
export interface StoredSecrets {
    token?: string;
    certificateKey?: string;
}
export declare function readStoredSecrets(host: Host): Promise<StoredSecrets>;
