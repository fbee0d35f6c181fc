// Scale: a lab of 1 load balancer, 3 control planes and N workers (default 50) brought up by `up` through the
// SDK over real SSH (ssh2), against the same with 1 worker; the time ratio should stay within 3x. Also: the time
// to all nodes Ready, the kubeha process's peak RSS, the memory per lab host, and how much of the time is host
// preparation. Both labs are destroyed, also when a run fails or is interrupted.
//   npm run bench scale -- [--workers N] [--concurrency C] [--engine native|kubeadm] [--verbose] [--baseline-s S]
import { readdir, readFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadCluster } from '../src/config/cluster.js';
import { labClusterFile } from '../src/cluster/lab-cluster.js';
import { up } from '../src/cluster/up.js';
import { connectLabHost, createLab, destroyLab } from '../src/lab/index.js';
import { formatError } from '../src/cli/format-error.js';
import { run } from '../src/util/process.js';
function arg(flag) {
    const i = process.argv.indexOf(flag);
    return i >= 0 ? process.argv[i + 1] : undefined;
}
function positive(flag, fallback) {
    const v = arg(flag);
    if (v === undefined)
        return fallback;
    if (!/^[1-9][0-9]*$/.test(v))
        throw new Error(`${flag} must be a positive integer, not ${v}`);
    return Number(v);
}
const workers = positive('--workers', 50);
const concurrency = arg('--concurrency') === undefined ? undefined : positive('--concurrency', 30);
const engine = (arg('--engine') ?? 'native');
const prefix = process.env['KUBEHA_E2E_LAB_PREFIX'] ?? 'scale';
const controller = new AbortController();
for (const sig of ['SIGINT', 'SIGTERM'])
    process.on(sig, () => controller.abort(sig));
/** Every process's parent, from /proc/<pid>/stat. */
async function parents() {
    const children = new Map();
    for (const e of await readdir('/proc')) {
        if (!/^\d+$/.test(e))
            continue;
        const stat = await readFile(`/proc/${e}/stat`, 'utf8').catch(() => undefined);
        if (stat === undefined)
            continue;
        const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
        children.set(ppid, [...(children.get(ppid) ?? []), Number(e)]);
    }
    return children;
}
/**
 * A host's memory: the processes descended from its PID 1 (runit; containerd's shims re-parent to it, so every
 * pod's processes are in the tree), their PSS summed from /proc/<pid>/smaps_rollup (shared pages, like the
 * binaries every host maps from the same base, counted once across hosts), and RSS summed for comparison.
 */
