/** Directories kubeadm mounts into kube-apiserver and kube-controller-manager when they exist on the host. */
export const CA_CERTS_EXTRA_DIRS = [
    '/etc/pki/ca-trust',
    '/etc/pki/tls/certs',
    '/etc/ca-certificates',
    '/usr/share/ca-certificates',
    '/usr/local/share/ca-certificates',
];
/** The *_proxy variables of an environment, as kubeadm's GetProxyEnvVars picks them. */
export function proxyEnvFrom(env) {
    return Object.entries(env)
        .filter(([name, value]) => name.toLowerCase().endsWith('_proxy') && value)
        .map(([name, value]) => ({ name, value: value }));
}
//# sourceMappingURL=facts.js.map