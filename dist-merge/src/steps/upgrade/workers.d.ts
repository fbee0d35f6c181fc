import type { ClusterFile } from '../../config/cluster.js';
import { type ClusterContext } from '../../cluster/context.js';
import { type HostStep } from '../../plan/step.js';
/**
 * The workers, `batch` at a time, once the control planes and addons run the new release: `kubeadm upgrade
 * node` (the kubelet configuration), then drain, the new kubelet, uncordon. A failure stops the rolling upgrade.
 */
export declare function upgradeWorkersStep(batch: number): HostStep<ClusterFile, ClusterContext>;
