import { engineFor, namesWithRole } from '../../cluster/context.js';
import { defineHostStep } from '../../plan/step.js';
import { kubeletUpgraded, upgradeKubelet } from './kubelet.js';
/**
 * The workers, `batch` at a time, once the control planes and addons run the new release: `kubeadm upgrade
 * node` (the kubelet configuration), then drain, the new kubelet, uncordon. A failure stops the rolling upgrade.
 */
export function upgradeWorkersStep(batch) {
    return defineHostStep({
        id: 'upgrade/workers',
        title: `Upgrade the workers, ${batch} at a time (kubeadm upgrade node, drain, kubelet, uncordon)`,
        needs: ['upgrade/addons'],
        hosts: (c) => namesWithRole(c, 'worker'),
        concurrency: () => batch,
        rolling: true,
        shows: { engine: true },
        done: kubeletUpgraded,
        run: async (ctx, name) => {
            await engineFor(ctx, name).upgradeWorker(ctx, name);
            await upgradeKubelet(ctx, name);
        },
    });
}
//# sourceMappingURL=workers.js.map