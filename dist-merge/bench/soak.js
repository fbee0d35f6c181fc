// Soak: `lab up`'s path (fresh lab, up with host preparation), the e2e health assertions, and the lab's
// removal, N times for each engine, topology and certificate mode, optionally beside a second lab cluster
// as background load. Every run passes or names what failed; nothing is retried.
//   npm run bench soak -- [--runs N] [--load] [--only native-stacked,mixed,…]
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadCluster } from '../src/config/cluster.js';
import { labClusterFile } from '../src/cluster/lab-cluster.js';
import { up } from '../src/cluster/up.js';
import { connectLabHost, createLab, destroyLab } from '../src/lab/index.js';
import { formatError } from '../src/cli/format-error.js';
import { StepFailedError } from '../src/plan/runner.js';
import { etcdctl, etcdVoters, flannelImage, podsReadyAndStable, podToPod, readyNodes } from '../test/e2e/cluster-helpers.js';
const COMBOS = [
    { name: 'native-stacked', spec: { loadBalancers: 1, controlPlanes: 3, etcd: 0, workers: 2 }, options: { engine: 'native' } },
    { name: 'native-external', spec: { loadBalancers: 1, controlPlanes: 3, etcd: 3, workers: 2 }, options: { engine: 'native', topology: 'external' } },
    { name: 'kubeadm-stacked', spec: { loadBalancers: 1, controlPlanes: 3, etcd: 0, workers: 2 }, options: { engine: 'kubeadm' } },
    { name: 'kubeadm-external', spec: { loadBalancers: 1, controlPlanes: 3, etcd: 3, workers: 2 }, options: { engine: 'kubeadm', topology: 'external' } },
    { name: 'native-manual-certs', spec: { loadBalancers: 1, controlPlanes: 3, etcd: 0, workers: 2 }, options: { engine: 'native', certificates: 'manual' } },
    { name: 'mixed', spec: { loadBalancers: 1, controlPlanes: 3, etcd: 0, workers: 2 }, options: { engine: 'native', hostEngines: { cp2: 'kubeadm', w1: 'kubeadm' } } },
];
function arg(flag) {
    const i = process.argv.indexOf(flag);
    return i >= 0 ? process.argv[i + 1] : undefined;
}
const runs = Number(arg('--runs') ?? 3);
const only = arg('--only')?.split(',');
const combos = only ? COMBOS.filter((c) => only.includes(c.name)) : COMBOS;
const withLoad = process.argv.includes('--load');
async function bringUp(lab, options, kubeconfig) {
    await up(loadCluster(labClusterFile(lab, options), 'cluster.yaml'), {
        emit: (_e) => { },
        connect: (spec) => connectLabHost(lab, spec.name),
        adminKubeconfigPath: kubeconfig,
    });
}
/** The health assertions of the e2e tests; throws naming the first that fails. */
async function assertHealthy(lab, combo, kubeconfig) {
    const nodes = lab.hosts.filter((h) => h.role === 'control-plane' || h.role === 'worker').map((h) => h.name).sort();
    const ready = await readyNodes(kubeconfig);
    if (ready.join() !== nodes.join())
        throw new Error(`Ready nodes ${ready.join(', ')}, expected ${nodes.join(', ')}`);
    await podsReadyAndStable(kubeconfig);
    const external = combo.options.topology === 'external';
    const etcdHosts = lab.hosts.filter((h) => h.role === (external ? 'etcd' : 'control-plane'));
    // The healthcheck-client certificate lives where etcd runs.
    const cp1 = await connectLabHost(lab, external ? 'etcd1' : 'cp1');
    try {
        const members = etcdVoters(await etcdctl(cp1, etcdHosts.map((h) => `https://${h.address}:2379`), ['member', 'list', '-w', 'simple']));
        if (members.voters !== 3 || members.learners !== 0 || members.unstarted !== 0)
            throw new Error(`etcd: ${JSON.stringify(members)}, expected 3 started voters`);
    }
    finally {
        await cp1.close();
    }
    const workers = lab.hosts.filter((h) => h.role === 'worker').map((h) => h.name);
    if (workers.length >= 2 && !/hello/.test(await podToPod(kubeconfig, await flannelImage(), workers[0], workers[1])))
        throw new Error('pod-to-pod across workers failed');
}
/** Before the lab goes: what the failed hosts' kubelet and containerd said, and their kubelet files. */
async function diagnostics(lab, err) {
    const hosts = err instanceof StepFailedError ? err.failures.map((f) => f.host).filter((h) => h !== undefined) : [];
    const parts = [];
    for (const h of hosts) {
        const host = await connectLabHost(lab, h).catch(() => undefined);
        if (!host)
            continue;
        const r = await host.exec(['sh', '-c', 'sv status /etc/service/kubelet /etc/service/containerd; ls -l /etc/kubernetes /var/lib/kubelet /var/lib/kubelet/pki; tail -n 60 /var/log/kubeha/kubelet/current; tail -n 15 /var/log/kubeha/containerd/current; tail -n 30 /var/log/kubeha/systemctl.log'], { allowFailure: true, timeoutMs: 60_000 });
        parts.push(`\n    --- ${h}:\n${r.stdout}${r.stderr}`);
        await host.close();
    }
    return parts.join('');
}
async function once(combo, run) {
    const name = `soak${process.pid % 1000}r${run}c${COMBOS.indexOf(combo)}`;
    const dir = await mkdtemp(join(tmpdir(), 'kubeha-soak-'));
    const kubeconfig = join(dir, 'admin.conf');
    const started = Date.now();
    let upMs = 0;
    try {
        const lab = await createLab({ name, ...combo.spec });
        const t0 = Date.now();
        await bringUp(lab, combo.options, kubeconfig);
        upMs = Date.now() - t0;
        await assertHealthy(lab, combo, kubeconfig);
        // A second up has nothing to do.
        const again = await up(loadCluster(labClusterFile(lab, combo.options), 'cluster.yaml'), {
            emit: () => { },
            connect: (spec) => connectLabHost(lab, spec.name),
            adminKubeconfigPath: kubeconfig,
        });
        const changed = again.outcomes.filter((o) => o.status === 'done').map((o) => `${o.step}@${o.host ?? 'cluster'}`);
        if (changed.length > 0)
            throw new Error(`a second up changed ${changed.join(', ')}`);
        return { combo: combo.name, run, ok: true, upMs, totalMs: Date.now() - started };
    }
    catch (err) {
        const why = formatError(err).split('\n').slice(0, 12).join('\n    ');
        return { combo: combo.name, run, ok: false, upMs, totalMs: Date.now() - started, why: `${why}${await diagnostics(name, err)}` };
    }
    finally {
        await destroyLab(name).catch(() => { });
        await rm(dir, { recursive: true, force: true });
    }
}
const LOAD = `soakload${process.pid % 1000}`;
const s = (ms) => `${(ms / 1000).toFixed(1)} s`;
const results = [];
try {
    if (withLoad) {
        const dir = await mkdtemp(join(tmpdir(), 'kubeha-soak-load-'));
        const lab = await createLab({ name: LOAD, loadBalancers: 1, controlPlanes: 3, etcd: 0, workers: 2 });
        await bringUp(lab, { engine: 'native' }, join(dir, 'admin.conf'));
        console.log(`load: lab ${LOAD} (native, stacked, 6 hosts) is up`);
    }
    for (let run = 1; run <= runs; run++) {
        for (const combo of combos) {
            const r = await once(combo, run);
            results.push(r);
            console.log(`${r.ok ? 'pass' : 'FAIL'} ${r.combo.padEnd(20)} run ${r.run}: up ${s(r.upMs)}, with checks and removal ${s(r.totalMs)}${r.why ? `\n    ${r.why}` : ''}`);
        }
    }
}
finally {
    if (withLoad)
        await destroyLab(LOAD).catch(() => { });
}
console.log(`\ncombination          passed  up (min–max)`);
for (const combo of combos) {
    const mine = results.filter((r) => r.combo === combo.name);
    const ups = mine.filter((r) => r.ok).map((r) => r.upMs);
    const range = ups.length === 0 ? '–' : `${s(Math.min(...ups))}–${s(Math.max(...ups))}`;
    console.log(`${combo.name.padEnd(20)} ${`${mine.filter((r) => r.ok).length}/${mine.length}`.padEnd(7)} ${range}`);
}
for (const combo of combos) {
    const mine = results.filter((r) => r.combo === combo.name);
    const passed = mine.filter((r) => r.ok).length;
    console.log(`RESULT soak-${combo.name}${withLoad ? '-load' : ''} ${passed}/${mine.length} ${mine.length}/${mine.length} ${passed === mine.length ? 'pass' : 'fail'}`);
    const ups = mine.filter((r) => r.ok).map((r) => r.upMs / 1000);
    console.log(`RESULT soak-${combo.name}${withLoad ? '-load' : ''}-up-min-s ${ups.length === 0 ? 'none' : Math.min(...ups).toFixed(1)} info`);
    console.log(`RESULT soak-${combo.name}${withLoad ? '-load' : ''}-up-max-s ${ups.length === 0 ? 'none' : Math.max(...ups).toFixed(1)} info`);
}
process.exit(results.every((r) => r.ok) ? 0 : 1);
//# sourceMappingURL=soak.js.map