import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { KubehaError } from '../errors.js';
import { emitter, silent, type EventSink } from '../events.js';
import { run } from '../util/process.js';
import { cacheRoot as defaultCacheRoot } from './layout.js';

/**
 * Debian 12 for hosts, from Debian's packages, cached:
 * - the base: the smallest Debian a host may be (minbase, an SSH server, a service manager for the lab), a
 *   root filesystem made once by mmdebstrap; lab hosts boot from it (an overlay each), so a lab host holds
 *   exactly what the lab or kubeha put there, never what this machine has;
 * - the host packages: what host preparation installs, per role, as the .deb files that the base lacks
 *   (dependencies resolved by apt against the base's dpkg status), so hosts need no network.
 */

export const DEBIAN_SUITE = 'bookworm';

/** The base. runit stands in for systemd on lab hosts; sudo is there because real machines have it. */
export const BASE_PACKAGES = ['openssh-server', 'runit', 'iproute2', 'procps', 'kmod', 'ca-certificates', 'sudo'] as const;

export type PreparedRole = 'node' | 'load-balancer';

/** Installed by host preparation. `node`: control planes, workers and etcd hosts (all run a kubelet). */
export const ROLE_PACKAGES: Readonly<Record<PreparedRole, readonly string[]>> = {
  node: ['containerd', 'runc', 'containernetworking-plugins', 'iptables', 'conntrack', 'ebtables', 'ethtool', 'socat'],
  // socat: the client of haproxy's admin socket (status, draining).
  'load-balancer': ['haproxy', 'keepalived', 'socat'],
};

export interface DebianSet {
  dir: string;
  /** The base root filesystem (read-only lower layer of every lab host). */
  rootfs: string;
  /** Per role, the .deb files to install on a base host. */
  debs: Record<PreparedRole, string[]>;
}

/** The machine's own apt sources (deb822 or one-line files): mmdebstrap pastes them into the base. */
export async function aptSources(): Promise<string[]> {
  const files: string[] = [];
  if (existsSync('/etc/apt/sources.list')) files.push('/etc/apt/sources.list');
  const dir = '/etc/apt/sources.list.d';
  for (const f of (await readdir(dir).catch(() => [] as string[])).sort()) {
    if (f.endsWith('.sources') || f.endsWith('.list')) files.push(join(dir, f));
  }
  return files;
}

/**
 * The URI of the Debian archive that serves DEBIAN_SUITE in the apt sources' texts (deb822 stanzas or one-line
 * entries), where the pool of source packages is too. The first match wins, as apt lists its sources.
 */
export function debianArchiveUri(texts: readonly string[]): string | undefined {
  for (const text of texts) {
    for (const stanza of text.split(/\n\s*\n/)) {
      const fields = new Map<string, string>();
      for (const line of stanza.split('\n')) {
        const match = /^([A-Za-z-]+):\s*(.*)$/.exec(line);
        if (match) fields.set(match[1]!.toLowerCase(), match[2]!.trim());
      }
      const suites = (fields.get('suites') ?? '').split(/\s+/);
      const uri = (fields.get('uris') ?? '').split(/\s+/)[0];
      if (uri && suites.includes(DEBIAN_SUITE) && (fields.get('types') ?? '').split(/\s+/).includes('deb')) return uri.replace(/\/+$/, '');
    }
    for (const line of text.split('\n')) {
      const words = line.replace(/\[[^\]]*\]/, ' ').trim().split(/\s+/);
      if (words[0] === 'deb' && words[2] === DEBIAN_SUITE && words[1]) return words[1].replace(/\/+$/, '');
    }
  }
  return undefined;
}

async function key(sources: readonly string[]): Promise<string> {
  const hash = createHash('sha256').update(JSON.stringify({ suite: DEBIAN_SUITE, base: BASE_PACKAGES, roles: ROLE_PACKAGES }));
  for (const s of sources) hash.update(await readFile(s));
  return hash.digest('hex').slice(0, 12);
}

