import { randomBytes, randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { chmod, chown, mkdir, readdir, readFile, rm, rmdir, writeFile } from 'node:fs/promises';
import { connect } from 'node:net';
import { dirname, join } from 'node:path';
import { ensureDebian } from '../artifacts/debian.js';
import { CommandError, InputError, KubehaError, wrap } from '../errors.js';
import { emitter, silent, type EventSink } from '../events.js';
import type { ExecOptions, ExecResult } from '../transport/host.js';
import { SshHost } from '../transport/ssh.js';
import { run } from '../util/process.js';
import { bootHost } from './boot.js';
import {
  DEFAULT_LAB_NAME,
  LAB_GATEWAY,
  LAB_CPU_SHARES,
  LAB_SUDO_USER,
  LABS_ROOT,
  type LabSpec,
  allocateAddresses,
  kubeletCgroupRoot,
  netnsName,
  plannedHosts,
  validateLabName,
  validateSpec,
  vethNames,
} from './constants.js';
import { DISK_DIRS, HOST_PATH, SERVICE_DIR, SUDO_UID, hostFiles, withLoginUser, type HostAccess } from './host-files.js';
import { quoteArgv } from '../transport/quote.js';
import { createHostNetwork, ensureBridge, plugHost, removeBridge, removeHostNetwork, unplugHost } from './network.js';
import { ensureLabLimits } from './limits.js';
import { childrenOf, identify, isAlive, killAndWait, processesInNetns } from './proc.js';
import { pollUntil } from '../util/wait.js';
import { SHARED_CONTENT_DIR, SHARED_CONTENT_ROOT } from '../transport/content.js';
import { makeSharedContent, sharedDir } from './shared-content.js';
import { type LabHostState, type LabState, labDir, listLabNames, readState, withLabsLock, writeState } from './state.js';

export interface CreateLabOptions {
  /** The hosts' read-only base root filesystem. Default: the cached Debian base (built on first use). */
  base?: string;
  /** Where lab state lives (tests only). */
  root?: string;
  events?: EventSink;
  /** Leave a failed lab in place for inspection instead of destroying it. */
  keepOnFailure?: boolean;
  /** Time allowed for each host's services to come up. */
  readyTimeoutMs?: number;
}

export interface DestroyLabOptions {
  root?: string;
  events?: EventSink;
}

const HOST_KEY = '/etc/kubeha/ssh_host_ed25519_key';
/**
 * How long a host's sshd may take to answer after power-on. Measured: 9 hosts answer within 2 s on an idle
 * machine, but 12–32 s with three lab clusters already running (load average 25 on 2 cores); a 30 s limit failed
 * a soak run there ("sshd did not come up" on etcd3).
 */
const READY_TIMEOUT_MS = 180_000;
/** The host's own layer (the overlay's upper directory): what the lab writes before boot lands here. */
const hostLayer = (h: LabHostState, path: string) => join(h.dir, 'upper', path);

function requireRoot(doing: string): void {
  if (process.getuid?.() !== 0) throw new KubehaError('the lab needs root (namespaces, mounts, veths)', { doing });
}

/** Serialises state writes from hosts set up in parallel. */
function stateWriter(state: LabState): () => Promise<void> {
  let chain = Promise.resolve();
  return () => {
    chain = chain.then(() => writeState(state));
    return chain;
  };
}

export async function createLab(input: Partial<LabSpec> = {}, options: CreateLabOptions = {}): Promise<LabState> {
  const spec: LabSpec = {
    name: input.name ?? DEFAULT_LAB_NAME,
    loadBalancers: input.loadBalancers ?? 1,
    controlPlanes: input.controlPlanes ?? 3,
    etcd: input.etcd ?? 0,
    workers: input.workers ?? 2,
    ...(input.sudoHosts?.length ? { sudoHosts: [...input.sudoHosts] } : {}),
    ...(input.jumpHosts && Object.keys(input.jumpHosts).length > 0 ? { jumpHosts: { ...input.jumpHosts } } : {}),
    ...(input.unsharedHosts?.length ? { unsharedHosts: [...input.unsharedHosts] } : {}),
  };
  validateSpec(spec);
  const doing = `creating lab ${spec.name}`;
  requireRoot(doing);
  const root = options.root ?? LABS_ROOT;
  const emit = emitter(options.events ?? silent);
  const debian = await ensureDebian({ emit: options.events ?? silent });
  const base = options.base ?? debian.rootfs;
  if (!existsSync(join(base, 'usr/sbin/sshd')) || !existsSync(join(base, 'usr/bin/runsvdir'))) {
    throw new KubehaError(`${base} is not a host base (it needs sshd and runit's runsvdir)`, { doing });
  }
  const started = Date.now();

  const state = await withLabsLock(async () => {
    const existing = await readState(spec.name, root);
    if (existing?.phase === 'ready') {
      throw new KubehaError(`lab ${spec.name} already exists (destroy it first: kubeha lab destroy --name ${spec.name})`, { doing });
    }
    if (existing !== undefined || existsSync(labDir(spec.name, root))) {
      throw new KubehaError(
        `lab ${spec.name} is half-created or half-destroyed; clean it up with: kubeha lab destroy --name ${spec.name}`,
        { doing },
      );
    }
    const used = new Set<string>();
    for (const other of await listLabNames(root)) {
      for (const h of (await readState(other, root))?.hosts ?? []) used.add(h.address);
    }
    const planned = plannedHosts(spec);
    const addresses = allocateAddresses(planned.length, used);
    // Sized for every lab host on the machine, this lab's included.
    for (const r of await ensureLabLimits(used.size + planned.length)) {
      emit({ type: 'log', level: 'info', message: `raised ${r.sysctl} from ${r.from} to ${r.to} (shared by all lab hosts)` });
    }
    const dir = labDir(spec.name, root);
    await mkdir(dir, { recursive: true, mode: 0o700 });
    await chmod(dir, 0o700);
    const s: LabState = {
      version: 2,
      name: spec.name,
      spec,
      createdAt: new Date().toISOString(),
      phase: 'creating',
      dir,
      clientKeyFile: join(dir, 'id_ed25519'),
      knownHostsFile: join(dir, 'known_hosts'),
      base,
      hosts: planned.map((p, i) => ({
        name: p.name,
        role: p.role,
        address: addresses[i]!,
        netns: netnsName(spec.name, p.name),
        veth: vethNames(addresses[i]!),
        dir: join(dir, 'hosts', p.name),
        status: 'planned',
      })),
    };
    await writeState(s);
    await ensureBridge();
    return s;
  });

  const save = stateWriter(state);
  try {
    await run(['ssh-keygen', '-q', '-t', 'ed25519', '-N', '', '-C', `kubeha-lab-${spec.name}`, '-f', state.clientKeyFile], {
      doing: 'generating the lab client key',
    });
    await chmod(state.clientKeyFile, 0o600);
    state.clientPublicKey = (await readFile(`${state.clientKeyFile}.pub`, 'utf8')).trim();
    await save();
    const shared = await makeSharedContent(state.dir, debian, options.events ?? silent);
    emit({ type: 'log', level: 'debug', message: `${shared} files shared read-only with the hosts at ${SHARED_CONTENT_DIR}` });

    await Promise.all(
      state.hosts.map(async (h) => {
        const t0 = Date.now();
        emit({ type: 'step-start', step: 'lab/host', title: 'Power on host', host: h.name });
        h.status = 'network';
        await save();
        await createHostNetwork({ host: h.name, netns: h.netns, address: h.address, veth: h.veth });
        await prepareHostFs(state, h);
        h.status = 'booting';
        await save();
        await powerOn(state, h, save);
        emit({ type: 'step-done', step: 'lab/host', host: h.name, ms: Date.now() - t0, changed: true });
      }),
    );
    await Promise.all(state.hosts.map((h) => waitReady(h, options.readyTimeoutMs ?? READY_TIMEOUT_MS)));
    for (const h of state.hosts) h.status = 'up';
    await save();

    await writeFile(state.knownHostsFile, state.hosts.map((h) => `${h.name},${h.address} ${h.hostKey}\n`).join(''), { mode: 0o600 });
    state.phase = 'ready';
    await save();
    emit({ type: 'result', name: 'lab', value: `${state.name}: ${state.hosts.length} hosts up in ${Date.now() - started} ms` });
    return state;
  } catch (err) {
    await save().catch(() => {});
    const failure = wrap(err, doing);
    if (!options.keepOnFailure) {
      try {
        await destroyLab(spec.name, { root, ...(options.events ? { events: options.events } : {}) });
      } catch (cleanupErr) {
        throw new KubehaError(
          `${failure.message}; cleaning up failed too (${(cleanupErr as Error).message}): run kubeha lab destroy --name ${spec.name}`,
          failure.context,
          { cause: err },
        );
      }
    }
    throw failure;
  }
}

/** The host's layer, overlay work dir, root mountpoint and disk directories; the files a machine image has. */
async function prepareHostFs(state: LabState, h: LabHostState): Promise<void> {
  for (const d of ['upper', 'work', 'root']) await mkdir(join(h.dir, d), { recursive: true, mode: 0o755 });
  for (const d of DISK_DIRS) await mkdir(join(h.dir, 'disk', d), { recursive: true, mode: 0o711 });
  for (const d of ['/etc/kubeha', '/tmp', '/root']) await mkdir(hostLayer(h, d), { recursive: true });
  await chmod(hostLayer(h, '/tmp'), 0o1777);
  await chmod(hostLayer(h, '/root'), 0o700);
  await run(['ssh-keygen', '-q', '-t', 'ed25519', '-N', '', '-C', `root@${h.name}`, '-f', hostLayer(h, HOST_KEY)], {
    doing: 'generating the SSH host key',
    host: h.name,
  });
  const pub = (await readFile(`${hostLayer(h, HOST_KEY)}.pub`, 'utf8')).trim().split(/\s+/);
  h.hostKey = `${pub[0]} ${pub[1]}`;
  const files = hostFiles({
    lab: state.name,
    name: h.name,
    role: h.role,
    address: h.address,
    peers: state.hosts,
    hostKeyFile: HOST_KEY,
    clientPublicKey: state.clientPublicKey!,
    machineId: randomBytes(16).toString('hex'),
    productUuid: randomUUID(),
    cgroupRoot: kubeletCgroupRoot(state.name, h.name),
    nameserver: LAB_GATEWAY,
    access: hostAccess(state, h),
  });
  for (const f of files) {
    const path = hostLayer(h, f.path);
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, f.content, { mode: f.mode });
    await chmod(path, f.mode);
  }
  const sudoUser = hostAccess(state, h).sudoUser;
  if (sudoUser !== undefined) {
    const base = async (f: string) => readFile(join(state.base, 'etc', f), 'utf8');
    const accounts = withLoginUser(sudoUser, { passwd: await base('passwd'), group: await base('group'), shadow: await base('shadow') });
    for (const [f, mode] of [['passwd', 0o644], ['group', 0o644], ['shadow', 0o640]] as const) {
      await writeFile(hostLayer(h, `/etc/${f}`), accounts[f], { mode });
      await chmod(hostLayer(h, `/etc/${f}`), mode);
    }
    for (const d of [`/home/${sudoUser}`, `/home/${sudoUser}/.ssh`, `/home/${sudoUser}/.ssh/authorized_keys`]) await chown(hostLayer(h, d), SUDO_UID, SUDO_UID);
  }
}

