import { engineFor, namesWithRole } from '../../cluster/context.js';
import { joinSecrets } from '../../cluster/join-secrets-state.js';
import { missingNote } from '../../cluster/joined.js';
import { defineHostStep } from '../../plan/step.js';
export const joiningControlPlanes = (c) => namesWithRole(c, 'control-plane').slice(1);
/** One part of a control plane's `kubeadm join` as a step `join/<phase>`, done by that host's engine. */
export function defineControlPlaneJoin(p) {
    return defineHostStep({
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
//# sourceMappingURL=phase.js.map