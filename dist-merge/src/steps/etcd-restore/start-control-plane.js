import { namesWithRole } from '../../cluster/context.js';
import { startStaticPod } from '../../cluster/etcd-member-manifest.js';
import { localApiserverReady, restartKubelet, runningContainers } from '../../cluster/static-pods.js';
import { KubehaError } from '../../errors.js';
import { CONTROL_PLANE_COMPONENTS } from '../../kubeadm/node-settings.js';
import { defineHostStep } from '../../plan/step.js';
import { waitFor } from '../../util/wait.js';
async function running(ctx, name) {
    const host = await ctx.hosts.get(name);
    for (const c of CONTROL_PLANE_COMPONENTS)
        if ((await runningContainers(host, c)).length === 0)
            return false;
    return localApiserverReady(ctx, name);
}
/** The control planes back on the restored etcd: apiserver, controller-manager and scheduler. */
export const restoreStartControlPlane = defineHostStep({
    id: 'restore/start-control-plane',
    title: 'Start the apiserver, controller-manager and scheduler on every control plane again',
    needs: ['restore/start-etcd'],
    hosts: (c) => namesWithRole(c, 'control-plane'),
    concurrency: () => Infinity,
    done: (ctx, name) => running(ctx, name).catch(() => false),
    run: async (ctx, name) => {
        const host = await ctx.hosts.get(name);
        // etcd's recovery guide: restart the kubelets too; it also forgets the back-off of pods that failed meanwhile.
        await restartKubelet(host);
        for (const c of CONTROL_PLANE_COMPONENTS)
            await startStaticPod(host, c);
        await waitFor(`the control plane of ${name} to be ready`, () => running(ctx, name).catch(() => false), 300_000, { host: name, intervalMs: 2000 }).catch((err) => {
            throw new KubehaError(err.message, { doing: 'starting the control plane after the restore', host: name }, { cause: err });
        });
    },
});
//# sourceMappingURL=start-control-plane.js.map