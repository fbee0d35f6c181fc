import { memberList } from '../engines/native/etcd-member.js';
import { nodeConfig, type NodeConfig } from '../engines/native/node-config.js';
import { etcdClientURL, etcdPeerURL } from '../kubeadm/manifests/index.js';
import { kubeconfigNotUsable } from '../kubeadm/kubeconfig/usable.js';
import { firstControlPlane, type ClusterContext } from './context.js';
import { apiReady, kubectl } from './kubectl.js';

/**
 * Read-only probes of the last effects of `kubeadm init` and `kubeadm join`, the same for both engines: what a
 * step's done() asks before it counts as done, so that a re-run after a crash finishes half-done work. Each
 * returns what is still missing (empty: done).
 */

const PROBE_TOKEN = 'abcdef.0123456789abcdef';
const CONTROL_PLANE_LABEL = 'node-role.kubernetes.io/control-plane';

function configOf(ctx: ClusterContext, name: string): NodeConfig {
  return nodeConfig(ctx.cluster, ctx.endpoint, ctx.hosts.spec(name), { token: PROBE_TOKEN });
}

type NodeObject = { metadata: { labels?: Record<string, string> }; spec?: { taints?: { key: string; effect: string }[] } };

/** The Node as the first control plane's apiserver has it: registered, and marked when it is a control plane. */
async function nodeMissing(ctx: ClusterContext, c: NodeConfig, controlPlane: boolean): Promise<string[]> {
  const first = await ctx.hosts.get(firstControlPlane(ctx.cluster));
  const r = await kubectl(first, ['get', 'node', c.nodeName, '-o', 'json', '--ignore-not-found'], { allowFailure: true });
  if (r.code !== 0) return [`the Node ${c.nodeName} (the API did not answer)`];
  if (r.stdout.trim() === '') return [`the Node ${c.nodeName}`];
  if (!controlPlane) return [];
  const node = JSON.parse(r.stdout) as NodeObject;
  const missing: string[] = [];
  if (node.metadata.labels?.[CONTROL_PLANE_LABEL] === undefined) missing.push(`the ${CONTROL_PLANE_LABEL} label`);
  // mark-control-plane puts the configured taints (kubeadm's default: control-plane:NoSchedule).
  for (const t of c.init.nodeRegistration.taints ?? []) {
    if (!node.spec?.taints?.some((x) => x.key === t.key && x.effect === t.effect)) missing.push(`the ${t.key}:${t.effect} taint`);
  }
  return missing;
}

/** Stacked etcd: this host's member is a started voter (a learner left by a crash is not done). */
async function etcdMemberMissing(ctx: ClusterContext, name: string, c: NodeConfig): Promise<string[]> {
  if (!c.cluster.etcd.local) return [];
  const host = await ctx.hosts.get(name);
  const peerURL = etcdPeerURL(c.advertiseAddress);
  const members = await memberList(host, c.cluster, [etcdClientURL(c.advertiseAddress)]).catch(() => undefined);
  const me = members?.find((m) => m.peerURLs.includes(peerURL));
  if (me === undefined) return ['its etcd member'];
  if (me.learner) return ['the promotion of its etcd learner'];
  return me.started ? [] : ['its etcd member started'];
}

export async function joinMissing(ctx: ClusterContext, name: string): Promise<string[]> {
  const host = await ctx.hosts.get(name);
  const controlPlane = ctx.hosts.spec(name).role === 'control-plane';
  const why = await kubeconfigNotUsable(host, '/etc/kubernetes/kubelet.conf');
  if (why !== undefined) return [`a usable kubelet.conf (${why})`];
  const c = configOf(ctx, name);
  const missing: string[] = [];
  if (controlPlane) {
    for (const m of ['kube-apiserver', 'kube-controller-manager', 'kube-scheduler', ...(c.cluster.etcd.local ? ['etcd'] : [])]) {
      if ((await host.readFile(`/etc/kubernetes/manifests/${m}.yaml`)) === undefined) missing.push(`the ${m} manifest`);
    }
    missing.push(...(await etcdMemberMissing(ctx, name, c)));
  }
  missing.push(...(await nodeMissing(ctx, c, controlPlane)));
  return missing;
}

/** What kubeadm init leaves in the cluster, up to its last phase (addon); not the expiring token or Secret. */
export async function initMissing(ctx: ClusterContext): Promise<string[]> {
  const name = firstControlPlane(ctx.cluster);
  const host = await ctx.hosts.get(name);
  if (!(await apiReady(host))) return ['a ready kube-apiserver'];
  const c = configOf(ctx, name);
  const wanted: [string | undefined, string][] = [
    ['kube-system', 'configmap/kubeadm-config'],
    ['kube-system', 'configmap/kubelet-config'],
    ['kube-public', 'configmap/cluster-info'],
    ['kube-public', 'rolebinding.rbac.authorization.k8s.io/kubeadm:bootstrap-signer-clusterinfo'],
    [undefined, 'clusterrolebinding.rbac.authorization.k8s.io/kubeadm:kubelet-bootstrap'],
    [undefined, 'clusterrolebinding.rbac.authorization.k8s.io/kubeadm:node-autoapprove-bootstrap'],
    [undefined, 'clusterrolebinding.rbac.authorization.k8s.io/kubeadm:node-autoapprove-certificate-rotation'],
    [undefined, 'clusterrolebinding.rbac.authorization.k8s.io/kubeadm:get-nodes'],
    ...(c.cluster.proxy.disabled ? [] : ([['kube-system', 'daemonset.apps/kube-proxy']] as [string, string][])),
    ...(c.cluster.dns.disabled ? [] : ([['kube-system', 'deployment.apps/coredns']] as [string, string][])),
  ];
  const missing: string[] = [];
  for (const ns of [...new Set(wanted.map(([n]) => n))]) {
    const names = wanted.filter(([n]) => n === ns).map(([, r]) => r);
    const r = await kubectl(host, [...(ns ? ['-n', ns] : []), 'get', ...names, '-o', 'name', '--ignore-not-found'], { allowFailure: true });
    const found = new Set(r.stdout.split('\n').map((l) => l.trim()));
    for (const n of names) if (r.code !== 0 || !found.has(n)) missing.push(`${n}${ns ? ` in ${ns}` : ''}`);
  }
  missing.push(...(await nodeMissing(ctx, c, true)));
  return missing;
}

/** The plan's note for a step not yet done: what of it is missing (nothing when all is, e.g. a fresh host). */
export function missingNote(missing: readonly string[]): string | undefined {
  return missing.length === 0 || missing.length > 6 ? undefined : `missing ${missing.join(', ')}`;
}
