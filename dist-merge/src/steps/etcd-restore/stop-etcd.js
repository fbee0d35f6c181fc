import { etcdHostNames } from '../../cluster/context.js';
import { stopped, stopStaticPod } from '../../cluster/etcd-member-manifest.js';
import { defineHostStep } from '../../plan/step.js';
/** Every etcd member stopped before any data directory is replaced. */
export const restoreStopEtcd = defineHostStep({
    id: 'restore/stop-etcd',
    title: 'Stop every etcd member (manifest set aside)',
    needs: ['restore/stop-control-plane'],
    hosts: etcdHostNames,
    concurrency: () => Infinity,
    done: async (ctx, name) => stopped(await ctx.hosts.get(name), 'etcd'),
    run: async (ctx, name) => stopStaticPod(await ctx.hosts.get(name), 'etcd'),
});
//# sourceMappingURL=stop-etcd.js.map