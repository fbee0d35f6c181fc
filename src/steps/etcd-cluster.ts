import { defineHostStep } from '../plan/step.js';
import { hostsWithRole, type ClusterFile } from '../config/cluster.js';
import type { ClusterContext } from '../cluster/context.js';
import { ensureEtcdCa, ensureLeafs, memberLeafTargets, readEtcdCa } from '../cluster/etcd-pki.js';
import { deepMerge, userDocuments, CRI_SOCKET } from '../engines/kubeadm/config.js';
import { nodeConfig, pkiInputs, type NodeConfig } from '../engines/native/node-config.js';
import { waitFor } from '../util/wait.js';
import { etcdctl, type EtcdctlCluster } from '../cluster/etcdctl.js';
import { KubehaError, PreconditionError, doing } from '../errors.js';
import type { Issuer } from '../kubeadm/pki/certificate.js';
import { toKubeYaml } from '../kubeadm/config/print.js';
import { etcdClientURL, etcdPeerURL, etcdPod, manifestYaml, writeStaticPods, MANIFESTS_DIR } from '../kubeadm/manifests/index.js';
import type { Host } from '../transport/host.js';

/**
 * External etcd, as the companion guide "Set up a High Availability etcd cluster with kubeadm" does it: one etcd
 * CA (made once, on the first etcd host), per-member certificates with the member's names and addresses, and
 * etcd as a kubeadm static pod under a kubelet that runs standalone (no API server). All members start with
 * state "new" and the full initial cluster; the step ends when every member is healthy.
 */

const KUBELET_CONFIG = '/var/lib/kubelet/config.yaml';
const KUBELET_FLAGS = '/var/lib/kubelet/kubeadm-flags.env';
/** Not a secret: node configs need a well-formed token, and nothing on an etcd host uses it. */
const UNUSED_TOKEN = 'abcdef.0123456789abcdef';

function etcdHosts(c: ClusterFile): string[] {
  return c.spec.topology === 'external' ? hostsWithRole(c, 'etcd').map((h) => h.name) : [];
}

/** The member's kubeadm configuration: the cluster's, with etcd.local carrying the initial cluster (state new). */
export function etcdMemberConfig(ctx: ClusterContext, name: string): NodeConfig {
  const c = nodeConfig(ctx.cluster, ctx.endpoint, ctx.hosts.spec(name), { token: UNUSED_TOKEN });
  const initialCluster = hostsWithRole(ctx.cluster, 'etcd').map((h) => `${h.name}=${etcdPeerURL(h.address)}`).join(',');
  return {
    ...c,
    cluster: {
      ...c.cluster,
      etcd: {
        local: {
          dataDir: '/var/lib/etcd',
          extraArgs: [
            { name: 'initial-cluster', value: initialCluster },
            { name: 'initial-cluster-state', value: 'new' },
          ],
          extraEnvs: [],
          serverCertSANs: [],
          peerCertSANs: [],
        },
      },
    },
  };
}

function memberManifest(c: NodeConfig): string {
  const facts = { nodeName: c.nodeName, advertiseAddress: c.advertiseAddress, controlPlaneComponentHealthCheck: c.init.timeouts.controlPlaneComponentHealthCheck };
  return manifestYaml(etcdPod(c.cluster, facts));
}

/**
 * The companion guide's kubelet drop-in, as files the kubeadm unit already reads: config.yaml with the
 * static-pod path and no API-server authentication, and flags that clear the kubeconfig paths so the kubelet
 * runs standalone (later flags win). The user's KubeletConfiguration supplies host specifics (cgroups).
 */
export function standaloneKubeletFiles(cluster: ClusterFile): { path: string; data: string; mode: number }[] {
  const user = userDocuments(cluster).get('KubeletConfiguration') ?? {};
  const config = deepMerge(user, {
    apiVersion: 'kubelet.config.k8s.io/v1beta1',
    kind: 'KubeletConfiguration',
    authentication: { anonymous: { enabled: false }, webhook: { enabled: false } },
    authorization: { mode: 'AlwaysAllow' },
    cgroupDriver: 'cgroupfs',
    address: '127.0.0.1',
    containerRuntimeEndpoint: CRI_SOCKET,
    staticPodPath: MANIFESTS_DIR,
  });
  return [
    { path: KUBELET_CONFIG, data: toKubeYaml(config), mode: 0o644 },
    { path: KUBELET_FLAGS, data: 'KUBELET_KUBEADM_ARGS="--bootstrap-kubeconfig= --kubeconfig="\n', mode: 0o644 },
  ];
}

