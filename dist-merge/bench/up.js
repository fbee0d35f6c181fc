// Time to a Ready HA cluster on the lab, per engine, with the artifacts cached: the first control plane,
// one control-plane join alone (2 control planes), two in parallel (3 control planes; the ratio should stay
// near 1, not 2), and native/kubeadm ratios per phase. For each 3-control-plane run: its critical path (the
// longest chain of dependent (step, host) executions, src/plan/critical-path.ts), each link with its time, the
// milestones, and wall time / critical path (target <= 1.2: the runner adds little beyond what must be serial).
// Run: npm run bench up -- [--engine native|kubeadm] [--events DIR]  (about 6 minutes idle; DIR gets each run's
// events as NDJSON).
import { createLab, destroyLab, connectLabHost } from '../src/lab/index.js';
import { loadCluster } from '../src/config/cluster.js';
import { labClusterFile } from '../src/cluster/lab-cluster.js';
import { up } from '../src/cluster/up.js';
import { upMilestones } from '../src/cluster/up-milestones.js';
import { criticalPath, executionsFromEvents } from '../src/plan/critical-path.js';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { result } from './lib/result.js';
const arg = (flag) => {
    const i = process.argv.indexOf(flag);
    return i === -1 ? undefined : process.argv[i + 1];
};
const engines = arg('--engine') ? [arg('--engine')] : ['native', 'kubeadm'];
const eventsDir = arg('--events');
async function bringUp(engine, controlPlanes) {
    const name = `bench${engine[0]}${controlPlanes}`;
    const dir = await mkdtemp(join(tmpdir(), 'kubeha-bench-'));
    const lab = await createLab({ name, loadBalancers: 1, controlPlanes, etcd: 0, workers: 1 });
    try {
        const steps = new Map();
        const events = [];
        const started = Date.now();
        const { plan } = await up(loadCluster(labClusterFile(lab, { engine })), {
            emit: (e) => {
                events.push(e);
                if (e.type === 'step-done')
                    steps.set(`${e.step}${e.host ? `@${e.host}` : ''}`, e.ms);
            },
            connect: (spec) => connectLabHost(lab, spec.name),
            adminKubeconfigPath: join(dir, 'admin.conf'),
        });
        const totalMs = Date.now() - started;
        if (eventsDir !== undefined) {
            await mkdir(eventsDir, { recursive: true });
            await writeFile(join(eventsDir, `${name}.ndjson`), events.map((e) => JSON.stringify(e)).join('\n') + '\n');
        }
        const executions = executionsFromEvents(events);
        return { started, totalMs, steps, path: criticalPath(plan, executions, started), sameHostPath: criticalPath(plan, executions, started, { sameHost: true }), milestones: upMilestones(executions, started) };
    }
    finally {
        await destroyLab(name);
        await rm(dir, { recursive: true, force: true });
    }
}
const s = (ms) => (ms === undefined ? '–' : `${(ms / 1000).toFixed(1)} s`);
const sec = (ms) => (ms === undefined ? undefined : ms / 1000);
/** A control plane's join: its join steps' times added up, for the slowest joining host. */
const joins = (r) => {
    const perHost = new Map();
    for (const [k, v] of r.steps)
        if (k.startsWith('join/') && !k.startsWith('join/worker@'))
            perHost.set(k.split('@')[1], (perHost.get(k.split('@')[1]) ?? 0) + v);
    return Math.max(0, ...perHost.values());
};
function printPath(r) {
    const m = r.milestones;
    console.log(`  milestones: first control plane ready ${s(m.initDone)}, first control-plane join ${s(m.firstJoin)}, all joins ${s(m.allJoins)}, nodes Ready ${s(m.nodesReady)}`);
    console.log(`  critical path ${s(r.path.ms)} (${r.path.chain.length} links), wall ${s(r.totalMs)}, ratio ${(r.totalMs / r.path.ms).toFixed(2)}:`);
    for (const l of r.path.chain)
        console.log(`    ${`${l.step}${l.host ? `@${l.host}` : ''}`.padEnd(36)} ${s(l.ms).padStart(8)}${l.waitMs >= 50 ? `  (after ${s(l.waitMs)} off the path)` : ''}`);
    console.log(`  with per-host needs (a need on a step that ran on the same host waiting for that host only) the path would be ${s(r.sameHostPath.ms)}`);
    const waits = r.path.chain.reduce((a, l) => a + l.waitMs, 0);
    const last = r.path.chain.at(-1);
    console.log(`    waits between links ${s(waits)}; after the last link, until up returned ${s(last === undefined ? undefined : r.started + r.totalMs - last.end)}`);
}
const results = {};
for (const engine of engines) {
    const one = await bringUp(engine, 2);
    const two = await bringUp(engine, 3);
    results[engine] = { one, two };
    console.log(`${engine}: Ready HA cluster (3 CP, 1 LB, 1 worker) in ${s(two.totalMs)}`);
    console.log(`  first control plane ${s([...two.steps].filter(([k]) => k.startsWith('init/')).reduce((a, [, v]) => a + v, 0))}`);
    console.log(`  one control-plane join ${s(joins(one))}, two in parallel ${s(joins(two))}, ratio ${(joins(two) / joins(one)).toFixed(2)}`);
    printPath(two);
}
const n = results['native']?.two;
const k = results['kubeadm']?.two;
if (n && k) {
    console.log(`native/kubeadm time to Ready: ${(n.totalMs / k.totalMs).toFixed(2)}`);
    for (const step of ['init/kubelet-start@cp1', 'init/wait-control-plane@cp1', 'join/control-plane-prepare@cp2', 'join/etcd-join@cp2', 'join/etcd-join@cp3', 'join/mark-control-plane@cp3', 'join/worker@w1', 'nodes-ready']) {
        const a = n.steps.get(step);
        const b = k.steps.get(step);
        if (a !== undefined && b !== undefined)
            console.log(`  ${step}: native ${s(a)}, kubeadm ${s(b)}, ratio ${(a / b).toFixed(2)}`);
    }
}
let ok = true;
for (const engine of engines) {
    const r = results[engine];
    const suffix = engine === 'native' ? '' : `-${engine}`;
    ok = result(`up-critical-path-ratio${suffix}`, r.two.totalMs / r.two.path.ms, '<=1.2') && ok;
    result(`up-wall-s${suffix}`, sec(r.two.totalMs), 'info', 1);
    result(`up-critical-path-s${suffix}`, sec(r.two.path.ms), 'info', 1);
    result(`up-critical-path-same-host-s${suffix}`, sec(r.two.sameHostPath.ms), 'info', 1);
    result(`up-first-control-plane-ready-s${suffix}`, sec(r.two.milestones.initDone), 'info', 1);
    result(`up-first-join-s${suffix}`, sec(r.two.milestones.firstJoin), 'info', 1);
    result(`up-all-joins-s${suffix}`, sec(r.two.milestones.allJoins), 'info', 1);
    result(`up-nodes-ready-s${suffix}`, sec(r.two.milestones.nodesReady), 'info', 1);
    result(`up-parallel-join-ratio${suffix}`, joins(r.two) / joins(r.one), 'info');
}
if (n && k)
    result('up-native-vs-kubeadm', n.totalMs / k.totalMs, 'info');
process.exit(ok ? 0 : 1);
//# sourceMappingURL=up.js.map