async function hostMemory(lab) {
    const tree = await parents();
    const out = [];
    for (const h of lab.hosts) {
        const todo = h.pid1 ? [h.pid1.pid] : [];
        let pss = 0;
        let rss = 0;
        let processes = 0;
        let fds = 0;
        while (todo.length > 0) {
            const pid = todo.pop();
            todo.push(...(tree.get(pid) ?? []));
            const rollup = await readFile(`/proc/${pid}/smaps_rollup`, 'utf8').catch(() => '');
            pss += Number(/^Pss:\s+(\d+)/m.exec(rollup)?.[1] ?? 0);
            rss += Number(/^Rss:\s+(\d+)/m.exec(rollup)?.[1] ?? 0);
            fds += (await readdir(`/proc/${pid}/fd`).catch(() => [])).length;
            processes++;
        }
        out.push({ host: h.name, role: h.role, pssMb: pss / 1024, rssMb: rss / 1024, processes, fds });
    }
    return out;
}
/** Neighbour entries of every lab host's namespace and the machine's own (one table, see src/lab/limits.ts). */
async function neighbourEntries(lab) {
    let entries = 0;
    let permanent = 0;
    for (const args of [[], ...lab.hosts.map((h) => ['-n', h.netns])]) {
        const r = await run(['ip', ...args, 'neigh', 'show', 'nud', 'all'], { allowFailure: true });
        for (const line of r.stdout.split('\n').filter((l) => l.trim() !== '')) {
            if (/PERMANENT|NOARP/.test(line))
                permanent++;
            else
                entries++;
        }
    }
    return { entries, permanent };
}
async function bringUp(n) {
    const name = `${prefix}${n}`;
    const dir = await mkdtemp(join(tmpdir(), 'kubeha-bench-scale-'));
    const spans = new Map();
    const result = { workers: n, hosts: 4 + n, createMs: 0, upMs: 0, readyAtMs: 0, spans, memory: [], neighbours: { entries: 0, permanent: 0 } };
    const t0 = Date.now();
    let lab;
    try {
        lab = await createLab({ name, loadBalancers: 1, controlPlanes: 3, etcd: 0, workers: n }, { events: (e) => void (e.type === 'log' && console.log(`  ${e.message}`)) });
        result.createMs = Date.now() - t0;
        const started = Date.now();
        const state = lab;
        await up(loadCluster(labClusterFile(state, { engine })), {
            emit: (e) => {
                if (e.type === 'step-start') {
                    if (!spans.has(e.step) && process.argv.includes('--verbose'))
                        console.log(`    +${((e.at - started) / 1000).toFixed(0)} s ${e.step}`);
                    const s = spans.get(e.step) ?? { first: e.at - started, last: e.at - started, hosts: 0 };
                    s.first = Math.min(s.first, e.at - started);
                    spans.set(e.step, s);
                }
                else if (e.type === 'step-done') {
                    const s = spans.get(e.step) ?? { first: e.at - e.ms - started, last: 0, hosts: 0 };
                    s.last = Math.max(s.last, e.at - started);
                    s.hosts++;
                    spans.set(e.step, s);
                    if (e.step === 'nodes-ready')
                        result.readyAtMs = e.at - started;
                }
                else if (e.type === 'step-fail') {
                    console.log(`  FAILED ${e.step}${e.host ? `@${e.host}` : ''} after ${(e.ms / 1000).toFixed(1)} s: ${e.error.split('\n')[0]}`);
                }
            },
            connect: (spec) => connectLabHost(state, spec.name),
            adminKubeconfigPath: join(dir, 'admin.conf'),
            signal: controller.signal,
            ...(concurrency === undefined ? {} : { concurrency }),
        });
        result.upMs = Date.now() - started;
        result.memory = await hostMemory(state);
        result.neighbours = await neighbourEntries(state);
    }
    catch (err) {
        result.failure = formatError(err).split('\n').slice(0, 12).join('\n');
        result.upMs = Date.now() - t0 - result.createMs;
    }
    finally {
        await destroyLab(name).catch((err) => console.log(`  destroying lab ${name} failed: ${err.message}; run kubeha lab destroy --name ${name}`));
        await rm(dir, { recursive: true, force: true });
    }
    return result;
}
const s = (ms) => `${(ms / 1000).toFixed(1)} s`;
const mean = (xs) => (xs.length === 0 ? 0 : xs.reduce((a, b) => a + b, 0) / xs.length);
/** Host preparation: from the first prepare-host step's start to the last one's end (steps overlap). */
const preparation = (r) => {
    const ps = [...r.spans].filter(([k]) => k.startsWith('prepare/')).map(([, v]) => v);
    return ps.length === 0 ? 0 : Math.max(...ps.map((p) => p.last)) - Math.min(...ps.map((p) => p.first));
};
function report(r) {
    console.log(`${r.workers} worker(s), ${r.hosts} hosts: lab created in ${s(r.createMs)}, up ${r.failure ? 'FAILED after' : 'in'} ${s(r.upMs)}${r.readyAtMs ? `, all nodes Ready at ${s(r.readyAtMs)}` : ''}`);
    if (r.failure)
        console.log(r.failure.replace(/^/gm, '    '));
    console.log(`  host preparation ${s(preparation(r))} of it (${((preparation(r) / Math.max(1, r.upMs)) * 100).toFixed(0)} %)`);
    const slowest = [...r.spans].sort((a, b) => b[1].last - b[1].first - (a[1].last - a[1].first)).slice(0, 10);
    for (const [step, v] of slowest)
        console.log(`    ${step.padEnd(34)} ${s(v.last - v.first).padStart(8)} (${s(v.first)} → ${s(v.last)}, ${v.hosts} host(s))`);
    for (const role of ['load-balancer', 'control-plane', 'worker']) {
        const m = r.memory.filter((h) => h.role === role);
        if (m.length > 0)
            console.log(`  memory per ${role}: PSS ${mean(m.map((h) => h.pssMb)).toFixed(0)} MB (RSS ${mean(m.map((h) => h.rssMb)).toFixed(0)} MB), ${mean(m.map((h) => h.processes)).toFixed(0)} processes, ${mean(m.map((h) => h.fds)).toFixed(0)} open files`);
    }
    if (r.memory.length > 0)
        console.log(`  neighbour entries: ${r.neighbours.entries} counted against gc_thresh (+${r.neighbours.permanent} permanent)`);
}
// --baseline-s S: the 1-worker time of an earlier run on this machine (printed by it), to save its minutes.
const baseline = arg('--baseline-s');
const one = baseline === undefined ? await bringUp(1) : { workers: 1, hosts: 5, createMs: 0, upMs: Number(baseline) * 1000, readyAtMs: 0, spans: new Map(), memory: [], neighbours: { entries: 0, permanent: 0 } };
if (baseline === undefined)
    report(one);
else
    console.log(`1 worker: up in ${baseline} s (given by --baseline-s, not measured in this run)`);
const many = controller.signal.aborted ? undefined : await bringUp(workers);
if (many)
    report(many);
const peakMb = process.resourceUsage().maxRSS / 1024;
console.log(`kubeha process peak RSS ${peakMb.toFixed(0)} MB; memory per host is the PSS of the processes descended from its PID 1 (/proc/<pid>/smaps_rollup)`);
const ratio = many && !many.failure && !one.failure ? many.upMs / one.upMs : Number.NaN;
const hostMb = many && many.memory.length > 0 ? mean(many.memory.map((h) => h.pssMb)) : Number.NaN;
console.log(`RESULT scale-${workers}-vs-1 ${Number.isNaN(ratio) ? 'failed' : ratio.toFixed(2)} <=3 ${ratio <= 3 ? 'pass' : 'fail'}`);
console.log(`RESULT scale-peak-rss-mb ${peakMb.toFixed(0)} info`);
console.log(`RESULT scale-host-mb ${Number.isNaN(hostMb) ? 'failed' : hostMb.toFixed(0)} info`);
process.exit(ratio <= 3 ? 0 : 1);
//# sourceMappingURL=scale.js.map