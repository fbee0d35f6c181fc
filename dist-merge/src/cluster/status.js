import { X509Certificate } from 'node:crypto';
import { hostsWithRole } from '../config/cluster.js';
import { etcdctl } from './etcdctl.js';
import { memberList } from '../engines/native/etcd-member.js';
import { etcdClientURL, etcdPeerURL } from '../kubeadm/manifests/index.js';
import { checkExpiration } from '../kubeadm/pki/expiration.js';
import { serversState } from '../steps/load-balancer/admin-socket.js';
import { etcdHostNames, namesWithRole } from './context.js';
import { probeConfig } from './joined.js';
import { readJoinSecretsState } from './join-secrets-state.js';
import { kubectl, readyz } from './kubectl.js';
import { answering } from './host-pool.js';
import { openCluster } from './up.js';
/** Certificates closer than this to their end are a problem (kubeadm's check-expiration warns at 30 days too). */
const CERT_WARNING_MS = 30 * 24 * 3_600_000;
/** etcdctl's JSON carries 64-bit ids as numbers: kept as hex strings. */
export function parseEtcdJson(text) {
    return JSON.parse(text.replace(/("(?:member_id|cluster_id|leader|ID)"\s*:\s*)(\d+)/g, (_, k, n) => `${k}"${BigInt(n).toString(16)}"`));
}
async function etcdView(ctx, live, status) {
    const etcdHosts = etcdHostNames(ctx.cluster);
    const asker = etcdHosts.find((n) => live.has(n));
    if (asker === undefined) {
        status.problems.push({ what: `etcd: none of ${etcdHosts.join(', ')} answers` });
        return;
    }
    const host = live.get(asker);
    const c = probeConfig(ctx, asker).cluster;
    const endpoints = etcdHosts.map((n) => etcdClientURL(ctx.hosts.spec(n).address));
    let members;
    try {
        members = await memberList(host, c, [etcdClientURL(ctx.hosts.spec(asker).address)]);
    }
    catch (err) {
        status.problems.push({ host: asker, what: `etcd does not answer: ${err instanceof Error ? err.message.split('\n')[0] : String(err)}` });
        return;
    }
    const st = await etcdctl(host, c, endpoints, ['endpoint', 'status', '-w', 'json'], { allowFailure: true, doing: 'reading the etcd endpoint status' });
    const he = await etcdctl(host, c, endpoints, ['endpoint', 'health', '-w', 'json'], { allowFailure: true, doing: 'reading the etcd endpoint health' });
    const statuses = st.stdout.trim().startsWith('[') ? parseEtcdJson(st.stdout) : [];
    const health = he.stdout.trim().startsWith('[') ? JSON.parse(he.stdout) : [];
    const byPeer = new Map(etcdHosts.map((n) => [etcdPeerURL(ctx.hosts.spec(n).address), n]));
    for (const m of members) {
        const owner = m.peerURLs.map((u) => byPeer.get(u)).find((n) => n !== undefined);
        const s = statuses.find((x) => x.Status.header.member_id === m.id.replace(/^0+/, ''));
        const h = health.find((x) => m.clientURLs.includes(x.endpoint));
        const row = {
            member: m.name || m.id,
            id: m.id,
            voter: !m.learner,
            leader: s !== undefined && s.Status.leader === s.Status.header.member_id,
            healthy: h?.health === true,
            ...(owner === undefined ? {} : { host: owner }),
            ...(s === undefined ? {} : { dbSizeBytes: s.Status.dbSize }),
            ...(h?.error ? { error: h.error } : !m.started ? { error: 'never started' } : {}),
        };
        status.etcd.push(row);
        if (owner === undefined)
            status.problems.push({ what: `etcd member ${row.member} (${m.peerURLs.join(', ')}) belongs to no host of the cluster file` });
        else if (!row.healthy)
            status.problems.push({ host: owner, what: `etcd member ${row.member} is not healthy${row.error ? `: ${row.error}` : ''}` });
        if (m.learner)
            status.problems.push({ ...(owner ? { host: owner } : {}), what: `etcd member ${row.member} is still a learner` });
    }
    for (const n of etcdHosts) {
        if (!members.some((m) => m.peerURLs.includes(etcdPeerURL(ctx.hosts.spec(n).address))))
            status.problems.push({ host: n, what: 'has no etcd member' });
    }
    if (!status.etcd.some((e) => e.leader))
        status.problems.push({ what: 'etcd has no leader' });
}
async function controlPlaneView(ctx, live, status) {
    const cps = namesWithRole(ctx.cluster, 'control-plane');
    for (const n of cps) {
        const host = live.get(n);
        if (!host)
            continue;
        const local = `https://${ctx.hosts.spec(n).address}:${probeConfig(ctx, n).bindPort}`;
        const r = await readyz(host, local);
        status.apiservers.push({ host: n, readyz: r });
        if (r !== 'ok')
            status.problems.push({ host: n, what: `kube-apiserver /readyz: ${r}` });
    }
    const asker = cps.map((n) => live.get(n)).find((h) => h !== undefined && status.apiservers.some((a) => a.host === h.name && a.readyz === 'ok'));
    if (!asker)
        return undefined;
    const vias = [
        ...(ctx.cluster.spec.loadBalancer && 'managed' in ctx.cluster.spec.loadBalancer
            ? hostsWithRole(ctx.cluster, 'load-balancer').map((h) => ({ via: h.name, server: `https://${h.address}:${ctx.endpoint.port}` }))
            : []),
        { via: `endpoint ${ctx.endpoint.host}:${ctx.endpoint.port}`, server: `https://${ctx.endpoint.host}:${ctx.endpoint.port}` },
    ];
    const seen = new Set();
    for (const v of vias) {
        if (seen.has(v.server))
            continue;
        seen.add(v.server);
        // The serving certificate names the endpoint (the VIP), not each load balancer's own address.
        const r = await readyz(asker, v.server, ctx.endpoint.host);
        status.endpoints.push({ via: v.via, readyz: r });
        if (r !== 'ok')
            status.problems.push({ what: `/readyz through ${v.via}: ${r}` });
    }
    return asker;
}
async function loadBalancerView(ctx, live, status) {
    const lb = ctx.cluster.spec.loadBalancer;
    if (!lb || !('managed' in lb))
        return;
    const vip = lb.managed.virtualIP;
    for (const h of hostsWithRole(ctx.cluster, 'load-balancer')) {
        const host = live.get(h.name);
        if (!host)
            continue;
        const row = { host: h.name, backends: [] };
        const servers = await serversState(host).catch((err) => err);
        if (servers instanceof Error) {
            row.error = `haproxy's admin socket does not answer: ${servers.message.split('\n')[0]}`;
            status.problems.push({ host: h.name, what: row.error });
        }
        else {
            row.backends = [...servers].map(([name, s]) => ({ name, up: s.up, ...(s.drained ? { drained: true } : {}) }));
            for (const b of row.backends)
                if (!b.up)
                    status.problems.push({ host: b.name, what: `DOWN in haproxy on ${h.name}` });
            for (const b of row.backends)
                if (b.drained)
                    status.problems.push({ host: b.name, what: `drained in haproxy on ${h.name}`, code: 'lb-drained' });
            for (const cp of namesWithRole(ctx.cluster, 'control-plane')) {
                if (!row.backends.some((b) => b.name === cp))
                    status.problems.push({ host: cp, what: `not a backend of haproxy on ${h.name}` });
            }
        }
        if (vip !== undefined) {
            const a = await host.exec(['ip', '-o', 'addr', 'show'], { allowFailure: true });
            row.holdsVirtualIP = a.stdout.split(/\s+/).some((w) => w.startsWith(`${vip}/`));
        }
        status.loadBalancers.push(row);
    }
    if (vip !== undefined && !status.loadBalancers.some((l) => l.holdsVirtualIP))
        status.problems.push({ what: `no load balancer holds the virtual IP ${vip}` });
}
async function workloadView(ctx, asker, status) {
    const nodes = await kubectl(asker, ['get', 'nodes', '-o', 'json'], { allowFailure: true });
    if (nodes.code === 0) {
        for (const n of JSON.parse(nodes.stdout).items) {
            const ready = n.status?.conditions?.find((c) => c.type === 'Ready');
            const row = { name: n.metadata.name, ready: ready?.status === 'True', ...(ready?.lastTransitionTime ? { since: ready.lastTransitionTime } : {}) };
            status.nodes.push(row);
            if (!row.ready)
                status.problems.push({ host: row.name, what: 'node not Ready', ...(row.since ? { since: row.since } : {}) });
        }
    }
    const expected = ctx.cluster.spec.hosts.filter((h) => h.role === 'control-plane' || h.role === 'worker').map((h) => probeConfig(ctx, h.name).nodeName);
    for (const n of expected)
        if (!status.nodes.some((x) => x.name === n))
            status.problems.push({ host: n, what: 'no Node registered' });
    for (const n of status.nodes)
        if (!expected.includes(n.name))
            status.problems.push({ host: n.name, what: 'a Node for a host not in the cluster file' });
    const pods = await kubectl(asker, ['-n', 'kube-system', 'get', 'pods', '-o', 'json'], { allowFailure: true });
    if (pods.code === 0) {
        for (const p of JSON.parse(pods.stdout).items) {
            const phase = p.status?.phase ?? 'Unknown';
            if (phase === 'Succeeded' || (phase === 'Running' && (p.status?.containerStatuses ?? []).every((c) => c.ready)))
                continue;
            const row = { name: p.metadata.name, phase: phase === 'Running' ? 'Running, not ready' : phase, ...(p.spec?.nodeName ? { node: p.spec.nodeName } : {}), ...(p.status?.startTime ? { since: p.status.startTime } : {}) };
            status.pods.push(row);
            status.problems.push({ ...(row.node ? { host: row.node } : {}), what: `kube-system/${row.name} is ${row.phase}`, ...(row.since ? { since: row.since } : {}) });
        }
    }
}
async function certificateView(ctx, live, status) {
    const now = Date.now();
    for (const h of ctx.cluster.spec.hosts) {
        const host = live.get(h.name);
        if (!host || h.role === 'load-balancer')
            continue;
        const found = [];
        if (h.role === 'control-plane' || h.role === 'etcd') {
            const c = probeConfig(ctx, h.name).cluster;
            const info = await checkExpiration(host, { certificatesDir: c.certificatesDir, kubernetesDir: '/etc/kubernetes', externalEtcd: c.etcd.external !== undefined });
            for (const x of [...info.certificates, ...info.certificateAuthorities])
                if (!x.missing)
                    found.push({ name: x.name, notAfter: x.expirationDate });
        }
        const kubelet = await host.readFile('/var/lib/kubelet/pki/kubelet-client-current.pem');
        if (kubelet) {
            try {
                found.push({ name: 'kubelet client (rotated by the kubelet)', notAfter: new Date(new X509Certificate(kubelet).validTo) });
            }
            catch {
                status.problems.push({ host: h.name, what: 'the kubelet client certificate does not parse' });
            }
        }
        const first = found.sort((a, b) => a.notAfter.getTime() - b.notAfter.getTime())[0];
        if (!first)
            continue;
        status.certificates.push({ host: h.name, name: first.name, notAfter: first.notAfter.toISOString() });
        if (first.notAfter.getTime() - now < CERT_WARNING_MS)
            status.problems.push({ host: h.name, what: `certificate ${first.name} expires ${first.notAfter.toISOString()}` });
    }
}
/**
 * The health of the cluster as its file describes it, changing nothing: hosts, etcd, apiservers directly and
 * through the load balancers, haproxy's view of its backends, the virtual IP, nodes, kube-system pods,
 * certificate expiry, and the lifetimes of the join secrets. Every problem names its host where there is one.
 */
