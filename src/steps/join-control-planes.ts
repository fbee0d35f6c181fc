import { defineStep } from '../plan/step.js';
import type { ClusterFile } from '../config/cluster.js';
import { engineFor, namesWithRole, type ClusterContext } from '../cluster/context.js';
import { joinSecrets } from '../cluster/join-secrets-state.js';
import { joinMissing, missingNote } from '../cluster/joined.js';

/**
 * Step 5: the other control planes. Stacked etcd: in parallel, except for the etcd member add and promotion,
 * which take ctx.etcdJoin one host at a time (etcd admits one learner at a time). External etcd: one by one,
 * as the guide says.
 */
export const joinControlPlanes = defineStep<ClusterFile, ClusterContext>({
  id: 'join/control-planes',
  title: 'Join control plane',
  needs: ['cni', 'join-secrets'],
  hosts: (c) => namesWithRole(c, 'control-plane').slice(1),
  shows: { engine: true, etcdMembers: (c) => (c.spec.topology === 'stacked' ? namesWithRole(c, 'control-plane').length : undefined) },
  concurrency: (c) => (c.spec.topology === 'external' ? 1 : Infinity),
  // Done only with every last effect in place: a usable kubelet.conf, the static pods, a started etcd voter
  // (not a learner a crash left behind), the Node labelled and tainted.
  done: async (ctx, name) => (await joinMissing(ctx, name!)).length === 0,
  describe: async (ctx, name) => missingNote(await joinMissing(ctx, name!)),
  run: async (ctx, name) => engineFor(ctx, name!).join(ctx, name!, await joinSecrets(ctx)),
});
