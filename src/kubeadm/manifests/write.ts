import type { Host } from '../../transport/host.js';
import { toKubeYaml } from '../config/print.js';
import type { StaticPod } from './pod.js';

export const MANIFESTS_DIR = '/etc/kubernetes/manifests';

/** The manifest file text, serialised like kubeadm (sorted keys, unindented sequences). */
export function manifestYaml(pod: StaticPod): string {
  return toKubeYaml(pod);
}

/** Writes static pods as <dir>/<name>.yaml, mode 0600, in a directory of mode 0700 (as kubeadm does). */
export async function writeStaticPods(host: Host, pods: readonly StaticPod[], dir: string = MANIFESTS_DIR): Promise<void> {
  await host.exec(['install', '-d', '-m', '0700', dir], { doing: `creating ${dir}` });
  await host.writeFiles(pods.map((pod) => ({ path: `${dir}/${pod.metadata.name}.yaml`, data: manifestYaml(pod), mode: 0o600 })));
}
