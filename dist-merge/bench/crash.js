// Crash soak: `kubeha up` (the CLI, over SSH) killed with SIGKILL at N seeded random moments, run again after
// each kill, then run to its end; the cluster must have converged and a further `up` must change nothing. A
// moment is a random time after the run's first step starts (a re-run first probes what is done, for 10–20 s
// under load; a kill then would interrupt nothing), up to --max-ms.
//   npm run bench crash -- [--kills 20] [--seed S] [--engine native|kubeadm] [--max-ms 15000]
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { labClusterFile } from '../src/cluster/lab-cluster.js';
import { createLab, destroyLab } from '../src/lab/index.js';
import { convergedProblems, kubeconfigIn, upOnce } from '../test/e2e/crash-helpers.js';
function arg(flag) {
    const i = process.argv.indexOf(flag);
    return i >= 0 ? process.argv[i + 1] : undefined;
}
const kills = Number(arg('--kills') ?? 20);
const seed = Number(arg('--seed') ?? Date.now() % 100000);
const maxMs = Number(arg('--max-ms') ?? 15_000);
const engines = arg('--engine') ? [arg('--engine')] : ['native', 'kubeadm'];
/** mulberry32: a small seeded generator, so a run can be repeated. */
function random(s) {
    let a = s >>> 0;
    return () => {
        a = (a + 0x6d2b79f5) >>> 0;
        let t = a;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
}
let failed = false;
for (const engine of engines) {
    const name = `crash${engine[0]}${seed % 1000}`;
    const dir = await mkdtemp(join(tmpdir(), 'kubeha-crash-'));
    const next = random(seed);
    const started = Date.now();
    try {
        const lab = await createLab({ name, loadBalancers: 1, controlPlanes: 3, etcd: 0, workers: 1 });
        const file = join(dir, 'cluster.yaml');
        await writeFile(file, labClusterFile(lab, { engine }), { mode: 0o600 });
        const home = join(dir, 'home');
        const moments = [];
        let killed = 0;
        while (killed < kills) {
            const at = Math.round(next() * maxMs);
            const r = await upOnce(file, home, { afterFirstStepMs: at });
            // What the kill cut short: the steps started and not finished (per host).
            const key = (e) => ('step' in e ? `${e.step}${'host' in e && e.host ? `@${e.host}` : ''}` : '');
            const ended = new Set(r.events.filter((e) => e.type === 'step-done' || e.type === 'step-fail').map(key));
            const running = [...new Set(r.events.filter((e) => e.type === 'step-start' && e.step !== 'artifacts').map(key))].filter((k) => !ended.has(k));
            if (r.killedAfterMs === null) {
                if (r.code !== 0)
                    throw new Error(`a run failed on its own after ${killed} kill(s):\n${r.stderr}`);
                moments.push(`the run after kill ${killed} ended before its moment (${at} ms): converged early`);
                break;
            }
            killed++;
            const steps = [...new Set(running.map((k) => k.split('@')[0]))];
            moments.push(`${at} ms: ${steps.length === 0 ? 'between steps' : `cut ${steps.join(', ')}`}`);
        }
        const final = await upOnce(file, home, {});
        if (final.code !== 0)
            throw new Error(`the final up failed:\n${final.stderr}`);
        const problems = await convergedProblems(lab, kubeconfigIn(home, name), 'stacked');
        const again = await upOnce(file, home, {});
        const changed = again.events.filter((e) => e.type === 'step-done' && e.changed).map((e) => ('step' in e ? e.step : ''));
        if (again.code !== 0)
            problems.push(`a further up failed: ${again.stderr}`);
        if (changed.length > 0)
            problems.push(`a further up changed ${changed.join(', ')}`);
        console.log(`${engine}: seed ${seed}, ${killed} kill(s): ${moments.join("; ")}`);
        console.log(`${engine}: ${problems.length === 0 ? 'converged' : `NOT converged: ${problems.join('; ')}`} in ${((Date.now() - started) / 1000).toFixed(0)} s`);
        console.log(`RESULT crash-${engine} ${problems.length === 0 ? 1 : 0} =1 ${problems.length === 0 ? 'pass' : 'fail'}`);
        console.log(`RESULT crash-${engine}-kills ${killed} info`);
        console.log(`RESULT crash-${engine}-s ${((Date.now() - started) / 1000).toFixed(0)} info`);
        failed ||= problems.length > 0;
    }
    catch (err) {
        console.log(`${engine}: FAILED: ${err.message}`);
        console.log(`RESULT crash-${engine} 0 =1 fail`);
        failed = true;
    }
    finally {
        await destroyLab(name).catch(() => { });
        await rm(dir, { recursive: true, force: true });
    }
}
process.exit(failed ? 1 : 0);
//# sourceMappingURL=crash.js.map