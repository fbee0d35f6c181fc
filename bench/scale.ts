// Scale: a lab of 1 load balancer, 3 control planes and N workers (default 50) brought up by `up` through the
// SDK over real SSH (ssh2), against the same with 1 worker; the time ratio should stay within 3x. Also: the time
// to all nodes Ready, the kubeha process's peak RSS, the memory per lab host, and how much of the time is host
// preparation, and each host's CPU time (its cgroup) during `up` and once every node is Ready. Both labs are destroyed, also when a run fails or is interrupted.
//   npm run bench scale -- [--workers N] [--concurrency C] [--engine native|kubeadm] [--verbose] [--baseline-s S]
import { cp, readdir, readFile, mkdtemp, rm } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadCluster } from '../src/config/cluster.js';
import { labClusterFile } from '../src/cluster/lab-cluster.js';
import { up } from '../src/cluster/up.js';
import type { KubehaEvent } from '../src/events.js';
import { connectLabHost, createLab, destroyLab, hostCpuSeconds, type LabState } from '../src/lab/index.js';
import { formatError } from '../src/cli/format-error.js';
import { run } from '../src/util/process.js';

function arg(flag: string): string | undefined {
  const i = process.argv.indexOf(flag);
  return i >= 0 ? process.argv[i + 1] : undefined;
}
function positive(flag: string, fallback: number): number {
  const v = arg(flag);
  if (v === undefined) return fallback;
  if (!/^[1-9][0-9]*$/.test(v)) throw new Error(`${flag} must be a positive integer, not ${v}`);
  return Number(v);
}

const workers = positive('--workers', 50);
const concurrency = arg('--concurrency') === undefined ? undefined : positive('--concurrency', 30);
const engine = (arg('--engine') ?? 'native') as 'native' | 'kubeadm';
const prefix = process.env['KUBEHA_E2E_LAB_PREFIX'] ?? 'scale';

const controller = new AbortController();
for (const sig of ['SIGINT', 'SIGTERM'] as const) process.on(sig, () => controller.abort(sig));

interface Span {
  first: number;
  last: number;
  hosts: number;
}
interface Run {
  workers: number;
  hosts: number;
  createMs: number;
  upMs: number;
  readyAtMs: number;
  /** Wall time of each step, first start to last done, over its hosts. */
  spans: Map<string, Span>;
  memory: HostMemory[];
  neighbours: { entries: number; permanent: number };
  failure?: string;
  /** CPU time the whole machine spent during `up` (all lab hosts and kubeha), from /proc/stat. */
  cpuSeconds: number;
  /** CPU time each host used during `up` (its cgroup's cpuacct, pods included), by host. */
  hostCpu: Map<string, { role: string; seconds: number }>;
  /** With every node Ready: the CPUs the whole machine kept busy over IDLE_SAMPLE_MS, and each host's share. */
  idle?: { machineCores: number; hostCores: Map<string, number> };
  /** Where the hosts' logs of a failed run were kept. */
  logs?: string;
  /** The machine's pressure over the run, sampled every 5 s: [s from the start, load average, cpu some %, io some %]. */
  pressure: Array<[number, number, number, number]>;
}

interface HostMemory {
  host: string;
  role: string;
  pssMb: number;
  rssMb: number;
  processes: number;
  fds: number;
}

