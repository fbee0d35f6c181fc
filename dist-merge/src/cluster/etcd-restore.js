import { randomBytes } from 'node:crypto';
import { InputError } from '../errors.js';
import { buildPlan } from '../plan/plan.js';
import { restoreSteps } from '../steps/etcd-restore/index.js';
import { identityPath, verifySnapshot } from './etcd-snapshot.js';
import { runOnCluster } from './up.js';
async function checkedSnapshot(loaded, options) {
    const doing = 'reading the snapshot';
    const read = await verifySnapshot(options.from).catch((err) => {
        throw new InputError(doing, [{ path: '--from', message: `${options.from}: ${err.code === 'ENOENT' ? 'no such file' : err.message}` }]);
    });
    if (read.bytes === 0)
        throw new InputError(doing, [{ path: '--from', message: `${options.from} is empty` }]);
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
export function planRestore(loaded) {
    return buildPlan(loaded.cluster, restoreSteps({ snapshot: '', sha256: '0'.repeat(64), token: '', force: false }));
}
/**
 * Recovery after etcd lost quorum, as etcd's disaster-recovery documentation describes it: every API server
 * stopped, then every member; every member's data directory restored from the same snapshot (etcdutl, the whole
 * member list, a new cluster token, the revision bumped past what clients saw), all members started together,
 * then the control planes. Refused while etcd has quorum unless `force`. Re-running resumes.
 */
export async function restoreEtcd(loaded, options) {
    const { identity, sha256 } = await checkedSnapshot(loaded, options);
    const token = `kubeha-${loaded.cluster.metadata.name}-${randomBytes(6).toString('hex')}`;
    const steps = restoreSteps({ snapshot: options.from, sha256, token, force: options.force === true });
    const plan = buildPlan(loaded.cluster, steps);
    const { outcomes } = await runOnCluster(loaded, plan, steps, options);
    return { plan, outcomes, ...(identity ? { identity } : {}), sha256 };
}
//# sourceMappingURL=etcd-restore.js.map