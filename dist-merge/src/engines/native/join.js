import { parse } from 'yaml';
import { firstControlPlane } from '../../cluster/context.js';
import { prepareSharedCerts } from '../../cluster/shared-certs.js';
import { writeJoinConfig } from '../kubeadm/config.js';
import { doing, KubehaError } from '../../errors.js';
import { emitter } from '../../events.js';
import { loadKubeadmConfig } from '../../kubeadm/config/index.js';
import { downloadCerts } from '../../kubeadm/copycerts/copycerts.js';
import { verifyClusterInfo } from '../../kubeadm/discovery/discovery.js';
import { ensureKubeconfigs, localApiEndpoint, renderKubeconfig } from '../../kubeadm/kubeconfig/kubeconfig.js';
import { etcdClientURL, etcdPeerURL } from '../../kubeadm/manifests/index.js';
import { ensurePki } from '../../kubeadm/pki/pki.js';
import { JWS_KEY_PREFIX } from '../../kubeadm/token/cluster-info.js';
import { parseToken } from '../../kubeadm/token/token.js';
import { apiFromKubeconfig, getClusterInfo, markControlPlane, tokenApi } from './api.js';
import { retry } from '../../util/wait.js';
import { addLearner, initialCluster, memberList, promote } from './etcd-member.js';
import { kubeletFiles } from './kubelet-files.js';
import { BOOTSTRAP_KUBECONFIG, KUBELET_KUBECONFIG, waitForTlsBootstrap } from './kubelet-bootstrap.js';
import { kubeconfigNotUsable } from '../../kubeadm/kubeconfig/usable.js';
import { durationMs, kubeconfigInputs, nodeConfig, pkiInputs } from './node-config.js';
import { readRequired, restartKubelet, writeControlPlaneManifests, writeEtcdManifest } from './node-setup.js';
async function clusterInfoData(server, caPem) {
    const data = await getClusterInfo(server, caPem);
    if (!data)
        throw new Error('the cluster-info ConfigMap does not exist');
    return data;
}
/** Token discovery: unverified fetch, JWS + CA pin check, then a CA-verified fetch that must match byte for byte. */
export async function discover(ctx, hostName, secrets, timeoutMs) {
    const server = `https://${ctx.endpoint.host}:${ctx.endpoint.port}`;
    const token = parseToken(secrets.token);
    const data = await retry(`waiting for cluster-info to be signed for token ${token.id}`, async () => {
        const d = await clusterInfoData(server);
        if (!d[`${JWS_KEY_PREFIX}${token.id}`])
            throw new Error(`there is no JWS signature for token ${token.id} in cluster-info yet`);
        return d;
    }, timeoutMs, 2000);
    const found = verifyClusterInfo(data, { token, caCertHashes: [secrets.caCertHash] }, hostName);
    // Retried like the first fetch: a TLS handshake cut through the load balancer ("socket disconnected before secure
    // TLS connection was established") failed a join here on a loaded lab (load average 55).
    const again = await retry('fetching cluster-info again, verified by the CA', () => clusterInfoData(server, found.caPem), timeoutMs, 2000);
    if (again['kubeconfig'] !== found.kubeconfig) {
        throw new KubehaError('cluster-info changed between the unverified and the verified fetch', { doing: 'discovering the cluster', host: hostName });
    }
    return found;
}
const peerOf = (c) => etcdPeerURL(c.advertiseAddress);
const selfIn = (members, c) => members.find((m) => m.peerURLs.includes(peerOf(c)));
/**
 * Adds this host as a learner and writes its etcd manifest; returns the member to promote, if any. Called
 * one host at a time (the etcd-join step), so no learner of this run is in the way; the retry is for one left by an earlier,
 * interrupted run (`too many learner members` until that host has been promoted).
 */
