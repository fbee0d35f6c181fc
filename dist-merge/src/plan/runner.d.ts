import { KubehaError } from '../errors.js';
import { type EventSink } from '../events.js';
import type { Plan } from './plan.js';
import type { Step } from './step.js';
export interface RunOptions {
    emit: EventSink;
    /** Only probe: report which (step, host) pairs already hold and which would run. */
    dryRun?: boolean;
    /**
     * Once aborted, no new (step, host) starts; what runs finishes (every host command has its own timeout).
     * The run then throws InterruptedError naming what was not started. The reason is the signal's name.
     */
    signal?: AbortSignal;
    /**
     * The most hosts of one step that run at once (a cap on each step's own concurrency); DEFAULT_CONCURRENCY
     * when unset. A positive integer.
     */
    concurrency?: number;
}
/**
 * Hosts of one step at once, by default: k0sctl's default SSH concurrency. Every host of a step holds an SSH
 * session and usually a transfer or a command that loads this machine (host preparation sends the packages and
 * images to each host), so a 50-worker step does not start 50 at once.
 */
export declare const DEFAULT_CONCURRENCY = 30;
/** Refuses a concurrency that is not a positive integer (an input error: exit 2, nothing contacted). */
export declare function checkConcurrency(value: number, path?: string): number;
/** How one step ended on one host (or cluster-wide: host undefined). */
export interface StepOutcome {
    step: string;
    host: string | undefined;
    status: 'done' | 'checked' | 'already' | 'would-run' | 'failed' | 'not-started';
    ms: number;
    /** In a dry-run: what the step says of itself (Step.describe). */
    note?: string;
}
/** A step failed on one or more hosts; each host's error is kept. */
export declare class StepFailedError extends KubehaError {
    readonly step: string;
    readonly failures: ReadonlyArray<{
        host: string | undefined;
        error: KubehaError;
    }>;
    constructor(step: string, failures: ReadonlyArray<{
        host: string | undefined;
        error: KubehaError;
    }>);
}
/**
 * Runs a plan: a step starts once every step it needs has finished on all its hosts, so independent steps
 * overlap. Within a step, hosts run up to the step's concurrency; every host is attempted and all failures
 * are reported together. Each (step, host) first asks done(): what already holds is skipped, which is how a
 * re-run converges and resumes after a crash.
 */
export declare function runPlan<Cluster, Ctx>(plan: Plan, steps: readonly Step<Cluster, Ctx>[], ctx: Ctx, options: RunOptions): Promise<StepOutcome[]>;
