/**
 * kubeha's SDK: the operations the CLI runs, as functions. Nothing here prints; progress arrives as typed,
 * redacted events through the `emit` sink each operation takes, and failures are thrown as KubehaError (with
 * what was being done, the host, the command and its output).
 */

/** Parses and validates a cluster file (YAML text); throws InputError naming the file and field. */
export { loadCluster, type LoadedCluster, type ClusterFile, type HostSpec } from './config/cluster.js';
/** The plan of `up`, pure: its steps in order, with hosts and concurrency. */
export { planUp as plan } from './cluster/up.js';
/** Creates or converges the cluster; with `dryRun`, only probes (what `kubeha plan` shows). */
export { up, type UpOptions, type OpenOptions } from './cluster/up.js';
/** The cluster's health, read-only. */
export { status, type ClusterStatus } from './cluster/status.js';
/** Takes a host out of the cluster (graceful or offline); resets hosts like `kubeadm reset`. */
export { remove, type RemoveOptions, type RemoveResult } from './cluster/remove.js';
export { reset } from './cluster/reset.js';
/** Upgrades the cluster to another release (resumable); its plan, pure. */
export { upgrade, planUpgrade, type UpgradeOptions, type UpgradeResult } from './cluster/upgrade.js';
/** Fails control planes and load balancers in turn under a request stream and measures what a client sees. */
export { drill, DEFAULT_THRESHOLDS, type DrillOptions, type DrillReport, type VictimReport, type DrillThresholds } from './cluster/drill.js';
export { servicePower, type Power } from './cluster/power.js';
export { labPower } from './cluster/lab-power.js';
/** An etcd snapshot streamed to this machine (0600) with its sha256 and the cluster's identity beside it. */
export { snapshotEtcd, saveEtcdSnapshot, verifySnapshot, type SavedSnapshot, type SnapshotIdentity } from './cluster/etcd-snapshot.js';
/** Recovery after etcd lost quorum: every member restored from one snapshot; its plan, pure. */
export { restoreEtcd, planRestore, type RestoreOptions, type RestoreResult } from './cluster/etcd-restore.js';
/** `kubeadm certs renew` on every control plane in turn, and `certs check-expiration` on every host. */
export {
  renewCertificates,
  planRenewCertificates,
  checkCertificateExpiration,
  type RenewOptions,
  type RenewResult,
  type CertificateReport,
  type HostCertificates,
} from './cluster/certs.js';
export type { Plan, PlannedStep } from './plan/plan.js';
export type { StepOutcome } from './plan/runner.js';
export { StepFailedError } from './plan/runner.js';
export type { KubehaEvent, EventSink } from './events.js';
export { KubehaError, InputError, PreconditionError, InterruptedError } from './errors.js';
