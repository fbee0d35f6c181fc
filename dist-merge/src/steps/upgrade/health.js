import { clusterStatus } from '../../cluster/status.js';
import { PreconditionError } from '../../errors.js';
import { emitter } from '../../events.js';
import { defineClusterStep } from '../../plan/step.js';
import { pollUntil } from '../../util/wait.js';
/** What stands in the way of an upgrade: every problem `status` sees, but a control plane an earlier run drained. */
function blockers(s) {
    return s.problems.filter((p) => p.code !== 'lb-drained');
}
/**
 * Before anything changes: every host answers, every control plane is ready directly and through the load
 * balancers, nodes and kube-system pods are healthy, and etcd keeps quorum with a margin (every voter healthy,
 * so one member restarting leaves a majority). Right after `up` or an interrupted upgrade pods may still be
 * settling: this waits up to 3 minutes for it.
 */
export const upgradeHealth = defineClusterStep({
    id: 'upgrade/health',
    title: 'Check that the cluster is healthy, with an etcd quorum margin',
    needs: ['upgrade/images'],
    check: true,
    done: async () => false,
    run: async (ctx) => {
        let last;
        await pollUntil(async () => blockers((last = await clusterStatus(ctx))).length === 0, 180_000, 5000);
        const problems = blockers(last);
        if (problems.length > 0) {
            const listed = problems.slice(0, 3).map((p) => `${p.host ? `${p.host}: ` : ''}${p.what}`).join('; ');
            throw new PreconditionError(`the cluster is not healthy (${listed}${problems.length > 3 ? `; ${problems.length - 3} more` : ''}); fix it first`, {
                doing: 'checking the cluster before the upgrade',
                issues: problems.map((p) => ({ path: p.host ?? 'cluster', message: p.what })),
            });
        }
        const voters = last.etcd.filter((m) => m.voter);
        const quorum = Math.floor(voters.length / 2) + 1;
        if (voters.length < 3) {
            emitter(ctx.emit)({ type: 'log', level: 'warn', message: `etcd has ${voters.length} voter(s), quorum ${quorum}: no margin; the API is unavailable while a member restarts` });
        }
    },
});
//# sourceMappingURL=health.js.map