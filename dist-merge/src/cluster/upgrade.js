import { InputError } from '../errors.js';
import { buildPlan } from '../plan/plan.js';
import { preUpgradeSnapshotPath } from '../steps/upgrade/etcd-snapshot.js';
import { upgradeSteps } from '../steps/upgrade/index.js';
import { runOnCluster } from './up.js';
function validate(options) {
    const issues = [];
    if (!/^v\d+\.\d+\.\d+$/.test(options.to))
        issues.push({ path: '--to', message: `must look like v1.37.2, got ${JSON.stringify(options.to)}` });
    const workerBatch = options.workerBatch ?? 1;
    if (!Number.isInteger(workerBatch) || workerBatch < 1)
        issues.push({ path: '--worker-batch', message: `must be a whole number of at least 1, got ${workerBatch}` });
    if (issues.length > 0)
        throw new InputError('upgrading the cluster', issues);
    return { to: options.to, workerBatch };
}
/** The cluster as the upgrade sees it: its file at the target release. */
function atTarget(loaded, to) {
    return { ...loaded, cluster: { ...loaded.cluster, spec: { ...loaded.cluster.spec, kubernetesVersion: to } } };
}
/** The plan of `upgrade`: pure, from the cluster file and the options. */
export function planUpgrade(loaded, options) {
    const { to, workerBatch } = validate({ emit: () => { }, ...options });
    return buildPlan(atTarget(loaded, to).cluster, upgradeSteps({ workerBatch }));
}
/**
 * Upgrades the cluster to `to`, as kubeadm's upgrade documentation does it: checks (version skew, target artifacts,
 * health, etcd quorum), an etcd snapshot on this machine, the control planes one at a time out of the load
 * balancers (`kubeadm upgrade apply` on the first, `upgrade node` on the others, or kubeha writing the same), each
 * node drained for its new kubelet, the addons, then the workers in batches. Re-running resumes: what is done is
 * skipped. The cluster file keeps its kubernetesVersion: set it to `to` afterwards.
 */
export async function upgrade(loaded, options) {
    const { to, workerBatch } = validate(options);
    const target = atTarget(loaded, to);
    const steps = upgradeSteps({ workerBatch });
    const plan = buildPlan(target.cluster, steps);
    const { outcomes, adminKubeconfig } = await runOnCluster(target, plan, steps, options);
    return { plan, outcomes, snapshot: preUpgradeSnapshotPath({ adminKubeconfigPath: adminKubeconfig }, to) };
}
//# sourceMappingURL=upgrade.js.map