import { KubehaError } from '../../errors.js';
import { defineHostStep } from '../../plan/step.js';
import type { ClusterFile } from '../../config/cluster.js';
import { firstControlPlane, namesWithRole, type ClusterContext } from '../../cluster/context.js';
import { haproxyConfig, type Backend } from './haproxy-config.js';
import { probeTcp } from './reachability.js';
import { waitFor } from '../../util/wait.js';
import type { Host } from '../../transport/host.js';

export const HAPROXY_CFG = '/etc/haproxy/haproxy.cfg';

/**
 * The backends the LB should have now: the first control plane (from the start, as the guide does) and
 * every other control plane that already runs an apiserver. Computed from probes, so both LB steps agree
 * and a re-run never takes a backend away.
 */
async function desiredBackends(ctx: ClusterContext): Promise<Backend[]> {
  const first = firstControlPlane(ctx.cluster);
  const names = namesWithRole(ctx.cluster, 'control-plane');
  const serving = await Promise.all(
    names.map(async (n) => {
      if (n === first) return true;
      const host = await ctx.hosts.get(n);
      return (await host.readFile('/etc/kubernetes/manifests/kube-apiserver.yaml')) !== undefined;
    }),
  );
  return names
    .filter((_, i) => serving[i])
    .map((n) => ({ name: n, address: ctx.hosts.spec(n).address, port: 6443 }));
}

async function render(ctx: ClusterContext): Promise<string> {
  return haproxyConfig({
    bind: { address: '*', port: ctx.endpoint.port },
    backends: await desiredBackends(ctx),
    adminSocket: '/run/haproxy/admin.sock',
    pidFile: '/run/haproxy.pid',
  });
}

async function converged(ctx: ClusterContext, name: string): Promise<boolean> {
  const host = await ctx.hosts.get(name);
  const current = (await host.readFile(HAPROXY_CFG))?.toString('utf8');
  if (current !== (await render(ctx))) return false;
  return listening(host, ctx.endpoint.port);
}

async function apply(ctx: ClusterContext, name: string): Promise<void> {
  const host = await ctx.hosts.get(name);
  await host.writeFiles([{ path: HAPROXY_CFG, data: await render(ctx), mode: 0o644 }]);
  await host.exec(['haproxy', '-c', '-q', '-f', HAPROXY_CFG], { doing: 'checking the haproxy configuration' });
  // The admin socket's directory lives on /run (a tmpfs): systemd's unit makes it at start, so do we.
  await host.exec(['install', '-d', '-m', '0755', '/run/haproxy']);
  const active = await host.exec(['systemctl', 'is-active', 'haproxy'], { allowFailure: true });
  // Reload keeps established connections (haproxy master mode); start when it is not running yet.
  await host.exec(['systemctl', active.code === 0 ? 'reload' : 'start', 'haproxy'], { doing: 'starting haproxy' });
  await waitFor(`haproxy to listen on :${ctx.endpoint.port}`, () => listening(host, ctx.endpoint.port), 10_000, { host: name, intervalMs: 200 });
}

async function listening(host: Host, port: number): Promise<boolean> {
  const r = await host.exec(['ss', '-ltnH', `sport = :${port}`], { allowFailure: true });
  return r.code === 0 && r.stdout.trim() !== '';
}

const lbHosts = (c: ClusterFile) => ('managed' in c.spec.loadBalancer ? namesWithRole(c, 'load-balancer') : []);

/** Step 2 of `up`: haproxy with the first control plane, then the guide's `nc -zv` check. */
export const loadBalancer = defineHostStep<ClusterFile, ClusterContext>({
  id: 'load-balancer',
  title: 'Load balancer with the first control plane',
  needs: ['preflight'],
  hosts: lbHosts,
  concurrency: () => Infinity,
  done: (ctx, name) => converged(ctx, name),
  run: async (ctx, name) => {
    await apply(ctx, name);
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
export const loadBalancerBackends = defineHostStep<ClusterFile, ClusterContext>({
  id: 'load-balancer/backends',
  title: 'Load balancer with every control plane',
  needs: ['join/mark-control-plane'],
  hosts: lbHosts,
  concurrency: () => Infinity,
  done: (ctx, name) => converged(ctx, name),
  run: (ctx, name) => apply(ctx, name),
});
