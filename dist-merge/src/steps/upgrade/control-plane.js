import { parse } from 'yaml';
import { engineFor, firstControlPlane, namesWithRole } from '../../cluster/context.js';
import { probeConfig } from '../../cluster/joined.js';
import { readStaticPods } from '../../cluster/running-versions.js';
import { localApiserverReady } from '../../cluster/static-pods.js';
import { KubehaError } from '../../errors.js';
import { CONTROL_PLANE_COMPONENTS } from '../../kubeadm/node-settings.js';
import { etcdImage, kubernetesImage } from '../../kubeadm/manifests/index.js';
import { MANIFESTS_DIR } from '../../kubeadm/manifests/write.js';
import { defineHostStep } from '../../plan/step.js';
import { waitFor } from '../../util/wait.js';
import { backInRotation, outOfRotation, takeOutOfRotation } from '../load-balancer/rotation.js';
import { apiHost, kubeletUpgraded, upgradeKubelet } from './kubelet.js';
/** The image each static pod of this control plane runs at ctx's version (etcd too when stacked). */
function wantedImages(ctx, name) {
    const cfg = probeConfig(ctx, name).cluster;
    const out = new Map(CONTROL_PLANE_COMPONENTS.map((c) => [c, kubernetesImage(c, cfg)]));
    if (cfg.etcd.local)
        out.set('etcd', etcdImage(cfg));
    return out;
}
/** Read-only: the manifests on disk name the new images. */
async function manifestsWritten(ctx, name) {
    const host = await ctx.hosts.get(name);
    for (const [component, image] of wantedImages(ctx, name)) {
        const text = (await host.readFile(`${MANIFESTS_DIR}/${component}.yaml`))?.toString('utf8');
        const pod = text === undefined ? undefined : parse(text);
        if (pod?.spec?.containers?.[0]?.image !== image)
            return false;
    }
    return true;
}
/** Read-only: the kubelet runs every static pod of the node from the new manifests, and each is Ready. */
async function staticPodsRunning(ctx, name) {
    const node = probeConfig(ctx, name).nodeName;
    const pods = (await readStaticPods(await apiHost(ctx))).filter((p) => p.node === node);
    return [...wantedImages(ctx, name)].every(([component, image]) => pods.some((p) => p.component === component && p.image === image && p.ready));
}
/**
 * Each control plane in turn: out of the load balancers, `kubeadm upgrade apply` on the first and `upgrade node`
 * on the others (or kubeha writing what they write), its static pods running the new release, its kubelet
 * upgraded, back into the load balancers. A failure stops the rolling upgrade there.
 */
export const upgradeControlPlanes = defineHostStep({
    id: 'upgrade/control-plane',
    title: 'Upgrade the control planes one at a time (kubeadm upgrade apply, then upgrade node)',
    needs: ['upgrade/etcd-snapshot'],
    hosts: (c) => namesWithRole(c, 'control-plane'),
    concurrency: () => 1,
    rolling: true,
    shows: { engine: true },
    done: async (ctx, name) => (await manifestsWritten(ctx, name)) && (await staticPodsRunning(ctx, name)) && (await kubeletUpgraded(ctx, name)) && !(await outOfRotation(ctx, name)),
    run: async (ctx, name) => {
        const version = ctx.cluster.spec.kubernetesVersion;
        const wait = (what, probe) => waitFor(what, probe, 300_000, { host: name, intervalMs: 2000 }).catch((err) => {
            throw new KubehaError(err.message, { doing: `upgrading ${name} to ${version}`, host: name }, { cause: err });
        });
        await takeOutOfRotation(ctx, name);
        try {
            await engineFor(ctx, name).upgradeControlPlane(ctx, name, { first: name === firstControlPlane(ctx.cluster) });
            await wait(`the static pods of ${name} to run ${version} and be Ready`, () => staticPodsRunning(ctx, name).catch(() => false));
            await upgradeKubelet(ctx, name);
            await wait(`the apiserver of ${name} to be ready`, () => localApiserverReady(ctx, name));
        }
        catch (err) {
            // A refusal (kubeadm's preflight, say) leaves the old apiserver serving: it goes back into rotation.
            if (await localApiserverReady(ctx, name).catch(() => false))
                await backInRotation(ctx, name).catch(() => { });
            throw err;
        }
        await backInRotation(ctx, name);
    },
});
//# sourceMappingURL=control-plane.js.map