async function listDebs(dir: string): Promise<string[]> {
  return (await readdir(dir)).filter((f) => f.endsWith('.deb')).sort().map((f) => join(dir, f));
}

async function readSet(dir: string): Promise<DebianSet | undefined> {
  if (!existsSync(join(dir, 'complete'))) return undefined;
  return {
    dir,
    rootfs: join(dir, 'rootfs'),
    debs: { node: await listDebs(join(dir, 'debs', 'node')), 'load-balancer': await listDebs(join(dir, 'debs', 'load-balancer')) },
  };
}

export interface EnsureDebianOptions {
  emit?: EventSink;
  cacheRoot?: string;
}

/**
 * The base and the host packages, built when missing (about a minute, most of it mmdebstrap), then reused.
 * Built under a staging name and renamed into place with a `complete` stamp written last.
 */
export async function ensureDebian(options: EnsureDebianOptions = {}): Promise<DebianSet> {
  const emit = emitter(options.emit ?? silent);
  const sources = await aptSources();
  if (sources.length === 0) throw new KubehaError('this machine has no apt sources (/etc/apt/sources.list{,.d})', { doing: 'building the Debian base' });
  const root = join(options.cacheRoot ?? defaultCacheRoot(), 'debian');
  const dir = join(root, `${DEBIAN_SUITE}-${await key(sources)}`);
  const ready = await readSet(dir);
  if (ready) return ready;

  const doing = 'building the Debian base for hosts';
  const started = Date.now();
  emit({ type: 'progress', scope: 'debian', message: `building a ${DEBIAN_SUITE} base and the host packages (mmdebstrap, once)` });
  // Per process: two kubeha processes building at once each finish their own; the first rename wins.
  const staging = `${dir}.staging-${process.pid}`;
  await rm(staging, { recursive: true, force: true });
  await mkdir(staging, { recursive: true });
  const rootfs = join(staging, 'rootfs');
  // Host keys made by openssh-server's postinst would be shared by every host: each host gets its own.
  const dropHostKeys = 'rm -f "$1"/etc/ssh/ssh_host_*_key "$1"/etc/ssh/ssh_host_*_key.pub';
  await run(['mmdebstrap', '--variant=minbase', `--include=${BASE_PACKAGES.join(',')}`, `--customize-hook=${dropHostKeys}`, DEBIAN_SUITE, rootfs, ...sources], {
    doing,
    timeoutMs: 1_200_000,
  });
  for (const [role, packages] of Object.entries(ROLE_PACKAGES)) {
    const out = join(staging, 'debs', role);
    await mkdir(join(out, 'partial'), { recursive: true });
    // apt resolves the packages against the base's dpkg status: exactly the .debs a base host lacks.
    const download = () => run(
      [
        'apt-get',
        'install',
        '--download-only',
        '--no-install-recommends',
        '-y',
        '-q',
        '-o',
        `Dir::State::status=${join(rootfs, 'var/lib/dpkg/status')}`,
        '-o',
        `Dir::Cache::archives=${out}`,
        '-o',
        'Debug::NoLocking=1',
        ...packages,
      ],
      { doing: `downloading the ${role} host packages`, timeoutMs: 600_000, env: { DEBIAN_FRONTEND: 'noninteractive' } },
    );
    // This machine's package lists may be older than the archive (a 404 for a superseded version): refresh once.
    await download().catch(async () => {
      await run(['apt-get', 'update', '-q'], { doing: 'updating the apt package lists', timeoutMs: 600_000 });
      return download();
    });
    await rm(join(out, 'partial'), { recursive: true, force: true });
    await rm(join(out, 'lock'), { force: true });
  }
  await writeFile(join(staging, 'complete'), `${new Date().toISOString()}\n`);
  if (existsSync(join(dir, 'complete'))) await rm(staging, { recursive: true, force: true });
  else {
    await rm(dir, { recursive: true, force: true });
    await rename(staging, dir);
  }
  emit({ type: 'progress', scope: 'debian', message: `Debian base ready in ${((Date.now() - started) / 1000).toFixed(1)} s` });
  return (await readSet(dir))!;
}
