import { KubehaError } from '../../errors.js';
import { defineHostStep } from '../../plan/step.js';
import { namesWithRole } from '../../cluster/context.js';
import { keepalivedConfig } from './keepalived-config.js';
import { probeTcp } from './reachability.js';
export const KEEPALIVED_CONF = '/etc/keepalived/keepalived.conf';
/** The interface that holds the host's address: where the virtual IP is added. */
async function interfaceOf(ctx, name) {
    const host = await ctx.hosts.get(name);
    const address = ctx.hosts.spec(name).address;
    const r = await host.exec(['ip', '-o', 'addr', 'show', 'to', address], { doing: 'finding the interface for the virtual IP' });
    const ifname = r.stdout.trim().split(/\s+/)[1];
    if (!ifname)
        throw new KubehaError(`no interface holds ${address}`, { doing: 'finding the interface for the virtual IP', host: name });
    return ifname;
}
async function render(ctx, name) {
    const lb = ctx.cluster.spec.loadBalancer;
    const vip = 'managed' in lb ? lb.managed.virtualIP : '';
    const order = namesWithRole(ctx.cluster, 'load-balancer').indexOf(name);
    return keepalivedConfig({
        // One router id per cluster name, so two clusters on one network do not fight over a VRID.
        routerId: 1 + ([...ctx.cluster.metadata.name].reduce((a, c) => a + c.charCodeAt(0), 0) % 254),
        interface: await interfaceOf(ctx, name),
        virtualIP: vip,
        prefixLength: 32,
        priority: 150 - order,
        checkArgv: ['/usr/bin/nc', '-z', '-w', '1', '127.0.0.1', String(ctx.endpoint.port)],
    });
}
const vipHosts = (c) => 'managed' in c.spec.loadBalancer && c.spec.loadBalancer.managed.virtualIP !== undefined ? namesWithRole(c, 'load-balancer') : [];
/** Two or more LB hosts share the endpoint address through keepalived (VRRP); the one whose haproxy answers holds it. */
export const virtualIp = defineHostStep({
    id: 'load-balancer/virtual-ip',
    title: 'Virtual IP across the load balancers',
    needs: ['load-balancer'],
    hosts: vipHosts,
    concurrency: () => Infinity,
    done: async (ctx, name) => {
        const host = await ctx.hosts.get(name);
        const current = (await host.readFile(KEEPALIVED_CONF))?.toString('utf8');
        if (current !== (await render(ctx, name)))
            return false;
        if ((await host.exec(['systemctl', 'is-enabled', 'keepalived'], { allowFailure: true })).code !== 0)
            return false;
        return (await host.exec(['systemctl', 'is-active', 'keepalived'], { allowFailure: true })).code === 0;
    },
    run: async (ctx, name) => {
        const host = await ctx.hosts.get(name);
        await host.writeFiles([{ path: KEEPALIVED_CONF, data: await render(ctx, name), mode: 0o644 }]);
        // Enabled, so that it comes back after a reboot (a drill's power-off left a lab LB without it).
        await host.exec(['systemctl', 'enable', 'keepalived'], { doing: 'enabling keepalived' });
        await host.exec(['systemctl', 'restart', 'keepalived'], { doing: 'starting keepalived' });
        const vip = ctx.endpoint.host;
        const started = Date.now();
        while ((await probeTcp(vip, ctx.endpoint.port, 1000)) === 'timeout' || Date.now() - started < 500) {
            if (Date.now() - started > 15_000) {
                throw new KubehaError(`the virtual IP ${vip} does not answer on :${ctx.endpoint.port}`, { doing: 'starting keepalived', host: name });
            }
            await new Promise((r) => setTimeout(r, 200));
        }
    },
});
//# sourceMappingURL=virtual-ip.js.map