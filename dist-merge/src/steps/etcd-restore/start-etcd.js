import { etcdHostNames } from '../../cluster/context.js';
import { startStaticPod } from '../../cluster/etcd-member-manifest.js';
import { restartKubelet } from '../../cluster/static-pods.js';
import { etcdctl } from '../../cluster/etcdctl.js';
import { probeConfig } from '../../cluster/joined.js';
import { memberList } from '../../engines/native/etcd-member.js';
import { KubehaError } from '../../errors.js';
import { etcdClientURL } from '../../kubeadm/manifests/index.js';
import { MANIFESTS_DIR } from '../../kubeadm/manifests/write.js';
import { defineClusterStep } from '../../plan/step.js';
import { waitFor } from '../../util/wait.js';
/** Read-only: every member of the file is a started voter, and each answers healthy. */
async function etcdRestored(ctx) {
    const names = etcdHostNames(ctx.cluster);
    for (const name of names) {
        const host = await ctx.hosts.get(name);
        if ((await host.readFile(`${MANIFESTS_DIR}/etcd.yaml`)) === undefined)
            return false;
        const endpoint = [etcdClientURL(ctx.hosts.spec(name).address)];
        const r = await etcdctl(host, probeConfig(ctx, name).cluster, endpoint, ['endpoint', 'health'], { allowFailure: true, commandTimeout: '5s', doing: 'checking the etcd member' });
        if (r.code !== 0)
            return false;
    }
    const first = names[0];
    const members = await memberList(await ctx.hosts.get(first), probeConfig(ctx, first).cluster, [etcdClientURL(ctx.hosts.spec(first).address)]);
    return members.length === names.length && members.every((m) => m.started && !m.learner);
}
/** All members start together from the restored data (a lone member cannot elect a leader). */
export const restoreStartEtcd = defineClusterStep({
    id: 'restore/start-etcd',
    title: 'Start every etcd member and wait for a healthy cluster of all voters',
    needs: ['restore/data'],
    done: (ctx) => etcdRestored(ctx).catch(() => false),
    run: async (ctx) => {
        await Promise.all(etcdHostNames(ctx.cluster).map(async (n) => {
            const host = await ctx.hosts.get(n);
            await restartKubelet(host);
            await startStaticPod(host, 'etcd');
        }));
        await waitFor('the restored etcd members to be healthy voters', () => etcdRestored(ctx).catch(() => false), 300_000, { intervalMs: 2000 }).catch((err) => {
            throw new KubehaError(err.message, { doing: 'starting the restored etcd cluster' }, { cause: err });
        });
    },
});
//# sourceMappingURL=start-etcd.js.map