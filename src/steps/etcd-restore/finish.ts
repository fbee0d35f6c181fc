import type { ClusterFile } from '../../config/cluster.js';
import { etcdHostNames, type ClusterContext } from '../../cluster/context.js';
import { defineClusterStep, type ClusterStep } from '../../plan/step.js';
import { RESTORE_DIR, restoredMarker, type RestoreInputs } from './options.js';

/** The copies of the snapshot and the markers removed from the etcd hosts: the restore is over. */
export function restoreFinish(inputs: RestoreInputs): ClusterStep<ClusterFile, ClusterContext> {
  const leftovers = async (ctx: ClusterContext): Promise<boolean> => {
    for (const n of etcdHostNames(ctx.cluster)) {
      const host = await ctx.hosts.get(n);
      if ((await host.readFile(restoredMarker(inputs))) !== undefined || (await host.readFile(`${RESTORE_DIR}/snapshot.db`)) !== undefined) return true;
    }
    return false;
  };
  return defineClusterStep<ClusterFile, ClusterContext>({
    id: 'restore/finish',
    title: 'Remove the snapshot copies from the etcd hosts',
    needs: ['restore/start-control-plane'],
    done: async (ctx) => !(await leftovers(ctx)),
    run: async (ctx) => {
      await Promise.all(
        etcdHostNames(ctx.cluster).map(async (n) =>
          (await ctx.hosts.get(n)).exec(['rm', '-f', '--', restoredMarker(inputs), `${RESTORE_DIR}/snapshot.db`], { doing: 'removing the snapshot copy' }),
        ),
      );
    },
  });
}
