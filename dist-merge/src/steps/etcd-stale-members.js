import { firstControlPlane } from '../cluster/context.js';
import { staleMembers } from '../cluster/etcd-members.js';
import { removeMember } from '../engines/native/etcd-member.js';
import { probeConfig } from '../cluster/joined.js';
import { etcdClientURL } from '../kubeadm/manifests/index.js';
import { doing } from '../errors.js';
import { defineHostStep } from '../plan/step.js';
/**
 * Stacked etcd: members the cluster file no longer accounts for are removed before any control plane joins
 * (what `kubeha remove` does for an offline host, repaired by `up`): a member of a host that left the file, or
 * one still registered at the address of a control plane that no longer runs etcd (a replaced machine).
 * Otherwise a dead member counts against quorum, and a new host at its address cannot join.
 */
export const etcdStaleMembersStep = defineHostStep({
    id: 'etcd/stale-members',
    title: 'Remove etcd members of hosts no longer in the cluster',
    needs: ['init/addon'],
    hosts: (c) => (c.spec.topology === 'stacked' ? [firstControlPlane(c)] : []),
    concurrency: () => 1,
    done: async (ctx, name) => (await staleMembers(ctx, name)).length === 0,
    describe: async (ctx, name) => {
        const stale = await staleMembers(ctx, name);
        return stale.length === 0 ? undefined : `would remove ${stale.map((s) => `${s.member.name || s.member.id} (${s.why})`).join(', ')}`;
    },
    run: async (ctx, name) => {
        const host = await ctx.hosts.get(name);
        const c = probeConfig(ctx, name);
        for (const { member } of await staleMembers(ctx, name)) {
            await doing(`removing the etcd member ${member.name || member.id}`, name, () => removeMember(host, c.cluster, [etcdClientURL(c.advertiseAddress)], member.id));
        }
    },
});
//# sourceMappingURL=etcd-stale-members.js.map