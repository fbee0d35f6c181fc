import type { KubehaEvent } from '../events.js';
import type { Plan } from './plan.js';
/** One (step, host) as it ran, in epoch ms: from the runner's step-done, step-skip and step-fail events. */
export interface Execution {
    step: string;
    /** Undefined for a cluster-wide step. */
    host: string | undefined;
    start: number;
    end: number;
}
/** A link of the critical path: an execution and how long it waited after the one before it ended. */
export interface PathLink extends Execution {
    ms: number;
    /** From the end of the previous link (or the run's start) to this one's start: time no step on the path ran. */
    waitMs: number;
}
export interface CriticalPath {
    /** The chain's executions added up (waits excluded): the least time the run could take with these step times. */
    ms: number;
    chain: PathLink[];
}
/**
 * The executions a run's events describe. A skip without `ms` (an event of an older emitter) counts as
 * instantaneous at its time.
 */
export declare function executionsFromEvents(events: readonly KubehaEvent[]): Execution[];
/**
 * The longest chain of dependent (step, host) executions, weighted by their measured times, under the
 * dependencies the runner (runner.ts) schedules by: a (step, host) starts once every step it needs has
 * finished on all of that step's hosts (a need on a step with no hosts is a need on that step's own needs),
 * and, within a step of concurrency c with more hosts than c, the i-th host (in plan order) after the
 * (i-c)-th: exact for c = 1 (etcd-join, rolling steps), a lower bound otherwise.
 *
 * With `sameHost`, the same under the dependencies the steps' effects imply rather than the runner's: a need on
 * a step that ran on the same host waits for that host's run only (what per-host needs would allow).
 *
 * @param start - when the run started (epoch ms): the first link's wait is measured from it
 */
export declare function criticalPath(plan: Plan, executions: readonly Execution[], start: number, options?: {
    sameHost?: boolean;
}): CriticalPath;
