/**
 * The join commands and the closing message of `kubeadm init`, byte for byte as kubeadm v1.37.2 prints them
 * (checked against its showjoincommand phase: see join-command.golden.txt).
 */
import { caCertHash, parseCertBundle } from './discovery/pin.js';
export const WITHHELD = '<value withheld>';
// kubeadm renders these values through html/template: escape what it would.
function htmlEscape(text) {
    return text.replace(/[&'<>"+\0]/g, (c) => ({ '&': '&amp;', "'": '&#39;', '<': '&lt;', '>': '&gt;', '"': '&#34;', '+': '&#43;', '\0': '\uFFFD' })[c]);
}
function joinCommand(inputs, controlPlane) {
    const token = inputs.skipTokenPrint ? WITHHELD : htmlEscape(inputs.token);
    const key = inputs.skipCertificateKeyPrint ? WITHHELD : htmlEscape(inputs.certificateKey ?? '');
    let text = `kubeadm join ${htmlEscape(inputs.controlPlaneHostPort)} --token ${token} \\\n\t`;
    for (const hash of inputs.caCertHashes)
        text += `--discovery-token-ca-cert-hash ${htmlEscape(hash)} `;
    if (controlPlane)
        text += `\\\n\t--control-plane ${key ? `--certificate-key ${key}` : ''}`;
    return text;
}
export function joinWorkerCommand(inputs) {
    return joinCommand(inputs, false);
}
export function joinControlPlaneCommand(inputs) {
    return joinCommand(inputs, true);
}
/** The message `kubeadm init` prints at the end (once per bootstrap token). */
export function initDoneMessage(inputs) {
    const controlPlane = joinControlPlaneCommand(inputs);
    const worker = joinWorkerCommand(inputs);
    let text = '\nYour Kubernetes control-plane has initialized successfully!\n\n' +
        'To start using your cluster, you need to run the following as a regular user:\n\n' +
        '  mkdir -p $HOME/.kube\n' +
        `  sudo cp -i ${inputs.kubeconfigPath} $HOME/.kube/config\n` +
        '  sudo chown $(id -u):$(id -g) $HOME/.kube/config\n\n' +
        'Alternatively, if you are the root user, you can run:\n\n' +
        '  export KUBECONFIG=/etc/kubernetes/admin.conf\n\n' +
        'You should now deploy a pod network to the cluster.\n' +
        'Run "kubectl apply -f [podnetwork].yaml" with one of the options listed at:\n' +
        '  https://kubernetes.io/docs/concepts/cluster-administration/addons/\n\n';
    if (inputs.controlPlaneEndpoint) {
        if (inputs.uploadCerts) {
            text +=
                'You can now join any number of control-plane nodes running the following command on each as root:\n\n' +
                    `  ${controlPlane}\n\n` +
                    'Please note that the certificate-key gives access to cluster sensitive data, keep it secret!\n' +
                    'As a safeguard, uploaded-certs will be deleted in two hours; If necessary, you can use\n' +
                    '"kubeadm init phase upload-certs --upload-certs" to reload certs afterward.\n\n';
        }
        else {
            text +=
                'You can now join any number of control-plane nodes by copying certificate authorities\n' +
                    'and service account keys on each node and then running the following as root:\n\n' +
                    `  ${controlPlane}\n\n`;
        }
    }
    return `${text}Then you can join any number of worker nodes by running the following on each as root:\n\n${worker}\n`;
}
/**
 * `token create --print-join-command`: the API server and CA pins come from the kubeconfig's current cluster
 * (as kubeadm's GetJoinWorkerCommand / GetJoinControlPlaneCommand); a certificate key makes it a control-plane join.
 */
export function joinCommandForKubeconfig(cluster, token, certificateKey) {
    const inputs = {
        controlPlaneHostPort: cluster.server.replaceAll('https://', ''),
        token,
        caCertHashes: parseCertBundle(cluster.caPem).map((ca) => caCertHash(ca)),
    };
    const text = certificateKey ? joinControlPlaneCommand({ ...inputs, certificateKey }) : joinWorkerCommand(inputs);
    // kubeadm token create prints the command on one line (observed with v1.37.2).
    return text.replaceAll('\\\n\t', '');
}
//# sourceMappingURL=join-command.js.map