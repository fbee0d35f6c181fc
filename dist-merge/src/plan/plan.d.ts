import type { Step } from './step.js';
/** One entry of a plan: a step, the hosts it will act on, and how many at once. Plain data. */
export interface PlannedStep {
    id: string;
    title: string;
    needs: readonly string[];
    /** Empty for a cluster-wide step. */
    hosts: readonly string[];
    cluster: boolean;
    concurrency: number;
    /** An engine does the node-local work (Step.shows.engine). */
    engineWork: boolean;
    /** etcd members once this step is done, when it changes them (Step.shows.etcdMembers). */
    etcdMembers?: number;
}
/** A plan of steps, plain data: what `plan` and `planUpgrade` return. */
export interface Plan {
    steps: readonly PlannedStep[];
}
/**
 * Pure: orders the steps by their needs (stable: ties keep the declared order) and resolves hosts and
 * concurrency for this cluster. Unknown needs and cycles are programming errors reported with the step id.
 */
export declare function buildPlan<Cluster>(cluster: Cluster, steps: readonly Step<Cluster, never>[]): Plan;
