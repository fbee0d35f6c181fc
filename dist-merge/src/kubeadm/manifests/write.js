import { toKubeYaml } from '../config/print.js';
export const MANIFESTS_DIR = '/etc/kubernetes/manifests';
/** The manifest file text, serialised like kubeadm (sorted keys, unindented sequences). */
export function manifestYaml(pod) {
    return toKubeYaml(pod);
}
/** Writes static pods as <dir>/<name>.yaml, mode 0600, in a directory of mode 0700 (as kubeadm does). */
export async function writeStaticPods(host, pods, dir = MANIFESTS_DIR) {
    await host.exec(['install', '-d', '-m', '0700', dir], { doing: `creating ${dir}` });
    await host.writeFiles(pods.map((pod) => ({ path: `${dir}/${pod.metadata.name}.yaml`, data: manifestYaml(pod), mode: 0o600 })));
}
//# sourceMappingURL=write.js.map