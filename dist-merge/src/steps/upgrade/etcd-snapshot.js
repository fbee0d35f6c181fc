import { access } from 'node:fs/promises';
import { saveEtcdSnapshot } from '../../cluster/etcd-snapshot.js';
import { emitter } from '../../events.js';
import { defineClusterStep } from '../../plan/step.js';
/** Where the snapshot taken before upgrading to `version` is kept: next to the admin kubeconfig, 0600. */
export function preUpgradeSnapshotPath(ctx, version) {
    return `${ctx.adminKubeconfigPath.replace(/\.conf$/, '')}.etcd-before-${version}.db`;
}
/** An etcd snapshot on this machine before anything of the cluster changes; a resumed upgrade keeps the first one. */
export const upgradeEtcdSnapshot = defineClusterStep({
    id: 'upgrade/etcd-snapshot',
    title: 'Save an etcd snapshot on this machine',
    needs: ['upgrade/health'],
    done: async (ctx) => access(preUpgradeSnapshotPath(ctx, ctx.cluster.spec.kubernetesVersion)).then(() => true, () => false),
    describe: async (ctx) => preUpgradeSnapshotPath(ctx, ctx.cluster.spec.kubernetesVersion),
    run: async (ctx) => {
        const saved = await saveEtcdSnapshot(ctx, preUpgradeSnapshotPath(ctx, ctx.cluster.spec.kubernetesVersion));
        emitter(ctx.emit)({ type: 'log', level: 'info', message: `etcd snapshot (${(saved.bytes / 1048576).toFixed(1)} MiB, from ${saved.from}) saved to ${saved.path}` });
    },
});
//# sourceMappingURL=etcd-snapshot.js.map