import { readNodes, readStaticPods, imageTag } from '../../cluster/running-versions.js';
import { clusterStatus } from '../../cluster/status.js';
import { KubehaError } from '../../errors.js';
import { defineClusterStep } from '../../plan/step.js';
import { pollUntil } from '../../util/wait.js';
import { apiHost } from './kubelet.js';
/** Last, changing nothing: every node and static pod reports the new release, and `status` is healthy. */
export const upgradeVerify = defineClusterStep({
    id: 'upgrade/verify',
    title: 'Check every node and static pod runs the new release, and the cluster is healthy',
    needs: ['upgrade/workers'],
    check: true,
    done: async () => false,
    run: async (ctx) => {
        const version = ctx.cluster.spec.kubernetesVersion;
        const asker = await apiHost(ctx);
        const behind = [
            ...(await readNodes(asker)).filter((n) => n.kubeletVersion !== version).map((n) => ({ path: n.name, message: `kubelet ${n.kubeletVersion}` })),
            ...(await readStaticPods(asker))
                .filter((p) => p.component !== 'etcd' && imageTag(p.image) !== version)
                .map((p) => ({ path: p.node, message: `${p.component} ${imageTag(p.image)}` })),
        ];
        if (behind.length > 0)
            throw new KubehaError(`${behind.length} component(s) do not run ${version}`, { doing: 'checking the upgrade', issues: behind });
        let last;
        if (!(await pollUntil(async () => (last = await clusterStatus(ctx)).healthy, 300_000, 5000))) {
            const listed = last.problems.slice(0, 3).map((p) => `${p.host ? `${p.host}: ` : ''}${p.what}`).join('; ');
            throw new KubehaError(`the cluster is not healthy after the upgrade (${last.problems.length} problems: ${listed}${last.problems.length > 3 ? '; …' : ''})`, {
                doing: 'checking the upgrade',
                issues: last.problems.map((p) => ({ path: p.host ?? 'cluster', message: p.what })),
            });
        }
    },
});
//# sourceMappingURL=verify.js.map