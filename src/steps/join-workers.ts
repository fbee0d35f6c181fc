import { defineStep } from '../plan/step.js';
import type { ClusterFile } from '../config/cluster.js';
import { engineFor, joinSecrets, namesWithRole, type ClusterContext } from '../cluster/context.js';

/** Step 6: workers, in parallel, by TLS bootstrap. */
export const joinWorkers = defineStep<ClusterFile, ClusterContext>({
  id: 'join/workers',
  title: 'Join worker',
  needs: ['cni'],
  hosts: (c) => namesWithRole(c, 'worker'),
  concurrency: () => Infinity,
  done: async (ctx, name) => (await (await ctx.hosts.get(name!)).readFile('/etc/kubernetes/kubelet.conf')) !== undefined,
  run: async (ctx, name) => engineFor(ctx, name!).join(ctx, name!, await joinSecrets(ctx)),
});
