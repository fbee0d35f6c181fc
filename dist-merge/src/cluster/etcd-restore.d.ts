import type { LoadedCluster } from '../config/cluster.js';
import { type Plan } from '../plan/plan.js';
import type { StepOutcome } from '../plan/runner.js';
import { type SnapshotIdentity } from './etcd-snapshot.js';
import { type OpenOptions } from './up.js';
/** How `restoreEtcd` runs: the snapshot, whether to override its refusals, and the usual event sink and connector. */
export interface RestoreOptions extends OpenOptions {
    /** The snapshot file (`kubeha etcd snapshot` writes its identity beside it). */
    from: string;
    /** Restore although etcd still has quorum, or from another cluster's snapshot. */
    force?: boolean;
    dryRun?: boolean;
    signal?: AbortSignal;
}
/** What a restore did: its plan, each step's outcome, and the snapshot it restored. */
export interface RestoreResult {
    plan: Plan;
    outcomes: StepOutcome[];
    /** The snapshot's identity file, when it had one. */
    identity?: SnapshotIdentity;
    sha256: string;
}
/** The plan of `etcd restore`: pure. */
export declare function planRestore(loaded: LoadedCluster): Plan;
/**
 * Recovery after etcd lost quorum, as etcd's disaster-recovery documentation describes it: every API server
 * stopped, then every member; every member's data directory restored from the same snapshot (etcdutl, the whole
 * member list, a new cluster token, the revision bumped past what clients saw), all members started together,
 * then the control planes. Refused while etcd has quorum unless `force`. Re-running resumes.
 */
export declare function restoreEtcd(loaded: LoadedCluster, options: RestoreOptions): Promise<RestoreResult>;
