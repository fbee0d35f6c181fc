import type { EventSink } from '../events.js';
import type { ClusterFile, LoadedCluster } from '../config/cluster.js';
import type { Step } from '../plan/step.js';
import { type Plan } from '../plan/plan.js';
import { type StepOutcome } from '../plan/runner.js';
import type { ClusterContext } from './context.js';
import { type Connector } from './host-pool.js';
/** Options of {@link up}. */
export interface UpOptions extends OpenOptions {
    /** Only run each step's read-only probe: what `kubeha plan` shows; nothing changes anywhere. */
    dryRun?: boolean;
    /** Aborting it stops `up` between steps (see RunOptions.signal). */
    signal?: AbortSignal;
    /** The most hosts of one step at once (a positive integer; 30 by default, see RunOptions.concurrency). */
    concurrency?: number;
}
export declare function defaultAdminKubeconfigPath(clusterName: string): string;
/** The join commands with their secrets are saved (0600) next to the admin kubeconfig. */
export declare function joinCommandsPath(adminKubeconfigPath: string): string;
/**
 * The plan of `up` (exported as `plan`): its steps in order of their needs, each with the hosts it acts on and
 * how many at once. Pure: from the cluster file alone, nothing is contacted.
 *
 * @param loaded - the cluster, from {@link loadCluster}
 * @throws {@link InputError} only for a programming error in the step list (unknown needs, cycles)
 */
export declare function planUp(loaded: LoadedCluster): Plan;
/** What every operation on a cluster takes: where its events go, how hosts are reached, where the admin kubeconfig is. */
export interface OpenOptions {
    /** Receives the operation's typed, redacted progress events ({@link silent} drops them). */
    emit: EventSink;
    /** How hosts are reached; SSH with the cluster file's settings by default (the lab passes its own). */
    connect?: Connector;
    /** The admin kubeconfig on this machine; `~/.kube/kubeha-<name>.conf` by default. */
    adminKubeconfigPath?: string;
}
/** What every operation on a cluster works with: its file, its hosts (connected on first use) and the engines. */
export declare function openCluster(loaded: LoadedCluster, options: OpenOptions): Promise<ClusterContext>;
/** Opens the cluster, runs (or, with dryRun, probes) a plan of these steps on it, and closes its connections. */
export declare function runOnCluster(loaded: LoadedCluster, plan: Plan, steps: readonly Step<ClusterFile, ClusterContext>[], options: UpOptions): Promise<{
    outcomes: StepOutcome[];
    adminKubeconfig: string;
}>;
/**
 * Creates the cluster or converges it: runs the plan's steps on the hosts, each after its read-only probe
 * says it is not done yet (with `dryRun`, only the probes). Re-running converges; a healthy cluster has nothing
 * to do.
 *
 * @param loaded - the cluster, from {@link loadCluster}
 * @param options - events, and optionally dryRun, an abort signal, how hosts are reached, the admin kubeconfig path
 * @returns the plan, an outcome per step and host, and where the admin kubeconfig was written
 * @throws {@link StepFailedError} naming every host a step failed on; {@link InterruptedError} when aborted
 */
export declare function up(loaded: LoadedCluster, options: UpOptions): Promise<{
    plan: Plan;
    outcomes: StepOutcome[];
    adminKubeconfig: string;
}>;
