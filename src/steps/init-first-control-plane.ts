import { defineStep } from '../plan/step.js';
import type { ClusterFile } from '../config/cluster.js';
import { engineFor, firstControlPlane, type ClusterContext } from '../cluster/context.js';
import { initMissing, missingNote } from '../cluster/joined.js';
import { apiReady } from '../cluster/kubectl.js';
import { waitFor } from '../util/wait.js';

/** Step 3: the first control plane, initialised with the control-plane endpoint (and uploaded certificates). */
export const initFirstControlPlane = defineStep<ClusterFile, ClusterContext>({
  id: 'init/first-control-plane',
  title: 'Initialise the first control plane',
  // External etcd: the whole etcd cluster is healthy and the client certificate in place before init.
  needs: ['load-balancer', 'load-balancer/virtual-ip', 'etcd/cluster', 'etcd/client-certs'],
  hosts: (c) => [firstControlPlane(c)],
  concurrency: () => 1,
  shows: { engine: true, etcdMembers: (c) => (c.spec.topology === 'stacked' ? 1 : undefined) },
  // Done when init's last effects are there (configuration, RBAC, cluster-info, the mark, the addons), not
  // merely when the apiserver answers: a crash after that point is finished by the next run.
  done: async (ctx) => (await initMissing(ctx)).length === 0,
  describe: async (ctx) => missingNote(await initMissing(ctx)),
  run: async (ctx, name) => {
    await engineFor(ctx, name!).initFirstControlPlane(ctx, name!);
    const host = await ctx.hosts.get(name!);
    await waitFor('the first kube-apiserver to be ready', () => apiReady(host), 5 * 60_000, { host: host.name });
  },
});
