/**
 * Over SSH: a control plane's kubelet stopped and every container of containerd's k8s.io namespace killed (its
 * apiserver, etcd and the rest die at once, as at a power cut); a load balancer's keepalived and haproxy stopped.
 * `on` starts them again (the kubelet restarts its static pods).
 */
export function servicePower() {
    const lb = (ctx, name) => ctx.hosts.spec(name).role === 'load-balancer';
    return {
        kind: 'services stopped (kubelet and containers, or keepalived and haproxy)',
        off: async (ctx, name) => {
            const host = await ctx.hosts.get(name);
            if (lb(ctx, name)) {
                await host.exec(['systemctl', 'stop', 'keepalived', 'haproxy'], { doing: 'stopping the load balancer', allowFailure: true });
                return;
            }
            await host.exec(['sh', '-c', 'systemctl stop kubelet; for t in $(ctr -n k8s.io tasks ls -q); do ctr -n k8s.io tasks kill -s SIGKILL "$t"; done'], {
                doing: 'stopping the kubelet and killing its containers',
                timeoutMs: 60_000,
            });
        },
        on: async (ctx, name) => {
            const host = await ctx.hosts.get(name);
            const units = lb(ctx, name) ? ['haproxy', 'keepalived'] : ['kubelet'];
            for (const u of units)
                await host.exec(['systemctl', 'start', u], { doing: `starting ${u}`, allowFailure: u === 'keepalived' });
        },
    };
}
//# sourceMappingURL=power.js.map