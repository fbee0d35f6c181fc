import type { LoadedCluster } from '../config/cluster.js';
import { type Plan } from '../plan/plan.js';
import type { StepOutcome } from '../plan/runner.js';
import { type OpenOptions } from './up.js';
/** Options of {@link upgrade} and {@link planUpgrade}. */
export interface UpgradeOptions extends OpenOptions {
    /** The release to upgrade to, like v1.37.2. */
    to: string;
    /** Workers upgraded at once (default 1). */
    workerBatch?: number;
    /** Only run each step's read-only probe; nothing changes. */
    dryRun?: boolean;
    /** Aborting it stops the upgrade between steps; running it again resumes. */
    signal?: AbortSignal;
}
/** What {@link upgrade} returns: its plan, an outcome per step and host, the snapshot's path. */
export interface UpgradeResult {
    plan: Plan;
    outcomes: StepOutcome[];
    /** The etcd snapshot saved before anything changed. */
    snapshot: string;
}
/** The plan of `upgrade`: pure, from the cluster file and the options. */
export declare function planUpgrade(loaded: LoadedCluster, options: Pick<UpgradeOptions, 'to' | 'workerBatch'>): Plan;
/**
 * Upgrades the cluster to `to`, as kubeadm's upgrade documentation does it: checks (version skew, target artifacts,
 * health, etcd quorum), an etcd snapshot on this machine, the control planes one at a time out of the load
 * balancers (`kubeadm upgrade apply` on the first, `upgrade node` on the others, or kubeha writing the same), each
 * node drained for its new kubelet, the addons, then the workers in batches. Re-running resumes: what is done is
 * skipped. The cluster file keeps its kubernetesVersion: set it to `to` afterwards.
 */
export declare function upgrade(loaded: LoadedCluster, options: UpgradeOptions): Promise<UpgradeResult>;
