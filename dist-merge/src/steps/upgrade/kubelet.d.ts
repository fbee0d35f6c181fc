import type { ClusterContext } from '../../cluster/context.js';
import type { Host } from '../../transport/host.js';
/** kubeadm's "Upgrade kubelet and kubectl": drain the node, new binaries, restart the kubelet, uncordon. */
export declare function apiHost(ctx: ClusterContext): Promise<Host>;
/** Read-only: the node's kubelet runs ctx's version, is Ready, and takes pods again. */
export declare function kubeletUpgraded(ctx: ClusterContext, name: string): Promise<boolean>;
export declare function upgradeKubelet(ctx: ClusterContext, name: string): Promise<void>;
