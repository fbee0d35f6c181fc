import { emitter } from '../events.js';
import { InputError, PreconditionError, doing } from '../errors.js';
import { memberList, removeMember } from '../engines/native/etcd-member.js';
import { etcdClientURL, etcdPeerURL } from '../kubeadm/manifests/index.js';
import { applyLoadBalancer, currentBackends, HAPROXY_CFG, lbHosts } from '../steps/load-balancer/load-balancer.js';
import { etcdHostNames, namesWithRole } from './context.js';
import { probeConfig } from './joined.js';
import { answeringControlPlane, kubectl } from './kubectl.js';
import { answering } from './host-pool.js';
import { resetHost, resetLeftovers } from './reset.js';
import { openCluster } from './up.js';
async function etcdView(ctx, victim, asker) {
    const external = ctx.cluster.spec.topology === 'external';
    const candidates = etcdHostNames(ctx.cluster);
    const spec = ctx.hosts.spec(victim);
    if (!(external ? spec.role === 'etcd' : spec.role === 'control-plane'))
        return undefined;
    for (const n of [...(asker && !external ? [asker.name] : []), ...candidates.filter((c) => c !== victim)]) {
        const { host } = await answering(ctx.hosts, n);
        if (!host)
            continue;
        const endpoint = etcdClientURL(ctx.hosts.spec(n).address);
        const members = await memberList(host, probeConfig(ctx, n).cluster, [endpoint]).catch(() => undefined);
        if (!members)
            continue;
        const mine = members.find((m) => m.peerURLs.includes(etcdPeerURL(spec.address)));
        return { on: host, endpoint, members, ...(mine ? { mine } : {}) };
    }
    return undefined;
}
/** Started voters that answer /health, besides the victim, against etcd's quorum after the removal. */
async function quorumAfter(ctx, view) {
    const voters = view.members.filter((m) => !m.learner);
    const after = voters.filter((m) => m.id !== view.mine?.id);
    const quorum = Math.floor(after.length / 2) + 1;
    const c = probeConfig(ctx, view.on.name).cluster;
    let healthy = 0;
    for (const m of after) {
        const r = await memberList(view.on, c, m.clientURLs).then(() => true, () => false);
        if (r)
            healthy++;
    }
    return { ok: after.length > 0 && healthy >= quorum, why: `after it, etcd has ${after.length} voter(s) of which ${healthy} answer; quorum needs ${quorum}` };
}
/**
 * Takes a host out of the cluster. When it answers: cordon and drain, out of the load balancers, its etcd member
 * removed, what `kubeadm reset` does on it, its Node deleted. When it does not: all of that except the host
 * itself. Refuses (without `force`) a removal that would lose etcd quorum or leave no control plane. Idempotent:
 * what is already gone is skipped. The host stays in the cluster file until the user takes it out; `up` with
 * it still listed would bring it back.
 */
export async function remove(loaded, name, options) {
    const spec = loaded.cluster.spec.hosts.find((h) => h.name === name);
    if (!spec)
        throw new InputError('removing a host', [{ path: 'host', message: `no host named ${name} in the cluster file (hosts: ${loaded.cluster.spec.hosts.map((h) => h.name).join(', ')})` }]);
    const ctx = await openCluster(loaded, options);
    const emit = emitter(options.emit);
    const actions = [];
    const act = async (what, fn) => {
        actions.push(what);
        if (options.dryRun)
            return;
        emit({ type: 'log', level: 'info', message: what, host: name });
        await doing(what, name, fn);
    };
    try {
        const { host: self } = await answering(ctx.hosts, name);
        const asker = await answeringControlPlane(ctx, name);
        if (spec.role === 'control-plane' && namesWithRole(ctx.cluster, 'control-plane').length === 1 && !options.force) {
            throw new PreconditionError(`${name} is the only control plane: removing it ends the cluster (--force to do it anyway)`, { doing: 'removing a host', host: name });
        }
        const etcd = await etcdView(ctx, name, asker);
        if (etcd?.mine && !etcd.mine.learner && !options.force) {
            const q = await quorumAfter(ctx, etcd);
            if (!q.ok)
                throw new PreconditionError(`removing ${name} would lose etcd quorum: ${q.why} (--force to do it anyway)`, { doing: 'removing a host', host: name });
        }
        const nodeName = spec.role === 'load-balancer' || spec.role === 'etcd' ? undefined : probeConfig(ctx, name).nodeName;
        const nodeExists = async () => {
            if (!asker || !nodeName)
                return false;
            const r = await kubectl(asker, ['get', 'node', nodeName, '-o', 'name', '--ignore-not-found'], { allowFailure: true });
            return r.code === 0 && r.stdout.trim() !== '';
        };
        if (nodeName && asker && (await nodeExists())) {
            await act(`cordoning ${nodeName}`, () => kubectl(asker, ['cordon', nodeName]));
            if (self) {
                await act(`draining ${nodeName}`, () => kubectl(asker, ['drain', nodeName, '--ignore-daemonsets', '--delete-emptydir-data', '--force', '--timeout=120s'], { doing: `draining ${nodeName}` }));
            }
        }
        if (spec.role === 'control-plane') {
            for (const lb of lbHosts(ctx.cluster)) {
                const { host } = await answering(ctx.hosts, lb);
                if (!host)
                    continue;
                if (currentBackends((await host.readFile(HAPROXY_CFG))?.toString('utf8')).has(name))
                    await act(`taking ${name} out of haproxy on ${lb}`, () => applyLoadBalancer(ctx, lb, [name]));
            }
        }
        if (etcd?.mine) {
            const id = etcd.mine.id;
            await act(`removing the etcd member ${etcd.mine.name || id}`, () => removeMember(etcd.on, probeConfig(ctx, etcd.on.name).cluster, [etcd.endpoint], id));
        }
        if (self && spec.role !== 'load-balancer') {
            if ((await resetLeftovers(self)).length > 0)
                await act(`resetting ${name} (what kubeadm reset does)`, () => resetHost(ctx.cluster, self));
        }
        if (nodeName && (await nodeExists()))
            await act(`deleting the Node ${nodeName}`, () => kubectl(asker, ['delete', 'node', nodeName, '--wait=false']));
        return { host: name, graceful: self !== undefined, actions };
    }
    finally {
        await ctx.hosts.closeAll();
    }
}
//# sourceMappingURL=remove.js.map