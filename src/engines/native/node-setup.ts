import { KubehaError } from '../../errors.js';
import type { Host } from '../../transport/host.js';
import { localApiEndpoint } from '../../kubeadm/kubeconfig/kubeconfig.js';
import type { NodeConfig } from './node-config.js';

/** Node-local pieces shared by init and join. */

export { existingCaCertDirs, writeControlPlaneManifests, writeEtcdManifest } from '../../kubeadm/node-settings.js';

/** kubeadm stops the kubelet, writes its files, then starts it (systemctl; the lab shims it over runit). */
export async function restartKubelet(host: Host, write: () => Promise<void>): Promise<void> {
  await host.exec(['systemctl', 'stop', 'kubelet'], { doing: 'stopping the kubelet', allowFailure: true });
  await write();
  await host.exec(['systemctl', 'start', 'kubelet'], { doing: 'starting the kubelet' });
}

/** /readyz of this node's own apiserver, with the given node-local kubeconfig. */
export async function localApiReady(host: Host, c: NodeConfig, kubeconfig = '/etc/kubernetes/admin.conf'): Promise<boolean> {
  const r = await host.exec(['kubectl', '--kubeconfig', kubeconfig, '--server', localApiEndpoint(c), '--request-timeout=10s', 'get', '--raw', '/readyz'], {
    allowFailure: true,
    timeoutMs: 30_000,
  });
  return r.code === 0 && r.stdout.trim() === 'ok';
}

export async function readRequired(host: Host, path: string, doing: string): Promise<Buffer> {
  const data = await host.readFile(path);
  if (data === undefined) throw new KubehaError(`${path} is missing`, { doing, host: host.name });
  return data;
}
