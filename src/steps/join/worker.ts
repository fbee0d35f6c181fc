import type { ClusterFile } from '../../config/cluster.js';
import { engineFor, namesWithRole, type ClusterContext } from '../../cluster/context.js';
import { joinSecrets } from '../../cluster/join-secrets-state.js';
import { kubeletConfMissing, missingNote, nodeMissing } from '../../cluster/joined.js';
import { defineHostStep } from '../../plan/step.js';

async function missing(ctx: ClusterContext, name: string): Promise<string[]> {
  const kubelet = await kubeletConfMissing(await ctx.hosts.get(name));
  return kubelet.length > 0 ? kubelet : nodeMissing(ctx, name);
}

/**
 * Workers, in parallel, by TLS bootstrap: one whole `kubeadm join` (a worker holds no state a crash could split).
 * After the control planes, once every one is a backend of the load balancer: the guide's order, and what 50 workers
 * need. Started beside the control-plane joins, 30 workers' discovery and TLS bootstrap all went through the LB to
 * cp1, its only backend then; on one loaded 2-core machine cp1's /readyz fell behind and haproxy cut the
 * connections, so workers timed out and both control-plane joins failed too (bench scale, 50 workers).
 */
export const joinWorker = defineHostStep<ClusterFile, ClusterContext>({
  id: 'join/worker',
  title: 'Join worker (kubeadm join)',
  needs: ['cni', 'join-secrets', 'load-balancer/backends'],
  hosts: (c) => namesWithRole(c, 'worker'),
  concurrency: () => Infinity,
  shows: { engine: true },
  // Joined once kubelet.conf loads with its client certificate and the Node is registered.
  done: async (ctx, name) => (await missing(ctx, name)).length === 0,
  describe: async (ctx, name) => missingNote(await missing(ctx, name)),
  run: async (ctx, name) => engineFor(ctx, name).joinWorker(ctx, name, await joinSecrets(ctx)),
});
