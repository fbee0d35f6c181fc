import type { ClusterFile } from '../../config/cluster.js';
import type { ClusterContext } from '../../cluster/context.js';
import type { Step } from '../../plan/step.js';
/** Every step of `kubeha upgrade`; the order comes from their needs. */
export declare function upgradeSteps(options: {
    workerBatch: number;
}): readonly Step<ClusterFile, ClusterContext>[];
