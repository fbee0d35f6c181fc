import type { ClusterFile } from '../../config/cluster.js';
import { engineFor, namesWithRole, type ClusterContext } from '../../cluster/context.js';
import { joinSecrets } from '../../cluster/join-secrets-state.js';
import { missingNote } from '../../cluster/joined.js';
import type { ControlPlaneJoinPhase } from '../../engines/engine.js';
import { defineHostStep, type HostStep } from '../../plan/step.js';
import type { Host } from '../../transport/host.js';

export interface ControlPlaneJoinStep {
  phase: ControlPlaneJoinPhase;
  title: string;
  needs: readonly string[];
  /** Default: every control plane but the first. */
  hosts?: (cluster: ClusterFile) => readonly string[];
  /** Default: all at once with stacked etcd, one by one with external etcd (as the guide joins them). */
  concurrency?: (cluster: ClusterFile) => number;
  etcdMembers?: (cluster: ClusterFile) => number | undefined;
  /** Read-only: what of this part's effects is not there yet (empty: done). */
  missing: (ctx: ClusterContext, host: Host) => Promise<string[]>;
}

export const joiningControlPlanes = (c: ClusterFile): string[] => namesWithRole(c, 'control-plane').slice(1);

/** One part of a control plane's `kubeadm join` as a step `join/<phase>`, done by that host's engine. */
export function defineControlPlaneJoin(p: ControlPlaneJoinStep): HostStep<ClusterFile, ClusterContext> {
  return defineHostStep<ClusterFile, ClusterContext>({
    id: `join/${p.phase}`,
    title: p.title,
    needs: p.needs,
    hosts: p.hosts ?? joiningControlPlanes,
    concurrency: p.concurrency ?? ((c) => (c.spec.topology === 'external' ? 1 : Infinity)),
    shows: { engine: true, ...(p.etcdMembers ? { etcdMembers: p.etcdMembers } : {}) },
    done: async (ctx, name) => (await p.missing(ctx, await ctx.hosts.get(name))).length === 0,
    describe: async (ctx, name) => missingNote(await p.missing(ctx, await ctx.hosts.get(name))),
    run: async (ctx, name) => engineFor(ctx, name).joinControlPlane(ctx, name, p.phase, await joinSecrets(ctx)),
  });
}
