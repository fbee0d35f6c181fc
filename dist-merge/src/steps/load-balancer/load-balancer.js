import { KubehaError } from '../../errors.js';
import { defineHostStep } from '../../plan/step.js';
import { firstControlPlane, namesWithRole } from '../../cluster/context.js';
import { haproxyConfig } from './haproxy-config.js';
import { HAPROXY_ADMIN_SOCKET } from './admin-socket.js';
import { probeTcp } from './reachability.js';
import { waitFor } from '../../util/wait.js';
import { readyz } from '../../cluster/kubectl.js';
export const HAPROXY_CFG = '/etc/haproxy/haproxy.cfg';
/** The control planes this LB's haproxy.cfg names as backends now. */
export function currentBackends(config) {
    return new Set([...(config ?? '').matchAll(/^\s*server (\S+) /gm)].map((m) => m[1]));
}
/** A joining control plane's own apiserver answers /readyz (asked on that host); unreachable counts as no. */
async function serving(ctx, name) {
    const host = await ctx.hosts.get(name).catch(() => undefined);
    if (!host || (await host.readFile('/etc/kubernetes/manifests/kube-apiserver.yaml')) === undefined)
        return false;
    return (await readyz(host, `https://${ctx.hosts.spec(name).address}:6443`)) === 'ok';
}
/**
 * The backends this LB should have now: the first control plane (from the start, as the guide does), every
 * control plane it already has (a re-run never takes one away; `kubeha remove` and the file do), and every other
 * one whose apiserver is ready. A manifest alone is not enough: after a crash mid-join the next run's LB step
 * found cp2's apiserver manifest while cp2 had no etcd yet, made it a backend, and haproxy (which starts a new
 * server as UP) sent cp2's own discovery through the LB to that dead apiserver (crash e2e, native, run 28:
 * "Client network socket disconnected before secure TLS connection was established").
 */
async function desiredBackends(ctx, lb, exclude) {
    const first = firstControlPlane(ctx.cluster);
    const names = namesWithRole(ctx.cluster, 'control-plane').filter((n) => !exclude.includes(n));
    const present = currentBackends((await lb.readFile(HAPROXY_CFG))?.toString('utf8'));
    const wanted = await Promise.all(names.map(async (n) => n === first || present.has(n) || (await serving(ctx, n))));
    return names.filter((_, i) => wanted[i]).map((n) => ({ name: n, address: ctx.hosts.spec(n).address, port: 6443 }));
}
async function render(ctx, lb, exclude = []) {
    return haproxyConfig({
        bind: { address: '*', port: ctx.endpoint.port },
        backends: await desiredBackends(ctx, lb, exclude),
        adminSocket: HAPROXY_ADMIN_SOCKET,
        pidFile: '/run/haproxy.pid',
    });
}
async function converged(ctx, name) {
    const host = await ctx.hosts.get(name);
    const current = (await host.readFile(HAPROXY_CFG))?.toString('utf8');
    if (current !== (await render(ctx, host)))
        return false;
    if ((await host.exec(['systemctl', 'is-enabled', 'haproxy'], { allowFailure: true })).code !== 0)
        return false;
    return listening(host, ctx.endpoint.port);
}
/** haproxy's configuration written, checked and reloaded; `exclude` takes control planes out (kubeha remove). */
export async function applyLoadBalancer(ctx, name, exclude = []) {
    const host = await ctx.hosts.get(name);
    await host.writeFiles([{ path: HAPROXY_CFG, data: await render(ctx, host, exclude), mode: 0o644 }]);
    await host.exec(['haproxy', '-c', '-q', '-f', HAPROXY_CFG], { doing: 'checking the haproxy configuration' });
    // The admin socket's directory lives on /run (a tmpfs): systemd's unit makes it at start, so do we.
    await host.exec(['install', '-d', '-m', '0755', '/run/haproxy']);
    // Enabled, so that it comes back after a reboot (a drill's power-off left a lab LB without it).
    await host.exec(['systemctl', 'enable', 'haproxy'], { doing: 'enabling haproxy' });
    const active = await host.exec(['systemctl', 'is-active', 'haproxy'], { allowFailure: true });
    // Reload keeps established connections (haproxy master mode); start when it is not running yet.
    await host.exec(['systemctl', active.code === 0 ? 'reload' : 'start', 'haproxy'], { doing: 'starting haproxy' });
    await waitFor(`haproxy to listen on :${ctx.endpoint.port}`, () => listening(host, ctx.endpoint.port), 10_000, { host: name, intervalMs: 200 });
}
async function listening(host, port) {
    const r = await host.exec(['ss', '-ltnH', `sport = :${port}`], { allowFailure: true });
    return r.code === 0 && r.stdout.trim() !== '';
}
export const lbHosts = (c) => ('managed' in c.spec.loadBalancer ? namesWithRole(c, 'load-balancer') : []);
/** Step 2 of `up`: haproxy with the first control plane, then the guide's `nc -zv` check. */
export const loadBalancer = defineHostStep({
    id: 'load-balancer',
    title: 'Load balancer with the first control plane',
    needs: ['preflight'],
    hosts: lbHosts,
    concurrency: () => Infinity,
    done: (ctx, name) => converged(ctx, name),
    run: async (ctx, name) => {
        await applyLoadBalancer(ctx, name);
        const spec = ctx.hosts.spec(name);
        const r = await probeTcp(spec.address, ctx.endpoint.port);
        if (r === 'timeout' || r === 'unreachable') {
            throw new KubehaError(`${spec.address}:${ctx.endpoint.port} did not answer (${r}); the load balancer must be reachable`, {
                doing: 'checking the load balancer like `nc -zv -w 2`',
                host: name,
            });
        }
    },
});
/** After control planes join: every serving control plane is a backend. */
export const loadBalancerBackends = defineHostStep({
    id: 'load-balancer/backends',
    title: 'Load balancer with every control plane',
    needs: ['join/mark-control-plane'],
    hosts: lbHosts,
    concurrency: () => Infinity,
    // Done only when every control plane of the file is a backend.
    done: async (ctx, name) => {
        const host = await ctx.hosts.get(name);
        const present = currentBackends((await host.readFile(HAPROXY_CFG))?.toString('utf8'));
        return namesWithRole(ctx.cluster, 'control-plane').every((n) => present.has(n)) && (await converged(ctx, name));
    },
    run: async (ctx, name) => {
        const first = firstControlPlane(ctx.cluster);
        const others = namesWithRole(ctx.cluster, 'control-plane').filter((n) => n !== first);
        let waiting = others;
        await waitFor('every control plane\'s apiserver to be ready', async () => {
            const ready = await Promise.all(waiting.map((n) => serving(ctx, n)));
            waiting = waiting.filter((_, i) => !ready[i]);
            return waiting.length === 0;
        }, 5 * 60_000, { host: name, intervalMs: 1000 }).catch((err) => {
            throw new KubehaError(`${err.message} (not ready: ${waiting.join(', ')})`, { doing: 'adding the control planes to the load balancer', host: name }, { cause: err });
        });
        await applyLoadBalancer(ctx, name);
    },
});
//# sourceMappingURL=load-balancer.js.map