/** etcdctl on an etcd host with its healthcheck-client certificate; true when every endpoint is healthy. */
export async function endpointsHealthy(host: Host, cluster: EtcdctlCluster, endpoints: readonly string[]): Promise<boolean> {
  const r = await etcdctl(host, cluster, endpoints, ['endpoint', 'health'], { allowFailure: true, dialTimeout: '3s', commandTimeout: '5s' });
  return r.code === 0;
}

/** The etcd CA as the first etcd host holds it (read-only); for steps after etcd/cluster. */
export async function firstMemberEtcdCa(ctx: ClusterContext): Promise<Issuer> {
  const first = hostsWithRole(ctx.cluster, 'etcd')[0]!.name;
  return readEtcdCa(await ctx.hosts.get(first), etcdMemberConfig(ctx, first).cluster.certificatesDir);
}

const caOnce = new WeakMap<ClusterContext, Promise<Issuer>>();

/** The one etcd CA: created on the first etcd host on the first run, read back from there afterwards. */
export function etcdCa(ctx: ClusterContext): Promise<Issuer> {
  let p = caOnce.get(ctx);
  if (!p) {
    const first = hostsWithRole(ctx.cluster, 'etcd')[0]!.name;
    p = (async () => {
      const host = await ctx.hosts.get(first);
      return doing('creating or reading the etcd CA', first, () => ensureEtcdCa(host, pkiInputs(etcdMemberConfig(ctx, first))));
    })();
    caOnce.set(ctx, p);
    p.catch(() => caOnce.delete(ctx));
  }
  return p;
}

export const etcdCluster = defineHostStep<ClusterFile, ClusterContext>({
  id: 'etcd/cluster',
  title: 'Set up the external etcd member',
  needs: ['preflight'],
  hosts: etcdHosts,
  concurrency: () => Infinity,
  shows: { etcdMembers: (c) => (c.spec.topology === 'external' ? etcdHosts(c).length : undefined) },
  done: async (ctx, name) => {
    const host = await ctx.hosts.get(name);
    const c = etcdMemberConfig(ctx, name);
    const manifest = await host.readFile(`${MANIFESTS_DIR}/etcd.yaml`);
    if (manifest?.toString() !== memberManifest(c)) return false;
    if ((await host.readFile(KUBELET_CONFIG)) === undefined) return false;
    return endpointsHealthy(host, c.cluster, [etcdClientURL(c.advertiseAddress)]);
  },
  run: async (ctx, name) => {
    const host = await ctx.hosts.get(name);
    const c = etcdMemberConfig(ctx, name);
    const pki = c.cluster.certificatesDir;
    const ca = await etcdCa(ctx);
    await doing('creating the member certificates (server, peer, healthcheck-client)', name, () =>
      ensureLeafs(host, ca, pkiInputs(c), memberLeafTargets(pki), `${pki}/etcd/ca.crt`),
    );
    // The kubelet is stopped while its manifest and configuration are written, then started once: a kubelet
    // that picks a static pod up half-way and is restarted under it was seen to leave the pod unstarted.
    await host.exec(['systemctl', 'stop', 'kubelet'], { doing: 'stopping the kubelet' });
    await doing('writing the etcd static pod', name, () => writeStaticPods(host, [etcdPod(c.cluster, { nodeName: c.nodeName, advertiseAddress: c.advertiseAddress, controlPlaneComponentHealthCheck: c.init.timeouts.controlPlaneComponentHealthCheck })]));
    await doing('starting the kubelet standalone', name, async () => {
      await host.writeFiles(standaloneKubeletFiles(ctx.cluster));
      await host.exec(['systemctl', 'start', 'kubelet'], { doing: 'starting the kubelet' });
    });
    const all = hostsWithRole(ctx.cluster, 'etcd').map((h) => etcdClientURL(h.address));
    await waitFor('every etcd member to be healthy', () => endpointsHealthy(host, c.cluster, all), 5 * 60_000, { host: host.name }).catch(async (err: unknown) => {
      if (err instanceof PreconditionError) throw err;
      const logs = await host.exec(['sh', '-c', 'ctr -n k8s.io containers ls 2>&1 | tail -5; ls /var/log/pods 2>&1; tail -n 30 /var/log/pods/*/etcd/*.log 2>/dev/null | tail -30'], { allowFailure: true });
      throw new KubehaError(
        `the etcd cluster did not become healthy (${all.join(', ')})`,
        { doing: 'waiting for the etcd cluster', host: name, output: `${logs.stdout}${logs.stderr}`.slice(-4000) },
        { cause: err },
      );
    });
  },
});