/** How a lab host admits SSH logins: as LAB_SUDO_USER only (sudo hosts), from its jump host only (jump targets). */
function hostAccess(lab: LabState, h: LabHostState): HostAccess {
  const jump = lab.spec.jumpHosts?.[h.name];
  const jumpAddress = jump === undefined ? undefined : findHost(lab, jump).address;
  return {
    ...(lab.spec.sudoHosts?.includes(h.name) ? { sudoUser: LAB_SUDO_USER } : {}),
    ...(jumpAddress === undefined ? {} : { onlyFrom: jumpAddress }),
  };
}

/** Who logs in to a lab host and through which host: what the cluster file, `lab ssh` and the tests use. */
export function labLogin(lab: LabState, hostName: string): { user: string; jump?: LabHostState } {
  const h = findHost(lab, hostName);
  const jump = lab.spec.jumpHosts?.[h.name];
  return { user: hostAccess(lab, h).sudoUser ?? 'root', ...(jump === undefined ? {} : { jump: findHost(lab, jump) }) };
}

function bindsFor(state: LabState, h: LabHostState): [string, string, 'rw' | 'ro'][] {
  const binds = DISK_DIRS.map((d): [string, string, 'rw' | 'ro'] => [join(h.dir, 'disk', d), d, 'rw']);
  // A lab made before the shared content existed has no such directory.
  const shared = sharedDir(state.dir);
  if (!state.spec.unsharedHosts?.includes(h.name) && existsSync(shared)) binds.push([shared, SHARED_CONTENT_ROOT, 'ro']);
  return binds;
}

