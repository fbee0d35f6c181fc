import { probeConfig } from '../../cluster/joined.js';
import { answeringControlPlane, kubectl } from '../../cluster/kubectl.js';
import { readNodes } from '../../cluster/running-versions.js';
import { KubehaError, PreconditionError } from '../../errors.js';
import { waitFor } from '../../util/wait.js';
import { installBinaries } from '../prepare-host/kubernetes.js';
/** kubeadm's "Upgrade kubelet and kubectl": drain the node, new binaries, restart the kubelet, uncordon. */
export async function apiHost(ctx) {
    const host = await answeringControlPlane(ctx);
    if (!host)
        throw new PreconditionError('no control plane of the cluster file answers', { doing: 'upgrading the cluster' });
    return host;
}
/** Read-only: the node's kubelet runs ctx's version, is Ready, and takes pods again. */
export async function kubeletUpgraded(ctx, name) {
    const node = probeConfig(ctx, name).nodeName;
    const asker = await answeringControlPlane(ctx);
    if (!asker)
        return false;
    const n = (await readNodes(asker)).find((x) => x.name === node);
    return n !== undefined && n.kubeletVersion === ctx.cluster.spec.kubernetesVersion && n.ready && !n.unschedulable;
}
export async function upgradeKubelet(ctx, name) {
    const version = ctx.cluster.spec.kubernetesVersion;
    const node = probeConfig(ctx, name).nodeName;
    const host = await ctx.hosts.get(name);
    const asker = await apiHost(ctx);
    const before = (await readNodes(asker)).find((x) => x.name === node);
    if (!before)
        throw new PreconditionError(`the Node ${node} is not registered`, { doing: 'upgrading the kubelet', host: name });
    if (before.kubeletVersion !== version) {
        // Static pods and DaemonSets stay; the rest moves. kubectl's own timeout ends a drain that cannot finish.
        await kubectl(asker, ['drain', node, '--ignore-daemonsets', '--delete-emptydir-data', '--timeout=300s'], { doing: `draining ${node}`, timeoutMs: 330_000 });
        await installBinaries(ctx, name, ['kubelet', 'kubectl']);
        await host.exec(['systemctl', 'restart', 'kubelet'], { doing: 'restarting the kubelet' });
    }
    await waitFor(`the kubelet of ${node} to report ${version} and be Ready`, async () => {
        const n = (await readNodes(await apiHost(ctx)).catch(() => []))?.find((x) => x.name === node);
        return n !== undefined && n.kubeletVersion === version && n.ready;
    }, 300_000, { host: name, intervalMs: 2000 }).catch((err) => {
        throw new KubehaError(err.message, { doing: 'upgrading the kubelet', host: name }, { cause: err });
    });
    await kubectl(await apiHost(ctx), ['uncordon', node], { doing: `uncordoning ${node}` });
}
//# sourceMappingURL=kubelet.js.map