import { KubehaError } from '../errors.js';
import type { Host } from '../transport/host.js';
import { pollUntil, waitFor } from '../util/wait.js';
import type { ClusterContext } from './context.js';
import { etcdctl } from './etcdctl.js';
import { probeConfig } from './joined.js';
import { readyz } from './kubectl.js';
import { etcdClientURL } from '../kubeadm/manifests/index.js';

/**
 * Restarting a static pod's container so that it reads renewed certificates: the running container's task gets
 * SIGTERM through containerd (each host's own `ctr`, namespace k8s.io, where the kubelet's containers are), and
 * the kubelet starts a new container for the same pod. The manifest stays byte for byte as it was; the pod is
 * the same, its restartCount grows by one.
 */

const NAMESPACE = 'k8s.io';
/** How long a restarted component may take to exit on SIGTERM (in-flight requests finish in far less). */
const TERMINATION_GRACE_MS = 10_000;

/** The containerd filter for the kube-system container the kubelet named `component`. */
export function containerFilter(component: string): string {
  return `labels."io.kubernetes.container.name"==${component},labels."io.kubernetes.pod.namespace"==kube-system`;
}

/** Parses `ctr tasks ls` (TASK PID STATUS): the ids of running tasks. */
export function runningTaskIds(tasksLs: string): Set<string> {
  const ids = new Set<string>();
  for (const line of tasksLs.split('\n').slice(1)) {
    const [id, , status] = line.trim().split(/\s+/);
    if (id && status === 'RUNNING') ids.add(id);
  }
  return ids;
}

/** Ids of the running containers of this kube-system component on the host (read-only). */
export async function runningContainers(host: Host, component: string): Promise<string[]> {
  const doing = `looking for the ${component} container`;
  const [containers, tasks] = await Promise.all([
    host.exec(['ctr', '-n', NAMESPACE, 'containers', 'ls', '-q', containerFilter(component)], { doing }),
    host.exec(['ctr', '-n', NAMESPACE, 'tasks', 'ls'], { doing }),
  ]);
  const running = runningTaskIds(tasks.stdout);
  return containers.stdout.split('\n').map((l) => l.trim()).filter((id) => id !== '' && running.has(id));
}

/** Stops the component's running container and waits until the kubelet runs a new one. */
export async function restartStaticPod(host: Host, component: string, timeoutMs = 180_000): Promise<void> {
  const doing = `restarting ${component}`;
  const before = await runningContainers(host, component);
  if (before.length === 0) throw new KubehaError(`no ${component} container runs here`, { doing, host: host.name });
  for (const id of before) {
    await host.exec(['ctr', '-n', NAMESPACE, 'tasks', 'kill', '--signal', 'SIGTERM', id], { doing, allowFailure: true });
  }
  // kube-apiserver stops listening at once on SIGTERM, then waits 60 s for its open connections (watches) before it
  // exits ("Failed to shutdown server: context deadline exceeded": lab, v1.37.2, 60.3 s of a 74 s restart). It is
  // out of the load balancers by then, and its clients watch again elsewhere: after a grace period it is killed,
  // as the kubelet does a static pod after terminationGracePeriodSeconds.
  const exited = async () => (await runningContainers(host, component).catch(() => before)).every((id) => !before.includes(id));
  if (!(await pollUntil(exited, TERMINATION_GRACE_MS, 500))) {
    for (const id of before) {
      await host.exec(['ctr', '-n', NAMESPACE, 'tasks', 'kill', '--signal', 'SIGKILL', id], { doing, allowFailure: true });
    }
  }
  await waitFor(
    `the kubelet to start ${component} again`,
    async () => {
      const now = await runningContainers(host, component).catch(() => []);
      return now.length > 0 && now.every((id) => !before.includes(id));
    },
    timeoutMs,
    { host: host.name, intervalMs: 1000 },
  ).catch((err: Error) => {
    throw new KubehaError(err.message, { doing, host: host.name }, { cause: err });
  });
}

/** When the component's running container was created (the latest, if several); undefined when none runs. */
export async function runningSince(host: Host, component: string): Promise<Date | undefined> {
  let latest: Date | undefined;
  for (const id of await runningContainers(host, component)) {
    const r = await host.exec(['ctr', '-n', NAMESPACE, 'containers', 'info', id], { doing: `reading the ${component} container`, allowFailure: true });
    if (r.code !== 0) continue;
    const created = new Date((JSON.parse(r.stdout) as { CreatedAt?: string }).CreatedAt ?? '');
    if (!Number.isNaN(created.getTime()) && (latest === undefined || created > latest)) latest = created;
  }
  return latest;
}

