// `kubeha upgrade` on a lab (1 LB, 3 control planes, 1 worker) with a client sending fresh HTTPS requests
// through the LB (20 per second, a new TCP connection each) for the whole upgrade: the time it took, per control
// plane and worker, and the failed requests (target 0).
// Run: npm run bench upgrade -- [--from v1.36.5] [--to v1.37.2] [--engine native|kubeadm]   (about 15 minutes;
// the artifacts of both releases are built first when missing).
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureArtifacts } from '../src/artifacts/ensure.js';
import { labClusterFile } from '../src/cluster/lab-cluster.js';
import { requestStream } from '../src/cluster/traffic.js';
import { up } from '../src/cluster/up.js';
import { upgrade } from '../src/cluster/upgrade.js';
import { loadCluster } from '../src/config/cluster.js';
import { currentCluster } from '../src/kubeadm/kubeconfig/kubeconfig.js';
import { connectLabHost, createLab, destroyLab } from '../src/lab/index.js';
import { result } from './lib/result.js';
const arg = (name) => {
    const i = process.argv.indexOf(name);
    return i === -1 ? undefined : process.argv[i + 1];
};
const from = arg('--from') ?? 'v1.36.5';
const to = arg('--to') ?? 'v1.37.2';
const engine = (arg('--engine') ?? 'native');
const s = (ms) => `${(ms / 1000).toFixed(1)} s`;
await ensureArtifacts({ version: from, emit: () => { } });
await ensureArtifacts({ version: to, emit: () => { } });
const name = `benchupg${engine[0]}`;
const dir = await mkdtemp(join(tmpdir(), 'kubeha-bench-'));
let ok = false;
const lab = await createLab({ name, loadBalancers: 1, controlPlanes: 3, etcd: 0, workers: 1 });
try {
    const connect = (spec) => connectLabHost(lab, spec.name);
    const kubeconfig = join(dir, 'admin.conf');
    const loaded = loadCluster(labClusterFile(lab, { engine, kubernetesVersion: from }));
    await up(loaded, { emit: () => { }, connect, adminKubeconfigPath: kubeconfig });
    const admin = currentCluster(await readFile(kubeconfig, 'utf8'));
    const load = requestStream({ server: admin.server, caPem: admin.caPem, perSecond: 20 });
    const steps = [];
    const started = Date.now();
    try {
        await upgrade(loaded, {
            to,
            connect,
            adminKubeconfigPath: kubeconfig,
            emit: (e) => {
                if (e.type === 'step-done')
                    steps.push([`${e.step}${e.host ? ` ${e.host}` : ''}`, e.ms]);
            },
        });
    }
    finally {
        await load.stop();
    }
    const total = Date.now() - started;
    const failed = load.results.filter((r) => !r.ok);
    process.stdout.write(`upgrade ${from} → ${to}, ${engine} engine: ${s(total)}\n`);
    for (const [step, ms] of steps)
        process.stdout.write(`  ${step.padEnd(34)} ${s(ms)}\n`);
    process.stdout.write(`client: ${load.results.length} requests, ${failed.length} failed${failed.length ? `: ${[...new Set(failed.map((f) => f.why))].join('; ')}` : ''}\n`);
    ok = result(`upgrade-${engine}-failed-requests`, failed.length, '=0', 0);
    result(`upgrade-${engine}-s`, total / 1000, 'info', 1);
    result(`upgrade-${engine}-requests`, load.results.length, 'info', 0);
}
finally {
    await destroyLab(name);
    await rm(dir, { recursive: true, force: true });
}
process.exit(ok ? 0 : 1);
//# sourceMappingURL=upgrade.js.map