async function powerOn(state: LabState, h: LabHostState, save: () => Promise<void>): Promise<void> {
  const cgroups = await createHostCgroups(state, h);
  const launcherPid = bootHost({ host: h.name, netns: h.netns, dir: h.dir, base: state.base, binds: bindsFor(state, h), cgroups });
  h.launcher = (await identify(launcherPid)) ?? { pid: launcherPid, start: -1 };
  await save();
  let pid1: number | undefined;
  const found = await pollUntil(async () => {
    pid1 = (await childrenOf(launcherPid))[0];
    return pid1 !== undefined || !(await isAlive(h.launcher!));
  }, 10_000, 5);
  if (!found || pid1 === undefined) throw await bootFailure(h, 'the host did not start');
  h.pid1 = await identify(pid1);
  await save();
  // PID 1 execs runsvdir once the filesystem view is ready.
  const booted = await pollUntil(async () => {
    const comm = await readFile(`/proc/${pid1}/comm`, 'utf8').catch(() => '');
    return comm.trim() === 'runsvdir' || !(await isAlive(h.pid1!));
  }, 10_000, 5);
  if (!booted || !(await isAlive(h.pid1!))) throw await bootFailure(h, 'the host stopped while booting');
}

async function bootFailure(h: LabHostState, message: string): Promise<KubehaError> {
  const log = await readFile(join(h.dir, 'boot.log'), 'utf8').catch(() => '');
  return new KubehaError(message, { doing: 'powering on the host', host: h.name, output: log.split('\n').slice(-20).join('\n') });
}

