import { readFile } from 'node:fs/promises';
import { parse } from 'yaml';
import { KubehaError, PreconditionError } from '../errors.js';
import { emitter } from '../events.js';
import { etcdClientURL } from '../kubeadm/manifests/index.js';
import { currentCluster } from '../kubeadm/kubeconfig/kubeconfig.js';
import { pollUntil } from '../util/wait.js';
import { etcdHostNames, namesWithRole } from './context.js';
import { etcdctl } from './etcdctl.js';
import { answering } from './host-pool.js';
import { probeConfig } from './joined.js';
import { clusterStatus, parseEtcdJson } from './status.js';
import { requestStream } from './traffic.js';
import { openCluster } from './up.js';
/** The thresholds `kubeha drill` uses unless told otherwise. */
export const DEFAULT_THRESHOLDS = { failedAfter: 0, leaderMs: 2000, vipMs: 1000, vipFailedPercent: 1 };
/** The admin kubeconfig's endpoint, CA and client certificate (the key stays in memory only). */
async function adminCredentials(path) {
    const text = await readFile(path, 'utf8').catch((err) => {
        throw new PreconditionError(`cannot read the admin kubeconfig ${path} (written by \`up\`): ${err.message}`, { doing: 'preparing the drill' });
    });
    const user = parse(text).users?.[0]?.user ?? {};
    const decode = (k) => Buffer.from(user[k] ?? '', 'base64').toString();
    return { ...currentCluster(text), client: { cert: decode('client-certificate-data'), key: decode('client-key-data') } };
}
/** The etcd leader's member id and the host whose endpoint it is, asked of the members other than `exclude`. */
async function etcdLeader(ctx, exclude) {
    const names = etcdHostNames(ctx.cluster).filter((n) => n !== exclude);
    for (const n of names) {
        const { host } = await answering(ctx.hosts, n);
        if (!host)
            continue;
        const endpoints = names.map((m) => etcdClientURL(ctx.hosts.spec(m).address));
        const r = await etcdctl(host, probeConfig(ctx, n).cluster, endpoints, ['endpoint', 'status', '-w', 'json'], { allowFailure: true, dialTimeout: '1s', commandTimeout: '2s', timeoutMs: 10_000 });
        if (!r.stdout.trim().startsWith('['))
            continue;
        const rows = parseEtcdJson(r.stdout);
        const leader = rows.find((x) => x.Status.leader !== '0')?.Status.leader;
        if (!leader)
            return undefined;
        const row = rows.find((x) => x.Status.header.member_id === leader);
        const owner = row && names.find((m) => etcdClientURL(ctx.hosts.spec(m).address) === row.Endpoint);
        return { id: leader, ...(owner ? { host: owner } : {}) };
    }
    return undefined;
}
/**
 * When a surviving member logged the election of a new leader after `since` (etcd's own timestamp, in its
 * static pod's log): exact where polling etcdctl (a container started per call, seconds each under load) is not.
 */
async function leaderElectedAt(ctx, survivors, since) {
    let first;
    for (const n of survivors) {
        const { host } = await answering(ctx.hosts, n);
        const r = await host?.exec(['sh', '-c', 'grep -h "elected leader" /var/log/pods/kube-system_etcd-*/etcd/*.log 2>/dev/null | tail -n 50'], { allowFailure: true, timeoutMs: 10_000 });
        for (const m of (r?.stdout ?? '').matchAll(/"ts":"([^"]+)"/g)) {
            const at = Date.parse(m[1]);
            if (at >= since && (first === undefined || at < first))
                first = at;
        }
    }
    return first;
}
/**
 * When keepalived on one of `among` entered MASTER state after `since`, by its own log's timestamp: the lab's
 * svlogd file (`-tt`: UTC), or systemd's journal on a real host. Polling `ip addr` over SSH takes seconds a round
 * on a loaded machine.
 */
