import { engineFor, firstControlPlane } from '../../cluster/context.js';
import { missingNote } from '../../cluster/joined.js';
import { defineHostStep } from '../../plan/step.js';
import { JOIN_CONFIG_PATH } from '../../engines/kubeadm/config.js';
/**
 * A host that joined the cluster never inits it: once the first control plane of the file is one that joined
 * (the one that ran init was removed and left the file), every init phase holds by its join.
 */
export async function joinedHost(host) {
    return (await host.readFile(JOIN_CONFIG_PATH)) !== undefined;
}
/**
 * One phase of `kubeadm init` as a step `init/<phase>` on the first control plane: the engine of that host
 * does it (`kubeadm init phase <phase>`, or kubeha's own), and done() probes the phase's own effects.
 */
export function defineInitPhase(p) {
    return defineHostStep({
        id: `init/${p.phase}`,
        title: p.title,
        needs: p.needs,
        hosts: p.hosts ?? ((c) => [firstControlPlane(c)]),
        concurrency: () => 1,
        shows: { engine: true, ...(p.etcdMembers ? { etcdMembers: p.etcdMembers } : {}) },
        done: async (ctx, name) => {
            const host = await ctx.hosts.get(name);
            return (await joinedHost(host)) || (await p.missing(ctx, host)).length === 0;
        },
        describe: async (ctx, name) => {
            const host = await ctx.hosts.get(name);
            return (await joinedHost(host)) ? undefined : missingNote(await p.missing(ctx, host));
        },
        run: (ctx, name) => engineFor(ctx, name).initPhase(ctx, name, p.phase),
    });
}
//# sourceMappingURL=phase.js.map