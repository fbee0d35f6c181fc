import { randomBytes } from 'node:crypto';
import type { LoadedCluster } from '../config/cluster.js';
import { InputError } from '../errors.js';
import { buildPlan, type Plan } from '../plan/plan.js';
import type { StepOutcome } from '../plan/runner.js';
import { restoreSteps } from '../steps/etcd-restore/index.js';
import { identityPath, verifySnapshot, type SnapshotIdentity } from './etcd-snapshot.js';
import { runOnCluster, type OpenOptions } from './up.js';

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

async function checkedSnapshot(loaded: LoadedCluster, options: RestoreOptions): Promise<{ identity?: SnapshotIdentity; sha256: string }> {
  const doing = 'reading the snapshot';
  const read = await verifySnapshot(options.from).catch((err: NodeJS.ErrnoException) => {
    throw new InputError(doing, [{ path: '--from', message: `${options.from}: ${err.code === 'ENOENT' ? 'no such file' : err.message}` }]);
  });
  if (read.bytes === 0) throw new InputError(doing, [{ path: '--from', message: `${options.from} is empty` }]);
  const { identity } = read;
  if (identity) {
    if (identity.sha256 !== read.sha256) {
      throw new InputError(doing, [{ path: '--from', message: `${options.from} does not match the sha256 in ${identityPath(options.from)} (damaged or replaced)` }]);
    }
    if (!options.force && (identity.cluster !== loaded.cluster.metadata.name || identity.topology !== loaded.cluster.spec.topology)) {
      throw new InputError(doing, [
        { path: '--from', message: `${options.from} is a snapshot of cluster ${identity.cluster} (${identity.topology} etcd), not of ${loaded.cluster.metadata.name} (${loaded.cluster.spec.topology}); pass --force to restore it anyway` },
      ]);
    }
  }
  return { ...(identity ? { identity } : {}), sha256: read.sha256 };
}

/** The plan of `etcd restore`: pure. */
export function planRestore(loaded: LoadedCluster): Plan {
  return buildPlan(loaded.cluster, restoreSteps({ snapshot: '', sha256: '0'.repeat(64), token: '', force: false }));
}

/**
 * Recovery after etcd lost quorum, as etcd's disaster-recovery documentation describes it: every API server
 * stopped, then every member; every member's data directory restored from the same snapshot (etcdutl, the whole
 * member list, a new cluster token, the revision bumped past what clients saw), all members started together,
 * then the control planes. Refused while etcd has quorum unless `force`. Re-running resumes.
 */
export async function restoreEtcd(loaded: LoadedCluster, options: RestoreOptions): Promise<RestoreResult> {
  const { identity, sha256 } = await checkedSnapshot(loaded, options);
  const token = `kubeha-${loaded.cluster.metadata.name}-${randomBytes(6).toString('hex')}`;
  const steps = restoreSteps({ snapshot: options.from, sha256, token, force: options.force === true });
  const plan = buildPlan(loaded.cluster, steps);
  const { outcomes } = await runOnCluster(loaded, plan, steps, options);
  return { plan, outcomes, ...(identity ? { identity } : {}), sha256 };
}