async function vipTakenAt(ctx, among, since) {
    let first;
    for (const n of among) {
        const { host } = await answering(ctx.hosts, n);
        const r = await host?.exec(['sh', '-c', 'grep -h "Entering MASTER STATE" /var/log/kubeha/keepalived/current 2>/dev/null || journalctl -u keepalived -o short-iso-precise --no-pager 2>/dev/null | grep "Entering MASTER STATE"'], { allowFailure: true, timeoutMs: 10_000 });
        for (const line of (r?.stdout ?? '').split('\n')) {
            const lab = /^(\d{4}-\d\d-\d\d)_(\d\d:\d\d:\d\d\.\d+)/.exec(line);
            const iso = /^(\d{4}-\d\d-\d\dT[\d:.]+[+-]\d\d:?\d\d)/.exec(line);
            const at = lab ? Date.parse(`${lab[1]}T${lab[2].slice(0, 12)}Z`) : iso ? Date.parse(iso[1]) : NaN;
            if (Number.isFinite(at) && at >= since && (first === undefined || at < first))
                first = at;
        }
    }
    return first;
}
async function vipHolder(ctx, vip, among) {
    for (const n of among) {
        const { host } = await answering(ctx.hosts, n);
        const r = await host?.exec(['ip', '-o', 'addr', 'show'], { allowFailure: true, timeoutMs: 5000 });
        if (r?.stdout.split(/\s+/).some((w) => w.startsWith(`${vip}/`)))
            return n;
    }
    return undefined;
}
/** The longest stretch in [from, to] with no request completing successfully. */
export function longestGap(results, from, to) {
    const ends = results.filter((r) => r.ok).map((r) => r.at + r.ms).filter((t) => t >= from && t <= to).sort((a, b) => a - b);
    let last = from;
    let gap = 0;
    for (const t of [...ends, to]) {
        gap = Math.max(gap, t - last);
        last = t;
    }
    return gap;
}
async function waitHealthy(ctx, timeoutMs) {
    return pollUntil(async () => (await clusterStatus(ctx)).healthy, timeoutMs, 2000);
}
/**
 * Fails each victim in turn while a steady stream of fresh requests goes through the cluster endpoint, and
 * measures what a client sees: failed requests (in flight at the failure, or started after it), the longest
 * time without a successful request, the etcd leader change and the VIP move; then brings the victim back and
 * waits for a healthy `status` before the next. Refuses to start on a cluster that is not healthy.
 */