/** Read-only: this control plane's own apiserver answers /readyz at its address (not through a load balancer). */
export async function localApiserverReady(ctx: ClusterContext, name: string): Promise<boolean> {
  const host = await ctx.hosts.get(name);
  return (await readyz(host, `https://${ctx.hosts.spec(name).address}:${probeConfig(ctx, name).bindPort}`)) === 'ok';
}

/** Ready again, by the component's own health: the local apiserver's /readyz, the local etcd member's health. */
async function healthy(ctx: ClusterContext, name: string, component: string): Promise<boolean> {
  const host = await ctx.hosts.get(name);
  if (component === 'kube-apiserver') return localApiserverReady(ctx, name);
  if (component === 'etcd') {
    const r = await etcdctl(host, probeConfig(ctx, name).cluster, [etcdClientURL(ctx.hosts.spec(name).address)], ['endpoint', 'health'], { allowFailure: true, doing: 'checking the etcd member' });
    return r.code === 0;
  }
  return true;
}

/**
 * Restarts these static pods of a host together and waits until each is healthy again. Together: the kubelet takes
 * ~27 s to start a stopped container again (lab, kube-scheduler), and the apiserver, the local etcd's only client
 * here, is out of the load balancers meanwhile.
 */
export async function restartAndWait(ctx: ClusterContext, name: string, components: readonly string[]): Promise<void> {
  const host = await ctx.hosts.get(name);
  await Promise.all(
    components.map(async (component) => {
      await restartStaticPod(host, component);
      await waitFor(`${component} on ${name} to be healthy`, () => healthy(ctx, name, component).catch(() => false), 180_000, { host: name, intervalMs: 1000 }).catch(async (err: Error) => {
        throw new KubehaError(err.message, { doing: `restarting ${component}`, host: name, output: await containerLogTail(host, component) }, { cause: err });
      });
    }),
  );
}

/** The end of the component's newest container log, and its containers' states: what a timed-out wait leaves to read. */
export async function containerLogTail(host: Host, component: string): Promise<string> {
  const script = 'ctr -n k8s.io containers ls -q "$1" 2>&1 | tail -3; ctr -n k8s.io tasks ls 2>&1 | tail -8; f=$(ls -t /var/log/pods/kube-system_"$2"-*/"$2"/*.log 2>/dev/null | head -1); [ -n "$f" ] && echo "$f:" && tail -n 25 "$f"';
  const r = await host.exec(['sh', '-c', script, 'kubeha-logs', containerFilter(component), component], { allowFailure: true, timeoutMs: 30_000 }).catch(() => undefined);
  return r ? `${r.stdout}${r.stderr}`.slice(-6000) : '';
}

/** The kubelet's own health endpoint answers `ok` (read-only; bash's /dev/tcp: hosts have no curl). */
export async function kubeletHealthy(host: Host): Promise<boolean> {
  const r = await host.exec(['bash', '-c', 'exec 3<>/dev/tcp/127.0.0.1/10248 && printf "GET /healthz HTTP/1.0\\r\\n\\r\\n" >&3 && cat <&3'], { allowFailure: true, timeoutMs: 10_000 });
  return r.code === 0 && /\r?\n\r?\nok$/.test(r.stdout.trim()) ;
}

/**
 * Restarts the kubelet and waits for its health endpoint: a new kubelet has forgotten every crash-loop back-off (a
 * member that crash-looped while quorum was lost waited 5 min for its next start otherwise: lab, v1.37.2). Done
 * before manifests are put back: a kubelet restarted while it picks a static pod up was seen to leave it unstarted.
 */
export async function restartKubelet(host: Host): Promise<void> {
  await host.exec(['systemctl', 'restart', 'kubelet'], { doing: 'restarting the kubelet' });
  await waitFor('the kubelet to be healthy', () => kubeletHealthy(host).catch(() => false), 120_000, { host: host.name, intervalMs: 1000 }).catch((err: Error) => {
    throw new KubehaError(err.message, { doing: 'restarting the kubelet', host: host.name }, { cause: err });
  });
}
