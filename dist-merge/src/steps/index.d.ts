import type { ClusterFile } from '../config/cluster.js';
import type { ClusterContext } from '../cluster/context.js';
import type { Step } from '../plan/step.js';
/** Every step of `kubeha up`. Their order comes from their needs (src/plan/plan.ts), not from this list. */
export declare const upSteps: readonly Step<ClusterFile, ClusterContext>[];
