import { defineClusterStep } from '../plan/step.js';
import { firstControlPlane } from '../cluster/context.js';
import { kubectl } from '../cluster/kubectl.js';
import { waitFor } from '../util/wait.js';
import { KubehaError } from '../errors.js';
/** Last: every host with a kubelet is a Ready node. A check: it never changes anything. */
export const nodesReady = defineClusterStep({
    id: 'nodes-ready',
    title: 'Wait for every node to be Ready',
    needs: ['join/worker', 'load-balancer/backends'],
    check: true,
    done: async () => false,
    run: async (ctx) => {
        const host = await ctx.hosts.get(firstControlPlane(ctx.cluster));
        const expected = ctx.cluster.spec.hosts.filter((h) => h.role === 'control-plane' || h.role === 'worker').map((h) => h.name);
        let notReady = expected;
        await waitFor('nodes to be Ready', async () => {
            const r = await kubectl(host, ['get', 'nodes', '-o', 'json'], { allowFailure: true });
            if (r.code !== 0)
                return false;
            const list = JSON.parse(r.stdout);
            const ready = new Set(list.items.filter((n) => n.status?.conditions?.some((c) => c.type === 'Ready' && c.status === 'True')).map((n) => n.metadata.name));
            notReady = expected.filter((n) => !ready.has(n));
            return notReady.length === 0;
        }, 10 * 60_000).catch((err) => {
            throw new KubehaError(`${err.message} (not Ready: ${notReady.join(', ')})`, { doing: 'waiting for nodes to be Ready' }, { cause: err });
        });
    },
});
//# sourceMappingURL=nodes-ready.js.map