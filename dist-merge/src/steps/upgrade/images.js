import { defineHostStep } from '../../plan/step.js';
import { imagesPresent, importMissingImages } from '../prepare-host/images.js';
import { installBinaries, installedVersions } from '../prepare-host/kubernetes.js';
/** The nodes an upgrade works on: control planes and workers (an external etcd host keeps its versions). */
export const upgradedNodes = (c) => c.spec.hosts.filter((h) => h.role === 'control-plane' || h.role === 'worker').map((h) => h.name);
/**
 * kubeadm's "upgrade kubeadm" on every node, with the new release's images imported beforehand (nothing is
 * pulled): the running cluster does not notice. The kubelet binary waits for its node's drain.
 */
export const upgradeImages = defineHostStep({
    id: 'upgrade/images',
    title: 'Import the new release\'s images and install its kubeadm',
    needs: ['upgrade/versions'],
    hosts: upgradedNodes,
    concurrency: () => Infinity,
    done: async (ctx, name) => {
        const [, kubeadm] = await installedVersions(await ctx.hosts.get(name));
        return kubeadm === ctx.cluster.spec.kubernetesVersion && (await imagesPresent(ctx, name));
    },
    run: async (ctx, name) => {
        await importMissingImages(ctx, name);
        await installBinaries(ctx, name, ['kubeadm']);
    },
});
//# sourceMappingURL=images.js.map