function tcpOpen(address: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: address, port, timeout: 500 });
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
    socket.once('timeout', () => done(false));
  });
}

async function waitReady(h: LabHostState, timeoutMs: number): Promise<void> {
  const sshUp = await pollUntil(() => tcpOpen(h.address, 22), timeoutMs, 20);
  if (!sshUp) throw await serviceFailure(h, 'sshd');
}

async function serviceFailure(h: LabHostState, service: string): Promise<KubehaError> {
  const log = await readFile(hostLayer(h, `/var/log/kubeha/${service}/current`), 'utf8').catch(() => '');
  return new KubehaError(`${service} did not come up`, {
    doing: 'waiting for the host services',
    host: h.name,
    output: log.split('\n').slice(-20).join('\n'),
  });
}

export async function destroyLab(name: string = DEFAULT_LAB_NAME, options: DestroyLabOptions = {}): Promise<boolean> {
  validateLabName(name);
  const doing = `destroying lab ${name}`;
  requireRoot(doing);
  const root = options.root ?? LABS_ROOT;
  const emit = emitter(options.events ?? silent);
  const dir = labDir(name, root);
  const state = await readState(name, root);
  if (state === undefined && !existsSync(dir)) return false;
  if (state !== undefined) {
    state.phase = 'destroying';
    await writeState(state);
    await Promise.all(
      state.hosts.map(async (h) => {
        const t0 = Date.now();
        try {
          await powerOff(state, h);
          await removeHostNetwork({ host: h.name, netns: h.netns, veth: h.veth });
          await removeCgroups(kubeletCgroupRoot(state.name, h.name));
        } catch (err) {
          throw wrap(err, 'powering off the host', h.name);
        }
        emit({ type: 'step-done', step: 'lab/destroy-host', host: h.name, ms: Date.now() - t0, changed: true });
      }),
    );
  }
  await rm(dir, { recursive: true, force: true });
  await withLabsLock(async () => {
    if ((await listLabNames(root)).length === 0) await removeBridge();
  }, root);
  return true;
}

