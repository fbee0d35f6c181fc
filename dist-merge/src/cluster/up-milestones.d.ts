import type { Execution } from '../plan/critical-path.js';
/** When `up` reached each stage, in ms from its start; undefined when the run never got there (or had nothing to do). */
export interface UpMilestones {
    /** The first control plane is ready: the last init/* step has finished. */
    initDone: number | undefined;
    /** The first joining control plane has finished its join/* steps. */
    firstJoin: number | undefined;
    /** Every joining host (control planes and workers) has finished its join/* steps. */
    allJoins: number | undefined;
    /** nodes-ready has seen every node Ready. */
    nodesReady: number | undefined;
}
/** The milestones of one `up` from its executions (executionsFromEvents), relative to `start` (epoch ms). */
export declare function upMilestones(executions: readonly Execution[], start: number): UpMilestones;