export async function drill(loaded, options) {
    const thresholds = { ...DEFAULT_THRESHOLDS, ...options.thresholds };
    const rate = options.rate ?? 20;
    const offMs = options.offMs ?? 15_000;
    const ctx = await openCluster(loaded, options);
    const emit = emitter(options.emit);
    const lbs = 'managed' in loaded.cluster.spec.loadBalancer ? namesWithRole(loaded.cluster, 'load-balancer') : [];
    const vip = 'managed' in loaded.cluster.spec.loadBalancer ? loaded.cluster.spec.loadBalancer.managed.virtualIP : undefined;
    const victims = options.victims ?? [...namesWithRole(loaded.cluster, 'control-plane'), ...(vip !== undefined && lbs.length >= 2 ? lbs : [])];
    try {
        const before = await clusterStatus(ctx);
        if (!before.healthy) {
            throw new PreconditionError(`the cluster is not healthy (${before.problems.length} problems): a drill starts from a healthy cluster`, {
                doing: 'starting the drill',
                issues: before.problems.map((p) => ({ path: p.host ?? 'cluster', message: p.what })),
            });
        }
        const admin = await adminCredentials(ctx.adminKubeconfigPath);
        const report = { cluster: loaded.cluster.metadata.name, at: new Date().toISOString(), rate, power: options.power.kind, thresholds, victims: [], passed: true };
        for (const victim of victims) {
            const role = ctx.hosts.spec(victim).role;
            if (role !== 'control-plane' && role !== 'load-balancer')
                throw new KubehaError(`${victim} is a ${role}: a drill fails control planes and load balancers`, { doing: 'choosing the victims', host: victim });
            emit({ type: 'log', level: 'info', message: `failing ${victim} (${options.power.kind})`, host: victim });
            const streams = [
                requestStream({ server: admin.server, caPem: admin.caPem, perSecond: rate / 2, path: '/readyz' }),
                requestStream({ server: admin.server, caPem: admin.caPem, perSecond: rate / 2, path: '/api/v1/namespaces/kube-system', client: admin.client }),
            ];
            const row = { victim, role, requests: 0, failed: 0, failedInFlight: 0, failedAfter: 0, longestGapMs: 0, recoveredMs: 0, reasons: {}, exceeded: [] };
            let offAt = 0;
            let deadAt = 0;
            let backAt = 0;
            try {
                await new Promise((r) => setTimeout(r, 2000));
                const leader = role === 'control-plane' ? await etcdLeader(ctx) : undefined;
                const holder = role === 'load-balancer' && vip !== undefined ? await vipHolder(ctx, vip, lbs) : undefined;
                offAt = Date.now();
                await options.power.off(ctx, victim);
                deadAt = Date.now();
                row.powerOffMs = deadAt - offAt;
                const watchers = [];
                if (leader?.host === victim) {
                    row.ledEtcd = true;
                    watchers.push(pollUntil(async () => {
                        const now = await etcdLeader(ctx, victim).catch(() => undefined);
                        if (!now || now.id === leader.id)
                            return false;
                        row.etcdLeaderMs = Date.now() - offAt;
                        return true;
                    }, offMs, 0).then(() => { }));
                }
                else if (leader)
                    row.ledEtcd = false;
                if (holder !== undefined) {
                    row.heldVip = holder === victim;
                    if (holder === victim) {
                        watchers.push(pollUntil(async () => {
                            const now = await vipHolder(ctx, vip, lbs.filter((l) => l !== victim));
                            if (now === undefined)
                                return false;
                            row.vipMs = Date.now() - offAt;
                            return true;
                        }, offMs, 0).then(() => { }));
                    }
                }
                await Promise.all([...watchers, new Promise((r) => setTimeout(r, Math.max(0, offAt + offMs - Date.now())))]);
                if (row.heldVip && row.vipMs !== undefined) {
                    const taken = await vipTakenAt(ctx, lbs.filter((l) => l !== victim), offAt);
                    if (taken !== undefined)
                        row.vipMs = taken - offAt;
                }
                if (row.ledEtcd) {
                    const survivors = etcdHostNames(ctx.cluster).filter((n) => n !== victim);
                    const elected = await leaderElectedAt(ctx, survivors, offAt);
                    if (elected !== undefined)
                        row.etcdLeaderMs = elected - offAt;
                }
                await options.power.on(ctx, victim);
                backAt = Date.now();
                const healthy = await waitHealthy(ctx, 5 * 60_000);
                row.recoveredMs = Date.now() - backAt;
                if (!healthy)
                    row.exceeded.push(`not healthy 5 minutes after ${victim} came back`);
            }
            finally {
                await Promise.all(streams.map((s) => s.stop()));
            }
            const end = Date.now();
            const results = streams.flatMap((s) => s.results);
            const failed = results.filter((r) => !r.ok);
            row.requests = results.length;
            row.failed = failed.length;
            // Killing a lab host takes a moment (its processes one by one): a request that started while it was dying
            // was in flight at the failure; one that started once it was dead, after it.
            row.failedInFlight = failed.filter((r) => r.at < deadAt && r.at + r.ms >= offAt).length;
            row.failedAfter = failed.filter((r) => r.at >= deadAt).length;
            row.longestGapMs = longestGap(results, offAt, end);
            for (const f of failed)
                row.reasons[f.why ?? 'failed'] = (row.reasons[f.why ?? 'failed'] ?? 0) + 1;
            if (role === 'control-plane' && row.failedAfter > thresholds.failedAfter)
                row.exceeded.push(`${row.failedAfter} failed requests started after the power-off (at most ${thresholds.failedAfter})`);
            if (row.ledEtcd && (row.etcdLeaderMs === undefined || row.etcdLeaderMs > thresholds.leaderMs))
                row.exceeded.push(`new etcd leader ${row.etcdLeaderMs === undefined ? 'not seen' : `after ${row.etcdLeaderMs} ms`} (at most ${thresholds.leaderMs} ms)`);
            if (row.heldVip) {
                if (row.vipMs === undefined || row.vipMs > thresholds.vipMs)
                    row.exceeded.push(`VIP ${row.vipMs === undefined ? 'never moved' : `moved after ${row.vipMs} ms`} (at most ${thresholds.vipMs} ms)`);
                const percent = (100 * row.failed) / Math.max(1, row.requests);
                if (percent > thresholds.vipFailedPercent)
                    row.exceeded.push(`${percent.toFixed(1)} % of requests failed (at most ${thresholds.vipFailedPercent} %)`);
            }
            if (row.exceeded.length > 0)
                report.passed = false;
            report.victims.push(row);
            emit({ type: 'log', level: row.exceeded.length > 0 ? 'warn' : 'info', message: `${victim}: ${row.failed}/${row.requests} failed (${row.failedAfter} after the failure), back to healthy in ${(row.recoveredMs / 1000).toFixed(1)} s`, host: victim });
        }
        return report;
    }
    finally {
        await ctx.hosts.closeAll();
    }
}
//# sourceMappingURL=drill.js.map