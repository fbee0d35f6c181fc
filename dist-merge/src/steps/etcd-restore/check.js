import { etcdHostNames, namesWithRole } from '../../cluster/context.js';
import { etcdctl } from '../../cluster/etcdctl.js';
import { answering } from '../../cluster/host-pool.js';
import { probeConfig } from '../../cluster/joined.js';
import { PreconditionError } from '../../errors.js';
import { emitter } from '../../events.js';
import { etcdClientURL } from '../../kubeadm/manifests/index.js';
import { defineClusterStep } from '../../plan/step.js';
/** How many members answer a health check at their own endpoint (each asked from its own host). */
async function healthyMembers(ctx) {
    const healthy = [];
    await Promise.all(etcdHostNames(ctx.cluster).map(async (name) => {
        const { host } = await answering(ctx.hosts, name);
        if (!host)
            return;
        const r = await etcdctl(host, probeConfig(ctx, name).cluster, [etcdClientURL(ctx.hosts.spec(name).address)], ['endpoint', 'health'], {
            allowFailure: true,
            dialTimeout: '2s',
            commandTimeout: '5s',
            timeoutMs: 15_000,
            doing: 'checking the etcd member',
        }).catch(() => undefined);
        if (r?.code === 0)
            healthy.push(name);
    }));
    return healthy;
}
/**
 * Before anything stops: every etcd host and control plane answers, and etcd has lost quorum (a cluster that still
 * has it loses every write since the snapshot: refused unless --force).
 */
export function restoreCheck(inputs) {
    return defineClusterStep({
        id: 'restore/check',
        title: 'Check that every etcd and control-plane host answers and that etcd has lost quorum',
        needs: [],
        check: true,
        done: async () => false,
        run: async (ctx) => {
            const doing = 'checking before the restore';
            const names = [...new Set([...etcdHostNames(ctx.cluster), ...namesWithRole(ctx.cluster, 'control-plane')])];
            const silent = [];
            for (const name of names) {
                const { host, error } = await answering(ctx.hosts, name);
                if (!host)
                    silent.push(`${name} (${error ?? 'no answer'})`);
            }
            if (silent.length > 0)
                throw new PreconditionError(`every etcd and control-plane host must answer to be restored; these do not: ${silent.join(', ')}`, { doing });
            const members = etcdHostNames(ctx.cluster);
            const healthy = await healthyMembers(ctx);
            const quorum = Math.floor(members.length / 2) + 1;
            if (healthy.length >= quorum) {
                const what = `etcd still has quorum (${healthy.length} of ${members.length} members healthy: ${healthy.sort().join(', ')}); a restore discards every write since the snapshot`;
                if (!inputs.force)
                    throw new PreconditionError(`${what}. Pass --force to restore anyway`, { doing });
                emitter(ctx.emit)({ type: 'log', level: 'warn', message: `${what} (--force)` });
            }
        },
    });
}
//# sourceMappingURL=check.js.map