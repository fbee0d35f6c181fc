import { etcdHostNames } from '../../cluster/context.js';
import { defineClusterStep } from '../../plan/step.js';
import { RESTORE_DIR, restoredMarker } from './options.js';
/** The copies of the snapshot and the markers removed from the etcd hosts: the restore is over. */
export function restoreFinish(inputs) {
    const leftovers = async (ctx) => {
        for (const n of etcdHostNames(ctx.cluster)) {
            const host = await ctx.hosts.get(n);
            if ((await host.readFile(restoredMarker(inputs))) !== undefined || (await host.readFile(`${RESTORE_DIR}/snapshot.db`)) !== undefined)
                return true;
        }
        return false;
    };
    return defineClusterStep({
        id: 'restore/finish',
        title: 'Remove the snapshot copies from the etcd hosts',
        needs: ['restore/start-control-plane'],
        done: async (ctx) => !(await leftovers(ctx)),
        run: async (ctx) => {
            await Promise.all(etcdHostNames(ctx.cluster).map(async (n) => (await ctx.hosts.get(n)).exec(['rm', '-f', '--', restoredMarker(inputs), `${RESTORE_DIR}/snapshot.db`], { doing: 'removing the snapshot copy' })));
        },
    });
}
//# sourceMappingURL=finish.js.map