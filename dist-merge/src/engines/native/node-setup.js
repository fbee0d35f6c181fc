import { KubehaError } from '../../errors.js';
import { localApiEndpoint } from '../../kubeadm/kubeconfig/kubeconfig.js';
/** Node-local pieces shared by init and join. */
export { existingCaCertDirs, writeControlPlaneManifests, writeEtcdManifest } from '../../kubeadm/node-settings.js';
/** kubeadm stops the kubelet, writes its files, then starts it (systemctl; the lab shims it over runit). */
export async function restartKubelet(host, write) {
    await host.exec(['systemctl', 'stop', 'kubelet'], { doing: 'stopping the kubelet', allowFailure: true });
    await write();
    await host.exec(['systemctl', 'start', 'kubelet'], { doing: 'starting the kubelet' });
}
/** /readyz of this node's own apiserver, with the given node-local kubeconfig. */
export async function localApiReady(host, c, kubeconfig = '/etc/kubernetes/admin.conf') {
    const r = await host.exec(['kubectl', '--kubeconfig', kubeconfig, '--server', localApiEndpoint(c), '--request-timeout=10s', 'get', '--raw', '/readyz'], {
        allowFailure: true,
        timeoutMs: 30_000,
    });
    return r.code === 0 && r.stdout.trim() === 'ok';
}
export async function readRequired(host, path, doing) {
    const data = await host.readFile(path);
    if (data === undefined)
        throw new KubehaError(`${path} is missing`, { doing, host: host.name });
    return data;
}
//# sourceMappingURL=node-setup.js.map