/** Kills the host's PID 1 (its whole PID namespace goes with it), then anything left in its netns. */
async function powerOff(state: LabState, h: LabHostState): Promise<void> {
  await unplugHost({ host: h.name, veth: h.veth });
  if (h.pid1 && !(await killAndWait(h.pid1))) {
    throw new KubehaError(`PID 1 (${h.pid1.pid}) did not exit`, { doing: 'powering off the host', host: h.name });
  }
  // A create that crashed before recording PID 1 leaves the launcher: its child is the host's PID 1.
  if (h.launcher && (await isAlive(h.launcher))) {
    for (const child of await childrenOf(h.launcher.pid)) {
      const id = await identify(child);
      if (id) await killAndWait(id);
    }
    await killAndWait(h.launcher);
  }
  for (const pid of await processesInNetns(`/run/netns/${h.netns}`)) {
    const id = await identify(pid);
    if (id) await killAndWait(id);
  }
  void state;
}

/**
 * The host's cgroup (kubeletCgroupRoot) in every v1 hierarchy, with its CPU weight (LAB_CPU_SHARES). Returns the
 * ones the boot puts the host's PID 1 in: cpu (the weight) and cpuacct (the host's CPU time, hostCpuSeconds); none
 * on a machine without the v1 cpu controller.
 */
async function createHostCgroups(state: LabState, h: LabHostState): Promise<string[]> {
  const relative = kubeletCgroupRoot(state.name, h.name);
  await createCgroups(relative);
  const cpu = join('/sys/fs/cgroup/cpu', relative);
  if (!existsSync(join(cpu, 'cpu.shares'))) return [];
  await writeFile(join(cpu, 'cpu.shares'), String(LAB_CPU_SHARES[h.role]));
  const cpuacct = join('/sys/fs/cgroup/cpuacct', relative);
  return existsSync(join(cpuacct, 'cpuacct.usage')) ? [cpu, cpuacct] : [cpu];
}

/** CPU time the host's processes have used since it was powered on (its pods' included), if the machine counts it. */
export async function hostCpuSeconds(state: LabState, hostName: string): Promise<number | undefined> {
  const usage = await readFile(join('/sys/fs/cgroup/cpuacct', kubeletCgroupRoot(state.name, hostName), 'cpuacct.usage'), 'utf8').catch(() => undefined);
  return usage === undefined ? undefined : Number(usage) / 1e9;
}

/** The kubelet refuses a --cgroup-root that does not exist: make it in every v1 hierarchy. */
async function createCgroups(relative: string): Promise<void> {
  for (const hierarchy of await readdir('/sys/fs/cgroup').catch(() => [] as string[])) {
    const path = join('/sys/fs/cgroup', hierarchy, relative);
    await mkdir(path, { recursive: true });
    if (hierarchy === 'cpuset') {
      // A new cpuset has no CPUs or memory nodes; nothing could join it.
      for (const f of ['cpuset.cpus', 'cpuset.mems']) {
        await writeFile(join(path, f), await readFile(join('/sys/fs/cgroup/cpuset', f), 'utf8'));
      }
    }
  }
}

