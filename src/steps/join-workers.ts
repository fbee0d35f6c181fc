import { defineStep } from '../plan/step.js';
import type { ClusterFile } from '../config/cluster.js';
import { engineFor, namesWithRole, type ClusterContext } from '../cluster/context.js';
import { joinSecrets } from '../cluster/join-secrets-state.js';
import { joinMissing, missingNote } from '../cluster/joined.js';

/** Step 6: workers, in parallel, by TLS bootstrap. */
export const joinWorkers = defineStep<ClusterFile, ClusterContext>({
  id: 'join/workers',
  title: 'Join worker',
  needs: ['cni', 'join-secrets'],
  hosts: (c) => namesWithRole(c, 'worker'),
  shows: { engine: true },
  concurrency: () => Infinity,
  // Joined once kubelet.conf loads with its client certificate (the file alone may point at one not yet
  // there) and the Node is registered.
  done: async (ctx, name) => (await joinMissing(ctx, name!)).length === 0,
  describe: async (ctx, name) => missingNote(await joinMissing(ctx, name!)),
  run: async (ctx, name) => engineFor(ctx, name!).join(ctx, name!, await joinSecrets(ctx)),
});
