import { memberList } from '../engines/native/etcd-member.js';
import { etcdClientURL, etcdPeerURL } from '../kubeadm/manifests/index.js';
import { firstControlPlane, namesWithRole } from './context.js';
import { probeConfig } from './joined.js';
/**
 * Stacked etcd members the cluster file does not account for, read through etcd on `name`: a member whose peer
 * URL is no control plane's of the file, or a started member at the address of a control plane (not the one
 * asked) that has no etcd static pod, i.e. a former machine at that address. An unstarted learner at a joining
 * host's address is not stale: it is that host's own, added by an interrupted etcd-join, which finishes it.
 */
export async function staleMembers(ctx, name) {
    const c = probeConfig(ctx, name);
    if (!c.cluster.etcd.local)
        return [];
    const host = await ctx.hosts.get(name);
    // No etcd here yet (before init): nothing to ask, nothing stale.
    if ((await host.readFile('/etc/kubernetes/manifests/etcd.yaml')) === undefined)
        return [];
    const members = await memberList(host, c.cluster, [etcdClientURL(c.advertiseAddress)]);
    const byPeer = new Map(namesWithRole(ctx.cluster, 'control-plane').map((n) => [etcdPeerURL(ctx.hosts.spec(n).address), n]));
    const stale = [];
    for (const m of members) {
        const owner = m.peerURLs.map((u) => byPeer.get(u)).find((n) => n !== undefined);
        if (owner === undefined) {
            stale.push({ member: m, why: 'its host is not in the cluster file' });
        }
        else if (owner !== name && owner !== firstControlPlane(ctx.cluster) && m.started) {
            const ownerHost = await ctx.hosts.get(owner).catch(() => undefined);
            // An unreachable owner is not judged here: it may be powered off, and status names it.
            if (ownerHost && (await ownerHost.readFile('/etc/kubernetes/manifests/etcd.yaml')) === undefined) {
                stale.push({ member: m, why: `${owner} runs no etcd: a former machine at its address` });
            }
        }
    }
    return stale;
}
//# sourceMappingURL=etcd-members.js.map