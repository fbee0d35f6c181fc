import type { ClusterContext } from '../../cluster/context.js';
export declare function upgradeControlPlane(ctx: ClusterContext, name: string, options: {
    first: boolean;
}): Promise<void>;
export declare function upgradeWorker(ctx: ClusterContext, name: string): Promise<void>;
/** The images the addons run at ctx's version: kube-proxy's DaemonSet and CoreDNS's Deployment (absent when disabled). */
export declare function addonImages(ctx: ClusterContext, name: string): {
    kubeProxy?: string;
    coreDns?: string;
};
/**
 * `kubeadm upgrade apply`'s addon phase: kube-proxy at the new release, CoreDNS at the one it pins (its replica
 * count kept), applied through the API of control plane `name`.
 */
export declare function upgradeAddons(ctx: ClusterContext, name: string): Promise<void>;
