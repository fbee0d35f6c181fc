import { defineHostStep } from '../plan/step.js';
import { firstControlPlane } from '../cluster/context.js';
import { kubectl } from '../cluster/kubectl.js';
import { flannelManifest } from '../cni/flannel.js';
/** Step 4: the CNI, with the pod CIDR of the cluster config, before anything joins (as the guide insists). */
export const cni = defineHostStep({
    id: 'cni',
    title: 'Apply the CNI',
    needs: ['init/addon'],
    hosts: (c) => (c.spec.cni === 'none' ? [] : [firstControlPlane(c)]),
    concurrency: () => 1,
    done: async (ctx, name) => {
        const r = await kubectl(await ctx.hosts.get(name), ['-n', 'kube-flannel', 'get', 'daemonset', 'kube-flannel-ds', '-o', 'name'], { allowFailure: true });
        return r.code === 0;
    },
    run: async (ctx, name) => {
        const manifest = flannelManifest({
            podSubnet: ctx.cluster.spec.networking.podSubnet,
            image: ctx.cniImages.flannel,
            cniPluginImage: ctx.cniImages.flannelCniPlugin,
        });
        await kubectl(await ctx.hosts.get(name), ['apply', '-f', '-'], { stdin: manifest, doing: 'applying flannel' });
    },
});
//# sourceMappingURL=cni.js.map