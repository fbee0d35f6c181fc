import { parse } from 'yaml';
import { firstControlPlane, type ClusterContext } from '../../cluster/context.js';
import type { JoinSecrets } from '../../cluster/secrets.js';
import { copySharedCerts, refuseCopiedNodeCerts } from '../../cluster/shared-certs.js';
import { doing, KubehaError } from '../../errors.js';
import { emitter } from '../../events.js';
import { loadKubeadmConfig } from '../../kubeadm/config/index.js';
import { downloadCerts } from '../../kubeadm/copycerts/copycerts.js';
import { verifyClusterInfo, type DiscoveredCluster } from '../../kubeadm/discovery/discovery.js';
import { ensureKubeconfigs, localApiEndpoint, renderKubeconfig } from '../../kubeadm/kubeconfig/kubeconfig.js';
import { etcdClientURL, etcdPeerURL } from '../../kubeadm/manifests/index.js';
import { ensurePki } from '../../kubeadm/pki/pki.js';
import { JWS_KEY_PREFIX } from '../../kubeadm/token/cluster-info.js';
import { parseToken } from '../../kubeadm/token/token.js';
import type { Host } from '../../transport/host.js';
import { apiFromKubeconfig, getClusterInfo, markControlPlane, tokenApi } from './api.js';
import { retry } from '../../util/wait.js';
import { addLearner, initialCluster, memberList, promote, type MemberInfo } from './etcd-member.js';
import { kubeletFiles } from './kubelet-files.js';
import { BOOTSTRAP_KUBECONFIG, KUBELET_KUBECONFIG, waitForTlsBootstrap } from './kubelet-bootstrap.js';
import { kubeconfigNotUsable } from '../../kubeadm/kubeconfig/usable.js';
import { durationMs, kubeconfigInputs, nodeConfig, pkiInputs, type NodeConfig } from './node-config.js';
import { readRequired, restartKubelet, writeControlPlaneManifests, writeEtcdManifest } from './node-setup.js';


async function clusterInfoData(server: string, caPem?: string): Promise<Record<string, string>> {
  const data = await getClusterInfo(server, caPem);
  if (!data) throw new Error('the cluster-info ConfigMap does not exist');
  return data;
}

/** Token discovery: unverified fetch, JWS + CA pin check, then a CA-verified fetch that must match byte for byte. */
export async function discover(ctx: ClusterContext, hostName: string, secrets: JoinSecrets, timeoutMs: number): Promise<DiscoveredCluster> {
  const server = `https://${ctx.endpoint.host}:${ctx.endpoint.port}`;
  const token = parseToken(secrets.token);
  const data = await retry(
    `waiting for cluster-info to be signed for token ${token.id}`,
    async () => {
      const d = await clusterInfoData(server);
      if (!d[`${JWS_KEY_PREFIX}${token.id}`]) throw new Error(`there is no JWS signature for token ${token.id} in cluster-info yet`);
      return d;
    },
    timeoutMs,
    2000,
  );
  const found = verifyClusterInfo(data, { token, caCertHashes: [secrets.caCertHash] }, hostName);
  const again = await clusterInfoData(server, found.caPem);
  if (again['kubeconfig'] !== found.kubeconfig) {
    throw new KubehaError('cluster-info changed between the unverified and the verified fetch', { doing: 'discovering the cluster', host: hostName });
  }
  return found;
}

const peerOf = (c: NodeConfig) => etcdPeerURL(c.advertiseAddress);
const selfIn = (members: readonly MemberInfo[], c: NodeConfig) => members.find((m) => m.peerURLs.includes(peerOf(c)));

/**
 * Adds this host as a learner and writes its etcd manifest; returns the member to promote, if any. Called
 * inside ctx.etcdJoin, so no learner of this run is in the way; the retry is for one left by an earlier,
 * interrupted run (`too many learner members` until that host has been promoted).
 */
async function addEtcdMember(host: Host, c: NodeConfig, endpoints: readonly string[], members: MemberInfo[], timeoutMs: number): Promise<MemberInfo | undefined> {
  if (!selfIn(members, c)) {
    members = await retry(
      'adding this host as an etcd learner',
      async () => {
        const now = await memberList(host, c.cluster, endpoints);
        if (!selfIn(now, c)) await addLearner(host, c.cluster, endpoints, c.nodeName, peerOf(c));
        return memberList(host, c.cluster, endpoints);
      },
      timeoutMs,
      500,
    );
  }
  await writeEtcdManifest(host, c, initialCluster(members, { name: c.nodeName, peerURL: peerOf(c) }));
  const me = selfIn(members, c)!;
  return me.learner ? me : undefined;
}

