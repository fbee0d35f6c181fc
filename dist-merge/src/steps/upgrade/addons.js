import { kubectl } from '../../cluster/kubectl.js';
import { addonImages, upgradeAddons } from '../../engines/native/upgrade.js';
import { defineClusterStep } from '../../plan/step.js';
import { apiHost } from './kubelet.js';
async function runningImage(ctx, kind, name) {
    const r = await kubectl(await apiHost(ctx), ['-n', 'kube-system', 'get', kind, name, '-o', 'jsonpath={.spec.template.spec.containers[0].image}', '--ignore-not-found'], { allowFailure: true });
    return r.code === 0 ? r.stdout.trim() : undefined;
}
/**
 * kube-proxy and CoreDNS at the new release, once every control plane runs it (kube-proxy may not be newer than
 * any apiserver). `kubeadm upgrade apply` does this itself, on the first control plane: then this holds already.
 */
export const upgradeAddonsStep = defineClusterStep({
    id: 'upgrade/addons',
    title: 'Upgrade the addons: kube-proxy and CoreDNS (kubeadm upgrade apply phase addon)',
    needs: ['upgrade/control-plane'],
    done: async (ctx) => {
        const asker = await apiHost(ctx);
        const want = addonImages(ctx, asker.name);
        return ((want.kubeProxy === undefined || (await runningImage(ctx, 'daemonset', 'kube-proxy')) === want.kubeProxy) &&
            (want.coreDns === undefined || (await runningImage(ctx, 'deployment', 'coredns')) === want.coreDns));
    },
    run: async (ctx) => upgradeAddons(ctx, (await apiHost(ctx)).name),
});
//# sourceMappingURL=addons.js.map