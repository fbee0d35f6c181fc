import { type LoadedCluster } from '../config/cluster.js';
import type { Plan } from '../plan/plan.js';
import type { StepOutcome } from '../plan/runner.js';
/** The human form of `kubeha plan`: steps in order, per host what already holds, lifetimes, etcd quorum. */
export declare function describePlan(loaded: LoadedCluster, plan: Plan, outcomes: readonly StepOutcome[]): string;
