import type { Host } from '../../transport/host.js';
export declare const BOOTSTRAP_KUBECONFIG = "/etc/kubernetes/bootstrap-kubelet.conf";
export declare const KUBELET_KUBECONFIG = "/etc/kubernetes/kubelet.conf";
/** The kubelet's rotated client certificate and key, one file (kubelet-finalize points kubelet.conf at it). */
export declare const KUBELET_CLIENT_CURRENT = "/var/lib/kubelet/pki/kubelet-client-current.pem";
/**
 * kubeadm's kubelet-wait-bootstrap (cmd/kubeadm/app/cmd/phases/join/kubelet.go, waitForTLSBootstrappedClient):
 * poll every second until kubelet.conf loads with its client certificate; the bootstrap kubeconfig is removed
 * afterwards, also on a timeout, as kubeadm does in a defer (a later run writes it again, see join.ts).
 * Removing it earlier, while kubelet.conf points at a certificate the kubelet does not hold yet, leaves the
 * kubelet without any credential: it crash-loops for good ("node cp2 is not registered yet", seen twice with
 * external etcd and a second lab cluster as load).
 */
export declare function waitForTlsBootstrap(host: Host, timeoutMs: number): Promise<void>;
