// Time to a Ready HA cluster on the lab, per engine, with the artifacts cached: the first control plane,
// one control-plane join alone (2 control planes), two in parallel (3 control planes; the ratio should stay
// near 1, not 2), and native/kubeadm ratios per phase. Run: npm run bench up  (about 6 minutes).
import { createLab, destroyLab, connectLabHost } from '../src/lab/index.js';
import { loadCluster } from '../src/config/cluster.js';
import { labClusterFile } from '../src/cluster/lab-cluster.js';
import { up } from '../src/cluster/up.js';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
async function bringUp(engine, controlPlanes) {
    const name = `bench${engine[0]}${controlPlanes}`;
    const dir = await mkdtemp(join(tmpdir(), 'kubeha-bench-'));
    const lab = await createLab({ name, loadBalancers: 1, controlPlanes, etcd: 0, workers: 1 });
    try {
        const steps = new Map();
        const started = Date.now();
        await up(loadCluster(labClusterFile(lab, { engine })), {
            emit: (e) => {
                if (e.type === 'step-done')
                    steps.set(`${e.step}${e.host ? `@${e.host}` : ''}`, e.ms);
            },
            connect: (spec) => connectLabHost(lab, spec.name),
            adminKubeconfigPath: join(dir, 'admin.conf'),
        });
        return { totalMs: Date.now() - started, steps };
    }
    finally {
        await destroyLab(name);
        await rm(dir, { recursive: true, force: true });
    }
}
const s = (ms) => `${(ms / 1000).toFixed(1)} s`;
/** A control plane's join: its join steps' times added up, for the slowest joining host. */
const joins = (r) => {
    const perHost = new Map();
    for (const [k, v] of r.steps)
        if (k.startsWith('join/') && !k.startsWith('join/worker@'))
            perHost.set(k.split('@')[1], (perHost.get(k.split('@')[1]) ?? 0) + v);
    return Math.max(0, ...perHost.values());
};
const results = {};
for (const engine of ['native', 'kubeadm']) {
    const one = await bringUp(engine, 2);
    const two = await bringUp(engine, 3);
    results[engine] = { one, two };
    console.log(`${engine}: Ready HA cluster (3 CP, 1 LB, 1 worker) in ${s(two.totalMs)}`);
    console.log(`  first control plane ${s([...two.steps].filter(([k]) => k.startsWith('init/')).reduce((a, [, v]) => a + v, 0))}`);
    console.log(`  one control-plane join ${s(joins(one))}, two in parallel ${s(joins(two))}, ratio ${(joins(two) / joins(one)).toFixed(2)}`);
}
const n = results['native'].two;
const k = results['kubeadm'].two;
console.log(`native/kubeadm time to Ready: ${(n.totalMs / k.totalMs).toFixed(2)}`);
for (const step of ['init/kubelet-start@cp1', 'init/wait-control-plane@cp1', 'join/control-plane-prepare@cp2', 'join/etcd-join@cp2', 'join/etcd-join@cp3', 'join/mark-control-plane@cp3', 'join/worker@w1', 'nodes-ready']) {
    const a = n.steps.get(step);
    const b = k.steps.get(step);
    if (a !== undefined && b !== undefined)
        console.log(`  ${step}: native ${s(a)}, kubeadm ${s(b)}, ratio ${(a / b).toFixed(2)}`);
}
//# sourceMappingURL=up.js.map