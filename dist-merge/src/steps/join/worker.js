import { engineFor, namesWithRole } from '../../cluster/context.js';
import { joinSecrets } from '../../cluster/join-secrets-state.js';
import { kubeletConfMissing, missingNote, nodeMissing } from '../../cluster/joined.js';
import { defineHostStep } from '../../plan/step.js';
async function missing(ctx, name) {
    const kubelet = await kubeletConfMissing(await ctx.hosts.get(name));
    return kubelet.length > 0 ? kubelet : nodeMissing(ctx, name);
}
/** Workers, in parallel, by TLS bootstrap: one whole `kubeadm join` (a worker holds no state a crash could split). */
export const joinWorker = defineHostStep({
    id: 'join/worker',
    title: 'Join worker (kubeadm join)',
    needs: ['cni', 'join-secrets'],
    hosts: (c) => namesWithRole(c, 'worker'),
    concurrency: () => Infinity,
    shows: { engine: true },
    // Joined once kubelet.conf loads with its client certificate and the Node is registered.
    done: async (ctx, name) => (await missing(ctx, name)).length === 0,
    describe: async (ctx, name) => missingNote(await missing(ctx, name)),
    run: async (ctx, name) => engineFor(ctx, name).joinWorker(ctx, name, await joinSecrets(ctx)),
});
//# sourceMappingURL=worker.js.map