/** Every process's parent, from /proc/<pid>/stat. */
async function parents(): Promise<Map<number, number[]>> {
  const children = new Map<number, number[]>();
  for (const e of await readdir('/proc')) {
    if (!/^\d+$/.test(e)) continue;
    const stat = await readFile(`/proc/${e}/stat`, 'utf8').catch(() => undefined);
    if (stat === undefined) continue;
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
async function hostMemory(lab: LabState): Promise<HostMemory[]> {
  const tree = await parents();
  const out: HostMemory[] = [];
  for (const h of lab.hosts) {
    const todo = h.pid1 ? [h.pid1.pid] : [];
    let pss = 0;
    let rss = 0;
    let processes = 0;
    let fds = 0;
    while (todo.length > 0) {
      const pid = todo.pop()!;
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
async function neighbourEntries(lab: LabState): Promise<{ entries: number; permanent: number }> {
  let entries = 0;
  let permanent = 0;
  for (const args of [[], ...lab.hosts.map((h) => ['-n', h.netns])]) {
    const r = await run(['ip', ...args, 'neigh', 'show', 'nud', 'all'], { allowFailure: true });
    for (const line of r.stdout.split('\n').filter((l) => l.trim() !== '')) {
      if (/PERMANENT|NOARP/.test(line)) permanent++;
      else entries++;
    }
  }
  return { entries, permanent };
}

/** CPU time this machine has spent busy since boot (every CPU's user, nice, system, irq, softirq and steal ticks). */
async function machineCpuSeconds(): Promise<number> {
  const [, user, nice, system, , , irq, softirq, steal] = (await readFile('/proc/stat', 'utf8')).split('\n')[0]!.trim().split(/\s+/).map(Number);
  return (user! + nice! + system! + irq! + softirq! + steal!) / 100;
}

/** Each host's CPU seconds so far (hosts whose machine does not count them are left out). */
async function hostsCpu(lab: LabState): Promise<Map<string, { role: string; seconds: number }>> {
  const out = new Map<string, { role: string; seconds: number }>();
  for (const h of lab.hosts) {
    const seconds = await hostCpuSeconds(lab, h.name);
    if (seconds !== undefined) out.set(h.name, { role: h.role, seconds });
  }
  return out;
}

const minus = (a: Map<string, { role: string; seconds: number }>, b: Map<string, { role: string; seconds: number }>) =>
  new Map([...a].map(([k, v]) => [k, { role: v.role, seconds: v.seconds - (b.get(k)?.seconds ?? 0) }]));

/** How long the bench watches a cluster whose nodes are all Ready: what it costs to keep it running. */
const IDLE_SAMPLE_MS = 30_000;

/** Load average and the share of time some task waited for CPU and for I/O over the last 10 s (/proc/pressure). */
async function samplePressure(): Promise<[number, number, number]> {
  const some = async (what: string) => Number(/^some avg10=([\d.]+)/m.exec(await readFile(`/proc/pressure/${what}`, 'utf8').catch(() => ''))?.[1] ?? Number.NaN);
  const load = Number((await readFile('/proc/loadavg', 'utf8')).split(' ')[0]);
  return [load, await some('cpu'), await some('io')];
}

/** A failed run's evidence, before its lab is destroyed: every host's service logs (haproxy's, the kubelets'), kept in /tmp. */
async function keepLogs(lab: LabState): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), `kubeha-bench-scale-logs-${lab.name}-`));
  for (const h of lab.hosts) await cp(join(h.dir, 'upper', 'var', 'log', 'kubeha'), join(dir, h.name), { recursive: true }).catch(() => {});
  return dir;
}

async function bringUp(n: number): Promise<Run> {
  const name = `${prefix}${n}`;
  const dir = await mkdtemp(join(tmpdir(), 'kubeha-bench-scale-'));
  const spans = new Map<string, Span>();
  const result: Run = { workers: n, hosts: 4 + n, createMs: 0, upMs: 0, readyAtMs: 0, spans, memory: [], neighbours: { entries: 0, permanent: 0 }, pressure: [], cpuSeconds: 0, hostCpu: new Map() };
  const t0 = Date.now();
  let lab: LabState | undefined;
  let hostsBefore = new Map<string, { role: string; seconds: number }>();
  const sampler = setInterval(() => void samplePressure().then((p) => result.pressure.push([Math.round((Date.now() - t0) / 1000), ...p])), 5000);
  try {
    lab = await createLab(
      { name, loadBalancers: 1, controlPlanes: 3, etcd: 0, workers: n },
      { events: (e) => void (e.type === 'log' && console.log(`  ${e.message}`)) },
    );
    result.createMs = Date.now() - t0;
    const started = Date.now();
    const cpuBefore = await machineCpuSeconds();
    hostsBefore = await hostsCpu(lab);
    const state = lab;
    await up(loadCluster(labClusterFile(state, { engine })), {
      emit: (e: KubehaEvent) => {
        if (e.type === 'step-start') {
          if (!spans.has(e.step) && process.argv.includes('--verbose')) console.log(`    +${((e.at - started) / 1000).toFixed(0)} s ${e.step}`);
          const s = spans.get(e.step) ?? { first: e.at - started, last: e.at - started, hosts: 0 };
          s.first = Math.min(s.first, e.at - started);
          spans.set(e.step, s);
        } else if (e.type === 'step-done') {
          const s = spans.get(e.step) ?? { first: e.at - e.ms - started, last: 0, hosts: 0 };
          s.last = Math.max(s.last, e.at - started);
          s.hosts++;
          spans.set(e.step, s);
          if (e.step === 'nodes-ready') result.readyAtMs = e.at - started;
        } else if (e.type === 'step-fail') {
          console.log(`  FAILED ${e.step}${e.host ? `@${e.host}` : ''} after ${(e.ms / 1000).toFixed(1)} s: ${e.error.split('\n')[0]}`);
        }
      },
      connect: (spec) => connectLabHost(state, spec.name),
      adminKubeconfigPath: join(dir, 'admin.conf'),
      signal: controller.signal,
      ...(concurrency === undefined ? {} : { concurrency }),
    });
    result.upMs = Date.now() - started;
    result.cpuSeconds = (await machineCpuSeconds()) - cpuBefore;
    const hostsAfter = await hostsCpu(state);
    result.hostCpu = minus(hostsAfter, hostsBefore);
    const machineAfter = await machineCpuSeconds();
    await new Promise((r) => setTimeout(r, IDLE_SAMPLE_MS));
    const idleHosts = minus(await hostsCpu(state), hostsAfter);
    result.idle = {
      machineCores: ((await machineCpuSeconds()) - machineAfter) / (IDLE_SAMPLE_MS / 1000),
      hostCores: new Map([...idleHosts].map(([k, v]) => [k, v.seconds / (IDLE_SAMPLE_MS / 1000)])),
    };
    result.memory = await hostMemory(state);
    result.neighbours = await neighbourEntries(state);
  } catch (err) {
    if (lab) result.hostCpu = minus(await hostsCpu(lab), hostsBefore);
    result.failure = formatError(err).split('\n').slice(0, 12).join('\n');
    result.upMs = Date.now() - t0 - result.createMs;
    if (lab) result.logs = await keepLogs(lab);
  } finally {
    clearInterval(sampler);
    await destroyLab(name).catch((err: unknown) => console.log(`  destroying lab ${name} failed: ${(err as Error).message}; run kubeha lab destroy --name ${name}`));
    await rm(dir, { recursive: true, force: true });
  }
  return result;
}

const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const mean = (xs: number[]) => (xs.length === 0 ? 0 : xs.reduce((a, b) => a + b, 0) / xs.length);
/** Host preparation: from the first prepare-host step's start to the last one's end (steps overlap). */
const preparation = (r: Run) => {
  const ps = [...r.spans].filter(([k]) => k.startsWith('prepare/')).map(([, v]) => v);
  return ps.length === 0 ? 0 : Math.max(...ps.map((p) => p.last)) - Math.min(...ps.map((p) => p.first));
};

function report(r: Run): void {
  console.log(`${r.workers} worker(s), ${r.hosts} hosts: lab created in ${s(r.createMs)}, up ${r.failure ? 'FAILED after' : 'in'} ${s(r.upMs)}${r.readyAtMs ? `, all nodes Ready at ${s(r.readyAtMs)}` : ''}`);
  if (r.failure) console.log(r.failure.replace(/^/gm, '    '));
  if (r.cpuSeconds > 0) console.log(`  the machine was busy ${r.cpuSeconds.toFixed(0)} CPU-s during up (${availableParallelism()} CPUs: ${(r.cpuSeconds / availableParallelism()).toFixed(0)} s of wall time at the least)`);
  if (r.logs) console.log(`  the hosts' logs are kept in ${r.logs}`);
  const peak = r.pressure.reduce((a, p) => (p[1] > a[1] ? p : a), [0, 0, 0, 0] as [number, number, number, number]);
  if (r.pressure.length > 0) console.log(`  peak load average ${peak[1]} at ${peak[0]} s; CPU pressure ${mean(r.pressure.map((p) => p[2])).toFixed(0)} %, I/O pressure ${mean(r.pressure.map((p) => p[3])).toFixed(0)} % on average`);
  if (process.argv.includes('--verbose')) for (const p of r.pressure) console.log(`    ${String(p[0]).padStart(5)} s  load ${p[1].toFixed(0).padStart(4)}  cpu ${p[2].toFixed(0).padStart(3)} %  io ${p[3].toFixed(0).padStart(3)} %`);
  console.log(`  host preparation ${s(preparation(r))} of it (${((preparation(r) / Math.max(1, r.upMs)) * 100).toFixed(0)} %)`);
  const slowest = [...r.spans].sort((a, b) => b[1].last - b[1].first - (a[1].last - a[1].first)).slice(0, 10);
  for (const [step, v] of slowest) console.log(`    ${step.padEnd(34)} ${s(v.last - v.first).padStart(8)} (${s(v.first)} → ${s(v.last)}, ${v.hosts} host(s))`);
  for (const role of ['load-balancer', 'control-plane', 'worker']) {
    const m = r.memory.filter((h) => h.role === role);
    if (m.length > 0) console.log(`  memory per ${role}: PSS ${mean(m.map((h) => h.pssMb)).toFixed(0)} MB (RSS ${mean(m.map((h) => h.rssMb)).toFixed(0)} MB), ${mean(m.map((h) => h.processes)).toFixed(0)} processes, ${mean(m.map((h) => h.fds)).toFixed(0)} open files`);
  }
  for (const role of ['load-balancer', 'control-plane', 'worker']) {
    const hosts = [...r.hostCpu.values()].filter((h) => h.role === role);
    const idle = r.idle ? [...r.idle.hostCores].filter(([k]) => r.hostCpu.get(k)?.role === role).map(([, v]) => v) : [];
    if (hosts.length > 0) console.log(`  CPU per ${role} during up: ${mean(hosts.map((h) => h.seconds)).toFixed(1)} CPU-s (all ${hosts.length}: ${hosts.reduce((a, h) => a + h.seconds, 0).toFixed(0)} CPU-s)${idle.length > 0 ? `; with every node Ready ${(mean(idle) * 100).toFixed(1)} % of a CPU each` : ''}`);
  }
  if (r.idle) console.log(`  with every node Ready the machine kept ${r.idle.machineCores.toFixed(2)} of ${availableParallelism()} CPUs busy (${IDLE_SAMPLE_MS / 1000} s)`);
  if (r.memory.length > 0) console.log(`  neighbour entries: ${r.neighbours.entries} counted against gc_thresh (+${r.neighbours.permanent} permanent)`);
}

// --baseline-s S: the 1-worker time of an earlier run on this machine (printed by it), to save its minutes.
const baseline = arg('--baseline-s');
const one: Run = baseline === undefined ? await bringUp(1) : { workers: 1, hosts: 5, createMs: 0, upMs: Number(baseline) * 1000, readyAtMs: 0, spans: new Map(), memory: [], neighbours: { entries: 0, permanent: 0 }, pressure: [], cpuSeconds: 0, hostCpu: new Map() };
if (baseline === undefined) report(one);
else console.log(`1 worker: up in ${baseline} s (given by --baseline-s, not measured in this run)`);
const many = controller.signal.aborted ? undefined : await bringUp(workers);
if (many) report(many);
const peakMb = process.resourceUsage().maxRSS / 1024;
console.log(`kubeha process peak RSS ${peakMb.toFixed(0)} MB; memory per host is the PSS of the processes descended from its PID 1 (/proc/<pid>/smaps_rollup)`);

const ratio = many && !many.failure && !one.failure ? many.upMs / one.upMs : Number.NaN;
const hostMb = many && many.memory.length > 0 ? mean(many.memory.map((h) => h.pssMb)) : Number.NaN;
console.log(`RESULT scale-${workers}-vs-1 ${Number.isNaN(ratio) ? 'failed' : ratio.toFixed(2)} <=3 ${ratio <= 3 ? 'pass' : 'fail'}`);
console.log(`RESULT scale-peak-rss-mb ${peakMb.toFixed(0)} info`);
console.log(`RESULT scale-host-mb ${Number.isNaN(hostMb) ? 'failed' : hostMb.toFixed(0)} info`);
process.exit(ratio <= 3 ? 0 : 1);