/** `kubeadm join` (worker or control plane), done by kubeha. */
export async function join(ctx: ClusterContext, name: string, secrets: JoinSecrets): Promise<void> {
  const emit = emitter(ctx.emit);
  const log = (message: string) => emit({ type: 'log', level: 'info', message, host: name });
  const host = await ctx.hosts.get(name);
  const spec = ctx.hosts.spec(name);
  const controlPlane = spec.role === 'control-plane';
  const local = nodeConfig(ctx.cluster, ctx.endpoint, spec, { token: secrets.token });
  const discovered = await doing('discovering the cluster (bootstrap token)', name, () => discover(ctx, name, secrets, durationMs(local.init.timeouts.discovery)));
  const bootstrap = await tokenApi(discovered.server, discovered.caPem, secrets.token);

  // Like kubeadm join: the cluster's stored configuration wins over anything local.
  const c: NodeConfig = await doing('reading the cluster configuration', name, async () => {
    const kubeadmConfig = await bootstrap.get({ apiVersion: 'v1', kind: 'ConfigMap', namespace: 'kube-system', name: 'kubeadm-config' });
    const kubeletConfig = await bootstrap.get({ apiVersion: 'v1', kind: 'ConfigMap', namespace: 'kube-system', name: 'kubelet-config' });
    const clusterText = ((kubeadmConfig?.['data'] ?? {}) as Record<string, string>)['ClusterConfiguration'];
    const kubeletText = ((kubeletConfig?.['data'] ?? {}) as Record<string, string>)['kubelet'];
    if (!clusterText || !kubeletText) throw new Error('kube-system/kubeadm-config or kube-system/kubelet-config is missing or empty');
    return { ...local, cluster: loadKubeadmConfig(clusterText).cluster!, kubelet: parse(kubeletText) as Record<string, unknown> };
  });
  const pki = c.cluster.certificatesDir;

  if (controlPlane) {
    await doing('preparing the control plane (control-plane-prepare)', name, async () => {
      if (ctx.cluster.spec.certificates === 'manual') {
        if ((await host.readFile('/etc/kubernetes/manifests/kube-apiserver.yaml')) === undefined) await refuseCopiedNodeCerts(host, ctx.cluster.spec.topology);
        await copySharedCerts(await ctx.hosts.get(firstControlPlane(ctx.cluster)), host, ctx.cluster.spec.topology);
      } else {
        // As kubeadm: the file set follows the cluster's stored ClusterConfiguration (external-etcd files included).
        const external = c.cluster.etcd.external;
        await downloadCerts(bootstrap, host, { certificatesDir: pki, certificateKey: secrets.certificateKey, ...(external ? { externalEtcd: external } : {}) });
      }
      await ensurePki(host, pkiInputs(c));
      await ensureKubeconfigs(host, kubeconfigInputs(c), { only: ['admin', 'controller-manager', 'scheduler'] });
      await writeControlPlaneManifests(host, c);
    });
  } else if ((await host.readFile(`${pki}/ca.crt`)) === undefined) {
    await host.writeFiles([{ path: `${pki}/ca.crt`, data: discovered.caPem, mode: 0o644 }]);
  }

  const startKubelet = () =>
    doing('starting the kubelet (kubelet-start)', name, () =>
      restartKubelet(host, async () => {
        const files = kubeletFiles(c.kubelet, c.init.nodeRegistration, name, { registerTaints: !controlPlane });
        // Written again whenever kubelet.conf does not load with its client certificate (a bootstrap cut short).
        if ((await kubeconfigNotUsable(host, KUBELET_KUBECONFIG)) !== undefined) {
          // ControlPlaneKubeletLocalMode: a control plane's kubelet bootstraps against its own apiserver.
          const server = controlPlane ? localApiEndpoint(c) : discovered.server;
          // First, as kubeadm's kubelet-start does: config.yaml is what lets a kubelet that did not stop (its
          // `systemctl stop` may time out under load) start, and one started before the bootstrap kubeconfig is
          // there runs standalone and never bootstraps.
          files.unshift({
            path: BOOTSTRAP_KUBECONFIG,
            data: renderKubeconfig({ clusterName: 'kubernetes', server, caPem: discovered.caPem, userName: 'tls-bootstrap-token-user', token: secrets.token }),
            mode: 0o600,
          });
        }
        await host.writeFiles(files);
      }),
    );

  if (controlPlane && c.cluster.etcd.local) {
    // The etcd manifest goes in before the kubelet starts: a static pod added while the kubelet cannot reach any
    // API server was observed never to get its volumes mounted (kubelet v1.37.2, lab), so the learner never started.
    // So the kubelet start sits between the learner add and its promotion, all inside ctx.etcdJoin.
    const endpoints = [etcdClientURL(ctx.hosts.spec(firstControlPlane(ctx.cluster)).address)];
    const etcdTimeout = durationMs(local.init.timeouts.etcdAPICall);
    const etcdJoin = async (members: MemberInfo[]) => {
      const learner = await doing('adding the etcd member (etcd-join)', name, () => addEtcdMember(host, c, endpoints, members, etcdTimeout));
      await startKubelet();
      if (learner) {
        await doing('promoting the etcd learner (etcd-join)', name, () =>
          retry('promoting the etcd learner (it must catch up with the leader first)', () => promote(host, c.cluster, endpoints, learner.id), etcdTimeout * 2, 1000),
        );
        log('etcd member promoted');
      }
    };
    const members = await doing('listing the etcd members (etcd-join)', name, () => retry('listing the etcd members', () => memberList(host, c.cluster, endpoints), etcdTimeout));
    // A member already (an earlier run added it): nothing to add, so it need not wait for the others.
    if (selfIn(members, c)) await etcdJoin(members);
    else await ctx.etcdJoin(() => etcdJoin(members));
  } else {
    await startKubelet();
  }

  await waitForTlsBootstrap(host, durationMs(c.init.timeouts.tlsBootstrap));

  if (controlPlane) {
    await doing('marking the control plane (mark-control-plane)', name, async () => {
      const admin = await apiFromKubeconfig((await readRequired(host, '/etc/kubernetes/admin.conf', 'reading admin.conf')).toString());
      await markControlPlane(admin, c.nodeName, c.init.nodeRegistration.taints, durationMs(c.init.timeouts.kubeletHealthCheck));
    });
  }
  log(controlPlane ? 'joined as a control plane' : 'joined as a worker');
}