export async function status(loaded, options = {}) {
    const ctx = await openCluster(loaded, { emit: options.emit ?? (() => { }), ...options });
    try {
        return await clusterStatus(ctx);
    }
    finally {
        await ctx.hosts.closeAll();
    }
}
/** `status` on a cluster already open (its connections stay open). */
export async function clusterStatus(ctx) {
    const cluster = ctx.cluster;
    const result = {
        cluster: cluster.metadata.name,
        at: new Date().toISOString(),
        healthy: false,
        hosts: [],
        etcd: [],
        apiservers: [],
        endpoints: [],
        loadBalancers: [],
        nodes: [],
        pods: [],
        certificates: [],
        problems: [],
    };
    const live = new Map();
    await Promise.all(cluster.spec.hosts.map(async (h) => {
        const r = await answering(ctx.hosts, h.name);
        result.hosts.push({ name: h.name, role: h.role, address: h.address, reachable: r.host !== undefined, ...(r.error ? { error: r.error } : {}) });
        if (r.host)
            live.set(h.name, r.host);
        else
            result.problems.push({ host: h.name, what: `unreachable: ${r.error}` });
    }));
    result.hosts.sort((a, b) => cluster.spec.hosts.findIndex((h) => h.name === a.name) - cluster.spec.hosts.findIndex((h) => h.name === b.name));
    await etcdView(ctx, live, result);
    const asker = await controlPlaneView(ctx, live, result);
    await loadBalancerView(ctx, live, result);
    if (asker) {
        await workloadView(ctx, asker, result);
        const state = await joinSecretLifetimes(ctx);
        if (state)
            result.joinSecrets = state;
    }
    else {
        result.problems.push({ what: 'no control plane answers: nodes and pods unknown' });
    }
    await certificateView(ctx, live, result);
    result.healthy = result.problems.length === 0;
    return result;
}
/** The join secrets' lifetimes, when the first control plane of the file holds them; not a problem when gone. */
async function joinSecretLifetimes(ctx) {
    const state = await readJoinSecretsState(ctx).catch(() => undefined);
    if (!state)
        return undefined;
    return {
        ...(state.tokenExpires !== undefined ? { tokenExpires: new Date(state.tokenExpires).toISOString() } : {}),
        ...(state.certsExpire !== undefined ? { uploadedCertificatesExpire: new Date(state.certsExpire).toISOString() } : {}),
    };
}
//# sourceMappingURL=status.js.map