async function addEtcdMember(host, c, endpoints, members, timeoutMs) {
    if (!selfIn(members, c)) {
        members = await retry('adding this host as an etcd learner', async () => {
            const now = await memberList(host, c.cluster, endpoints);
            if (!selfIn(now, c))
                await addLearner(host, c.cluster, endpoints, c.nodeName, peerOf(c));
            return memberList(host, c.cluster, endpoints);
        }, timeoutMs, 500);
    }
    await writeEtcdManifest(host, c, initialCluster(members, { name: c.nodeName, peerURL: peerOf(c) }));
    const me = selfIn(members, c);
    return me.learner ? me : undefined;
}
async function joining(ctx, name, secrets) {
    const host = await ctx.hosts.get(name);
    const spec = ctx.hosts.spec(name);
    const local = nodeConfig(ctx.cluster, ctx.endpoint, spec, { token: secrets.token });
    const discovered = await doing('discovering the cluster (bootstrap token)', name, () => discover(ctx, name, secrets, durationMs(local.init.timeouts.discovery)));
    const bootstrap = await tokenApi(discovered.server, discovered.caPem, secrets.token);
    // Like kubeadm join: the cluster's stored configuration wins over anything local.
    // Retried as kubeadm's join does (GetConfigMapWithShortRetry): through the load balancer, a loaded first control
    // plane may be out of rotation for seconds (its /readyz failing), and haproxy then drops the connection
    // ("socket disconnected before secure TLS connection was established", bench scale: 1 LB, 3 CPs, 3 workers, load 84).
    const c = await doing('reading the cluster configuration', name, () => retry('reading the cluster configuration', async () => {
        const kubeadmConfig = await bootstrap.get({ apiVersion: 'v1', kind: 'ConfigMap', namespace: 'kube-system', name: 'kubeadm-config' });
        const kubeletConfig = await bootstrap.get({ apiVersion: 'v1', kind: 'ConfigMap', namespace: 'kube-system', name: 'kubelet-config' });
        const clusterText = (kubeadmConfig?.['data'] ?? {})['ClusterConfiguration'];
        const kubeletText = (kubeletConfig?.['data'] ?? {})['kubelet'];
        if (!clusterText || !kubeletText)
            throw new Error('kube-system/kubeadm-config or kube-system/kubelet-config is missing or empty');
        return { ...local, cluster: loadKubeadmConfig(clusterText).cluster, kubelet: parse(kubeletText) };
    }, durationMs(local.init.timeouts.kubernetesAPICall), 2000));
    return { host, controlPlane: spec.role === 'control-plane', discovered, bootstrap, c };
}
/** kubelet-start: the kubelet's files, the bootstrap kubeconfig while kubelet.conf does not load yet, and a (re)start. */
async function startKubelet(j, secrets) {
    const { host, c, controlPlane, discovered } = j;
    await doing('starting the kubelet (kubelet-start)', host.name, () => restartKubelet(host, async () => {
        const files = kubeletFiles(c.kubelet, c.init.nodeRegistration, host.name, { registerTaints: !controlPlane });
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
    }));
}
/** The parts of `kubeadm join --control-plane`, done by kubeha. */
export async function joinControlPlane(ctx, name, phase, secrets) {
    const j = await joining(ctx, name, secrets);
    const { host, c, bootstrap } = j;
    switch (phase) {
        case 'control-plane-prepare':
            await doing('preparing the control plane (control-plane-prepare)', name, async () => {
                if (ctx.cluster.spec.certificates === 'manual') {
                    await prepareSharedCerts(ctx, host);
                }
                else {
                    // As kubeadm: the file set follows the cluster's stored ClusterConfiguration (external-etcd files included).
                    const external = c.cluster.etcd.external;
                    await downloadCerts(bootstrap, host, { certificatesDir: c.cluster.certificatesDir, certificateKey: secrets.certificateKey, ...(external ? { externalEtcd: external } : {}) });
                }
                // The join config the kubeadm engine would use: kept, like kubeadm's, and the mark that this join began.
                await writeJoinConfig(ctx, host, secrets);
                await ensurePki(host, pkiInputs(c));
                await ensureKubeconfigs(host, kubeconfigInputs(c), { only: ['admin', 'controller-manager', 'scheduler'] });
                await writeControlPlaneManifests(host, c);
            });
            return;
        case 'kubelet-start':
            await startKubelet(j, secrets);
            return;
        case 'etcd-join':
            await etcdJoin(ctx, j);
            return;
        case 'mark-control-plane':
            await waitForTlsBootstrap(host, durationMs(c.init.timeouts.tlsBootstrap));
            await doing('marking the control plane (mark-control-plane)', name, async () => {
                const admin = await apiFromKubeconfig((await readRequired(host, '/etc/kubernetes/admin.conf', 'reading admin.conf')).toString());
                await markControlPlane(admin, c.nodeName, c.init.nodeRegistration.taints, durationMs(c.init.timeouts.kubeletHealthCheck));
            });
            emitter(ctx.emit)({ type: 'log', level: 'info', message: 'joined as a control plane', host: name });
    }
}
/**
 * etcd-join, one host at a time (the step's concurrency): the learner added, the etcd manifest written, the
 * kubelet restarted, the learner promoted. The restart is what lets the kubelet, started in kubelet-start while
 * no API server answers it, run the new static pod: one added to a running kubelet in that state was observed
 * never to get its volumes mounted (kubelet v1.37.2, lab), so the learner never started.
 */
async function etcdJoin(ctx, j) {
    const { host, c } = j;
    const name = host.name;
    const endpoints = [etcdClientURL(ctx.hosts.spec(firstControlPlane(ctx.cluster)).address)];
    const etcdTimeout = durationMs(c.init.timeouts.etcdAPICall);
    const members = await doing('listing the etcd members (etcd-join)', name, () => retry('listing the etcd members', () => memberList(host, c.cluster, endpoints), etcdTimeout));
    const learner = await doing('adding the etcd member (etcd-join)', name, () => addEtcdMember(host, c, endpoints, members, etcdTimeout));
    await doing('restarting the kubelet for the etcd static pod (etcd-join)', name, () => restartKubelet(host, async () => { }));
    if (learner) {
        await doing('promoting the etcd learner (etcd-join)', name, () => retry('promoting the etcd learner (it must catch up with the leader first)', () => promote(host, c.cluster, endpoints, learner.id), etcdTimeout * 2, 1000));
        emitter(ctx.emit)({ type: 'log', level: 'info', message: 'etcd member promoted', host: name });
    }
}
/** A worker's `kubeadm join`, done by kubeha: the CA, kubelet-start, kubelet-wait-bootstrap. */
export async function joinWorker(ctx, name, secrets) {
    const j = await joining(ctx, name, secrets);
    const { host, c, discovered } = j;
    const pki = c.cluster.certificatesDir;
    if ((await host.readFile(`${pki}/ca.crt`)) === undefined)
        await host.writeFiles([{ path: `${pki}/ca.crt`, data: discovered.caPem, mode: 0o644 }]);
    await startKubelet(j, secrets);
    await waitForTlsBootstrap(host, durationMs(c.init.timeouts.tlsBootstrap));
    emitter(ctx.emit)({ type: 'log', level: 'info', message: 'joined as a worker', host: name });
}
//# sourceMappingURL=join.js.map