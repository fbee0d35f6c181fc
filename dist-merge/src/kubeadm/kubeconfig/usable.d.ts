import type { Host } from '../../transport/host.js';
/**
 * Why the kubeconfig cannot be used yet, or undefined when it can: it parses, and its current user's client
 * certificate and key exist, parse and belong together (what kubeadm's waitForTLSBootstrappedClient gets from
 * building a client out of the file). The kubelet writes kubelet.conf pointing at
 * /var/lib/kubelet/pki/kubelet-client-current.pem before that file exists, so the file alone proves nothing.
 */
export declare function kubeconfigNotUsable(host: Host, path: string): Promise<string | undefined>;
