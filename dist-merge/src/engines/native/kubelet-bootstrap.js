import { kubeconfigNotUsable } from '../../kubeadm/kubeconfig/usable.js';
import { waitFor } from '../../util/wait.js';
export const BOOTSTRAP_KUBECONFIG = '/etc/kubernetes/bootstrap-kubelet.conf';
export const KUBELET_KUBECONFIG = '/etc/kubernetes/kubelet.conf';
/** The kubelet's rotated client certificate and key, one file (kubelet-finalize points kubelet.conf at it). */
export const KUBELET_CLIENT_CURRENT = '/var/lib/kubelet/pki/kubelet-client-current.pem';
/**
 * kubeadm's kubelet-wait-bootstrap (cmd/kubeadm/app/cmd/phases/join/kubelet.go, waitForTLSBootstrappedClient):
 * poll every second until kubelet.conf loads with its client certificate; the bootstrap kubeconfig is removed
 * afterwards, also on a timeout, as kubeadm does in a defer (a later run writes it again, see join.ts).
 * Removing it earlier, while kubelet.conf points at a certificate the kubelet does not hold yet, leaves the
 * kubelet without any credential: it crash-loops for good ("node cp2 is not registered yet", seen twice with
 * external etcd and a second lab cluster as load).
 */
export async function waitForTlsBootstrap(host, timeoutMs) {
    try {
        await waitFor(`the kubelet TLS bootstrap (${KUBELET_KUBECONFIG} with its client certificate)`, async () => {
            const why = await kubeconfigNotUsable(host, KUBELET_KUBECONFIG);
            if (why !== undefined)
                throw new Error(why);
            return true;
        }, timeoutMs, { host: host.name, intervalMs: 1000 });
    }
    finally {
        await host.exec(['rm', '-f', BOOTSTRAP_KUBECONFIG], { doing: 'removing the bootstrap kubeconfig' });
    }
}
//# sourceMappingURL=kubelet-bootstrap.js.map