import { namesWithRole } from '../../cluster/context.js';
import { stopped, stopStaticPod } from '../../cluster/etcd-member-manifest.js';
import { CONTROL_PLANE_COMPONENTS } from '../../kubeadm/node-settings.js';
import { defineHostStep } from '../../plan/step.js';
/** etcd's disaster recovery: stop every API server first (and what writes through it), on every control plane. */
export const restoreStopControlPlane = defineHostStep({
    id: 'restore/stop-control-plane',
    title: 'Stop the apiserver, controller-manager and scheduler on every control plane (manifests set aside)',
    needs: ['restore/check'],
    hosts: (c) => namesWithRole(c, 'control-plane'),
    concurrency: () => Infinity,
    done: async (ctx, name) => {
        const host = await ctx.hosts.get(name);
        for (const c of CONTROL_PLANE_COMPONENTS)
            if (!(await stopped(host, c)))
                return false;
        return true;
    },
    run: async (ctx, name) => {
        const host = await ctx.hosts.get(name);
        await Promise.all(CONTROL_PLANE_COMPONENTS.map((c) => stopStaticPod(host, c)));
    },
});
//# sourceMappingURL=stop-control-plane.js.map