/** Removes a cgroup subtree (bottom-up) from every v1 hierarchy; the processes in it are gone already. */
async function removeCgroups(relative: string): Promise<void> {
  let hierarchies: string[];
  try {
    hierarchies = await readdir('/sys/fs/cgroup');
  } catch {
    return;
  }
  const removeTree = async (path: string): Promise<void> => {
    let entries;
    try {
      entries = await readdir(path, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) if (e.isDirectory()) await removeTree(join(path, e.name));
    await pollUntil(async () => {
      try {
        await rmdir(path);
        return true;
      } catch (err) {
        return (err as NodeJS.ErrnoException).code === 'ENOENT';
      }
    }, 5000, 50);
  };
  for (const h of hierarchies) await removeTree(join('/sys/fs/cgroup', h, relative));
}

export interface LabSummary {
  name: string;
  phase: LabState['phase'];
  hosts: { name: string; role: string; address: string; running: boolean }[];
}

export async function listLabs(root = LABS_ROOT): Promise<LabSummary[]> {
  const out: LabSummary[] = [];
  for (const name of await listLabNames(root)) {
    const s = await readState(name, root);
    if (s === undefined) {
      out.push({ name, phase: 'creating', hosts: [] });
      continue;
    }
    const hosts = [];
    for (const h of s.hosts) hosts.push({ name: h.name, role: h.role, address: h.address, running: h.pid1 !== undefined && (await isAlive(h.pid1)) });
    out.push({ name, phase: s.phase, hosts });
  }
  return out;
}

export async function loadLab(name: string = DEFAULT_LAB_NAME, root = LABS_ROOT): Promise<LabState> {
  validateLabName(name);
  const s = await readState(name, root);
  if (s === undefined) throw new InputError('finding the lab', [{ path: 'name', message: `no lab named ${name} (kubeha lab list)` }]);
  return s;
}

/**
 * Powers one host off at once (its PID 1 and everything in its PID namespace): the honest stand-in for a
 * crashed machine. Its disks (backing directories) and network stay.
 */
export async function stopHost(name: string, hostName: string, root = LABS_ROOT): Promise<void> {
  requireRoot('stopping a lab host');
  await withLabsLock(async () => {
    const state = await loadLab(name, root);
    const h = findHost(state, hostName);
    await powerOff(state, h);
    // A machine's cgroups go with its power; a lab host's are this machine's and stay, one per killed container.
    // The kubelet's cAdvisor then spends ~3 s on each at every start ("Failed to create existing container":
    // 24 of them, 75 s, on a control plane powered off by the restore test). So they go here too.
    await removeCgroups(kubeletCgroupRoot(state.name, h.name));
    await createHostCgroups(state, h);
    delete h.pid1;
    delete h.launcher;
    await writeState(state);
  }, root);
}

/** Powers a stopped host on again, with the same disks, address and host key; back when sshd answers. */
export async function startHost(name: string, hostName: string, root = LABS_ROOT): Promise<void> {
  requireRoot('starting a lab host');
  const state = await withLabsLock(async () => {
    const s = await loadLab(name, root);
    const h = findHost(s, hostName);
    if (h.pid1 && (await isAlive(h.pid1))) return s;
    await plugHost({ host: h.name, netns: h.netns, address: h.address, veth: h.veth });
    await powerOn(s, h, () => writeState(s));
    return s;
  }, root);
  await waitReady(findHost(state, hostName), READY_TIMEOUT_MS);
}

function findHost(lab: LabState, hostName: string): LabHostState {
  const h = lab.hosts.find((x) => x.name === hostName);
  if (h === undefined) {
    throw new InputError(`finding host ${hostName}`, [
      { path: 'host', message: `lab ${lab.name} has no host ${hostName} (hosts: ${lab.hosts.map((x) => x.name).join(', ')})` },
    ]);
  }
  return h;
}

/**
 * The argv that runs a command inside a host through nsenter (no SSH), with a clean environment.
 * Refuses when the recorded PID 1 is no longer the same process: never enter a reused PID.
 */
export async function hostExecArgv(lab: LabState, hostName: string, argv: readonly string[], env: Readonly<Record<string, string>> = {}): Promise<string[]> {
  const h = findHost(lab, hostName);
  if (h.pid1 === undefined || !(await isAlive(h.pid1))) {
    throw new KubehaError('the host is not running', { doing: `entering host ${hostName}`, host: hostName });
  }
  const vars = { PATH: HOST_PATH, HOME: '/root', SVDIR: SERVICE_DIR, LANG: 'C.UTF-8', ...env };
  return ['nsenter', '-t', String(h.pid1.pid), '-a', '--', 'env', '-i', ...Object.entries(vars).map(([k, v]) => `${k}=${v}`), ...argv];
}

/** Runs a command inside a host through nsenter; throws CommandError on failure unless allowFailure. */
export async function execInHost(lab: LabState, hostName: string, argv: readonly string[], options: ExecOptions = {}): Promise<ExecResult> {
  const full = await hostExecArgv(lab, hostName, argv, options.env ?? {});
  try {
    return await run(full, { ...options, env: undefined, host: hostName });
  } catch (err) {
    if (err instanceof CommandError) {
      throw new CommandError({ doing: options.doing ?? `running ${argv[0]}`, host: hostName, command: argv, code: err.code, stdout: err.stdout, stderr: err.stderr });
    }
    throw err;
  }
}

/**
 * The system ssh client's argv for a host: the lab's key, the lab's known_hosts, strict host key checking; the
 * host's login user, and its jump host as a ProxyCommand (`-J` would not pass these options to the jump).
 */
export function sshArgv(lab: LabState, hostName: string, command: readonly string[] = []): string[] {
  const h = findHost(lab, hostName);
  const login = labLogin(lab, hostName);
  const options = [
    '-i',
    lab.clientKeyFile,
    '-o',
    'IdentitiesOnly=yes',
    '-o',
    `UserKnownHostsFile=${lab.knownHostsFile}`,
    '-o',
    'GlobalKnownHostsFile=/dev/null',
    '-o',
    'StrictHostKeyChecking=yes',
    '-o',
    'LogLevel=ERROR',
  ];
  const jump = login.jump === undefined ? [] : ['-o', `ProxyCommand=${quoteArgv(['ssh', ...options, '-W', '%h:%p', `${labLogin(lab, login.jump.name).user}@${login.jump.address}`])}`];
  return ['ssh', ...options, ...jump, `${login.user}@${h.address}`, ...(command.length > 0 ? ['--', ...command] : [])];
}

/** An SSH connection to a lab host that accepts only the host key the lab recorded. */
export async function connectLabHost(lab: LabState | string, hostName: string): Promise<SshHost> {
  const state = typeof lab === 'string' ? await loadLab(lab) : lab;
  const h = findHost(state, hostName);
  if (h.hostKey === undefined) throw new KubehaError('no host key recorded', { doing: 'connecting to a lab host', host: hostName });
  const login = labLogin(state, hostName);
  const jump = login.jump;
  if (jump !== undefined && jump.hostKey === undefined) throw new KubehaError('no host key recorded', { doing: 'connecting to a lab host', host: jump.name });
  return SshHost.connect({
    name: h.name,
    address: h.address,
    user: login.user,
    privateKey: await readFile(state.clientKeyFile),
    knownHostKeys: [h.hostKey],
    ...(jump === undefined ? {} : { jump: { name: jump.name, address: jump.address, user: labLogin(state, jump.name).user, knownHostKeys: [jump.hostKey!] } }),
  });
}

