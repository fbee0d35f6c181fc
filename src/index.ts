/**
 * kubeha's SDK: the operations the CLI runs, as functions. Nothing here prints; progress arrives as typed,
 * redacted events through the `emit` sink each operation takes, and failures are thrown as KubehaError (with
 * what was being done, the host, the command and its output).
 *
 * @packageDocumentation
 */
import type { LoadedCluster } from './config/cluster.js';
import { snapshotEtcd, type SavedSnapshot } from './cluster/etcd-snapshot.js';
import type { OpenOptions } from './cluster/up.js';

export { loadCluster, type LoadedCluster, type ClusterFile, type HostSpec, type EngineName } from './config/cluster.js';
export { planUp as plan, up, type UpOptions, type OpenOptions } from './cluster/up.js';
export type { Connector } from './cluster/host-pool.js';
export type { Host, ExecOptions, ExecResult } from './transport/host.js';
export { status, type ClusterStatus } from './cluster/status.js';
export { remove, type RemoveOptions, type RemoveResult } from './cluster/remove.js';
export { reset } from './cluster/reset.js';
export { upgrade, planUpgrade, type UpgradeOptions, type UpgradeResult } from './cluster/upgrade.js';
export { drill, DEFAULT_THRESHOLDS, type DrillOptions, type DrillReport, type VictimReport, type DrillThresholds } from './cluster/drill.js';
export { servicePower, type Power } from './cluster/power.js';
export { labPower } from './cluster/lab-power.js';
export type { SavedSnapshot } from './cluster/etcd-snapshot.js';
export {
  exportKubeconfig,
  deleteKubeconfigContext,
  exportedKubeconfig,
  kubeconfigContextName,
  kubeconfigPathForMerge,
  type KubeconfigExportOptions,
  type KubeconfigExportResult,
} from './cluster/kubeconfig-export.js';
/** Reads a snapshot's identity file (`<file>.json`) and checks the snapshot's sha256 against it. */
export { verifySnapshot, type SnapshotIdentity } from './cluster/etcd-snapshot.js';
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
/** The release's conformance suite (e2e.test under ginkgo) against a cluster whose nodes have the test images. */
export { runConformance, CONFORMANCE_LABELS, NEEDS_A_REGISTRY, type ConformanceOptions, type ConformanceResult } from './conformance/run.js';
export { ensureConformanceTools, type ConformanceTools } from './conformance/tools.js';
export { conformanceImages } from './conformance/images.js';
export type { SpecFailure } from './conformance/ginkgo-report.js';
export type { Plan, PlannedStep } from './plan/plan.js';
export { StepFailedError, type StepOutcome } from './plan/runner.js';
export { silent, type KubehaEvent, type EventSink } from './events.js';
export { KubehaError, InputError, PreconditionError, InterruptedError, CommandError, type ErrorContext, type ValidationIssue } from './errors.js';

/**
 * Takes an etcd snapshot (`etcdctl snapshot save` on the first etcd member that answers) and streams it to `path`
 * on this machine, written atomically with mode 0600 (it holds every Secret of the cluster), with its sha256 and
 * the cluster's identity in `<path>.json` (what `restoreEtcd` checks). `upgrade` takes one the same way before it
 * changes anything; `kubeha etcd snapshot` is this.
 *
 * @param loaded - the cluster, from {@link loadCluster}
 * @param path - where the snapshot goes on this machine
 * @param options - the event sink, and how hosts are reached (SSH with the file's settings by default)
 * @returns the file written, its identity file, the host it was taken from, its size and sha256
 * @throws {@link KubehaError} when no etcd member answers or the snapshot fails
 */
export async function saveEtcdSnapshot(loaded: LoadedCluster, path: string, options: OpenOptions): Promise<SavedSnapshot> {
  return snapshotEtcd(loaded, { ...options, out: path });
}
