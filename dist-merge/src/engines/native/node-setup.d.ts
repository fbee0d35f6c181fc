import type { Host } from '../../transport/host.js';
import type { NodeConfig } from './node-config.js';
/** Node-local pieces shared by init and join. */
export { existingCaCertDirs, writeControlPlaneManifests, writeEtcdManifest } from '../../kubeadm/node-settings.js';
/** kubeadm stops the kubelet, writes its files, then starts it (systemctl; the lab shims it over runit). */
export declare function restartKubelet(host: Host, write: () => Promise<void>): Promise<void>;
/** /readyz of this node's own apiserver, with the given node-local kubeconfig. */
export declare function localApiReady(host: Host, c: NodeConfig, kubeconfig?: string): Promise<boolean>;
export declare function readRequired(host: Host, path: string, doing: string): Promise<Buffer>;
