import { KubehaError } from '../errors.js';
import { emitter, silent, type EventSink } from '../events.js';
import { run } from '../util/process.js';
import { writeFileAtomic } from './files.js';

/** The Debian packages this machine needs to build the artifacts and run the lab. */
export const HOST_PACKAGES = [
  'containerd',
  'runc',
  'containernetworking-plugins',
  'haproxy',
  'keepalived',
  'openssh-server',
  'openssh-client',
  'umoci',
  'skopeo',
  'iptables',
  'conntrack',
  'runit',
  'nftables',
  'ebtables',
  'netcat-openbsd',
  'socat',
  'busybox-static',
  // The kubeadm compatibility tests read certificates with openssl x509 -text, as a third opinion.
  'openssl',
  'iproute2',
  'kmod',
  'procps',
  'util-linux',
  'mmdebstrap',
  'gcc',
  'libc6-dev',
  // busybox for the conformance test images, built from its source tarball.
  'make',
  'bzip2',
] as const;

/**
 * What building the artifacts spawns besides Go: umoci packs the images, gcc and libc6-dev build pause, make
 * and bzip2 build busybox from its tarball; the images copy busybox, iptables and conntrack from this machine. `kubeha artifacts ensure` alone installs these (a fresh machine failed on
 * `spawn umoci ENOENT` after a 24-minute build when only lab up installed them).
 */
export const BUILD_PACKAGES = ['umoci', 'gcc', 'libc6-dev', 'make', 'bzip2', 'busybox-static', 'iptables', 'conntrack'] as const satisfies readonly (typeof HOST_PACKAGES)[number][];

/** invoke-rc.d asks this before starting a service; 101 means "no": package scripts start no daemons. */
export const POLICY_RC_D = '/usr/sbin/policy-rc.d';
const POLICY_RC_D_SCRIPT = '#!/bin/sh\n# kubeha: services are started by the lab, never by package scripts\nexit 101\n';

/** Which packages of `wanted` dpkg-query does not report as installed ("<name> <status>" lines). */
export function missingPackages(wanted: readonly string[], dpkgQueryOutput: string): string[] {
  const installed = new Set<string>();
  for (const line of dpkgQueryOutput.split('\n')) {
    const [name, ...status] = line.trim().split(/\s+/);
    if (name && status.join(' ') === 'install ok installed') installed.add(name.replace(/:.*$/, ''));
  }
  return wanted.filter((p) => !installed.has(p));
}

export async function findMissingPackages(packages: readonly string[] = HOST_PACKAGES): Promise<string[]> {
  // dpkg-query exits 1 when some name is unknown; its stdout still lists the known ones.
  const result = await run(['dpkg-query', '-W', '-f', '${Package} ${Status}\\n', ...packages], {
    allowFailure: true,
    doing: 'checking installed packages',
  });
  return missingPackages(packages, result.stdout);
}

/**
 * Installs whatever of HOST_PACKAGES is missing. A no-op (one dpkg-query) when all are present. Returns the
 * packages it installed.
 */
export async function installHostPackages(options: { emit?: EventSink; packages?: readonly string[] } = {}): Promise<string[]> {
  const emit = emitter(options.emit ?? silent);
  const missing = await findMissingPackages(options.packages ?? HOST_PACKAGES);
  if (missing.length === 0) return [];
  if (process.getuid?.() !== 0) {
    throw new KubehaError(`installing ${missing.join(' ')} needs root`, { doing: 'installing host packages' });
  }
  await writeFileAtomic(POLICY_RC_D, POLICY_RC_D_SCRIPT, 0o755);
  const env = { DEBIAN_FRONTEND: 'noninteractive' };
  emit({ type: 'progress', scope: 'setup', message: `installing ${missing.join(' ')}` });
  await run(['apt-get', 'update'], { env, timeoutMs: 600_000, doing: 'updating the apt package lists' });
  await run(['apt-get', 'install', '-y', '--no-install-recommends', ...missing], {
    env,
    timeoutMs: 1_800_000,
    doing: 'installing host packages',
  });
  return missing;
}
