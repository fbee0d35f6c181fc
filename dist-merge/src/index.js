import { snapshotEtcd } from './cluster/etcd-snapshot.js';
export { loadCluster } from './config/cluster.js';
export { planUp as plan, up } from './cluster/up.js';
export { status } from './cluster/status.js';
export { remove } from './cluster/remove.js';
export { reset } from './cluster/reset.js';
export { upgrade, planUpgrade } from './cluster/upgrade.js';
export { drill, DEFAULT_THRESHOLDS } from './cluster/drill.js';
export { servicePower } from './cluster/power.js';
export { labPower } from './cluster/lab-power.js';
export { exportKubeconfig, deleteKubeconfigContext, exportedKubeconfig, kubeconfigContextName, kubeconfigPathForMerge, } from './cluster/kubeconfig-export.js';
/** Reads a snapshot's identity file (`<file>.json`) and checks the snapshot's sha256 against it. */
export { verifySnapshot } from './cluster/etcd-snapshot.js';
/** Recovery after etcd lost quorum: every member restored from one snapshot; its plan, pure. */
export { restoreEtcd, planRestore } from './cluster/etcd-restore.js';
/** `kubeadm certs renew` on every control plane in turn, and `certs check-expiration` on every host. */
export { renewCertificates, planRenewCertificates, checkCertificateExpiration, } from './cluster/certs.js';
export { StepFailedError } from './plan/runner.js';
export { silent } from './events.js';
export { KubehaError, InputError, PreconditionError, InterruptedError, CommandError } from './errors.js';
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
export async function saveEtcdSnapshot(loaded, path, options) {
    return snapshotEtcd(loaded, { ...options, out: path });
}
//# sourceMappingURL=index.js.map