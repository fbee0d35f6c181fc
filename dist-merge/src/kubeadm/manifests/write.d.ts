import type { Host } from '../../transport/host.js';
import type { StaticPod } from './pod.js';
export declare const MANIFESTS_DIR = "/etc/kubernetes/manifests";
/** The manifest file text, serialised like kubeadm (sorted keys, unindented sequences). */
export declare function manifestYaml(pod: StaticPod): string;
/** Writes static pods as <dir>/<name>.yaml, mode 0600, in a directory of mode 0700 (as kubeadm does). */
export declare function writeStaticPods(host: Host, pods: readonly StaticPod[], dir?: string): Promise<void>;
