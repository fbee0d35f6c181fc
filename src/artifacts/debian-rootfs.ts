import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { KubehaError } from '../errors.js';
import { emitter, silent, type EventSink } from '../events.js';
import { run } from '../util/process.js';
import { aptSources, DEBIAN_SUITE } from './debian.js';

/**
 * Debian root file systems for container images, made by mmdebstrap from this machine's apt sources and kept
 * as tarballs, one per package list: images never carry the admin machine's own binaries.
 */

export interface DebianRootfsSpec {
  /** mmdebstrap's variant: `minbase` installs (maintainer scripts run, services disabled), `extract` only unpacks. */
  variant: 'minbase' | 'extract';
  packages: readonly string[];
}

/**
 * What debian:bookworm-slim leaves out (debuerreotype's --slimify): documentation but the copyrights, manuals,
 * translations. A minbase root with bind9-dnsutils measured 230 MB with them, about 50 MB of it these.
 */
export const SLIM_DPKG_OPTIONS = [
  'path-exclude=/usr/share/doc/*',
  'path-include=/usr/share/doc/*/copyright',
  'path-exclude=/usr/share/man/*',
  'path-exclude=/usr/share/groff/*',
  'path-exclude=/usr/share/info/*',
  'path-exclude=/usr/share/lintian/*',
  'path-exclude=/usr/share/linda/*',
  'path-exclude=/usr/share/locale/*',
  'path-include=/usr/share/locale/locale.alias',
] as const;

/** The cache key of a root file system: the suite, the variant, the packages, and the apt sources' contents. */
export function rootfsKey(spec: DebianRootfsSpec, sourcesText: readonly string[]): string {
  const hash = createHash('sha256').update(JSON.stringify({ suite: DEBIAN_SUITE, variant: spec.variant, packages: [...spec.packages].sort(), dpkg: SLIM_DPKG_OPTIONS }));
  for (const s of sourcesText) hash.update(s);
  return hash.digest('hex').slice(0, 12);
}

export interface EnsureRootfsOptions {
  /** Directory holding the tarballs (cacheRoot()/test-images/rootfs). */
  dir: string;
  emit?: EventSink;
}

/** The tarball of the root file system, made once (mmdebstrap, about a minute) and then reused. */
export async function ensureDebianRootfs(spec: DebianRootfsSpec, options: EnsureRootfsOptions): Promise<string> {
  const emit = emitter(options.emit ?? silent);
  const sources = await aptSources();
  const doing = `making a ${DEBIAN_SUITE} root file system with ${spec.packages.join(', ')}`;
  if (sources.length === 0) throw new KubehaError('this machine has no apt sources (/etc/apt/sources.list{,.d})', { doing });
  const texts = await Promise.all(sources.map((s) => readFile(s, 'utf8')));
  const tarball = join(options.dir, `${DEBIAN_SUITE}-${spec.variant}-${rootfsKey(spec, texts)}.tar`);
  if (existsSync(tarball)) return tarball;
  await mkdir(options.dir, { recursive: true });
  const started = Date.now();
  emit({ type: 'progress', scope: 'test-images/debian', message: `mmdebstrap ${spec.variant} ${DEBIAN_SUITE} with ${spec.packages.join(', ')}` });
  // The name ends in .tar so that mmdebstrap writes a tarball; per process, so two builders never share one.
  const partial = join(options.dir, `.${process.pid}.partial.tar`);
  try {
    const dpkg = SLIM_DPKG_OPTIONS.map((o) => `--dpkgopt=${o}`);
    await run(['mmdebstrap', '--quiet', `--variant=${spec.variant}`, ...dpkg, `--include=${spec.packages.join(',')}`, DEBIAN_SUITE, partial, ...sources], {
      doing,
      timeoutMs: 1_200_000,
    });
    await rename(partial, tarball);
  } finally {
    await rm(partial, { force: true });
  }
  emit({ type: 'progress', scope: 'test-images/debian', message: `root file system ready`, elapsedMs: Date.now() - started });
  return tarball;
}

/**
 * Unpacks a root file system tarball into an image's rootfs. Device nodes are the runtime's, and so are
 * /etc/resolv.conf and /etc/hostname, which mmdebstrap copies from this machine.
 */
export async function unpackRootfs(tarball: string, rootfs: string): Promise<void> {
  const exclude = ['./dev/*', './etc/resolv.conf', './etc/hostname'].map((p) => `--exclude=${p}`);
  await run(['tar', '--numeric-owner', '-xpf', tarball, '-C', rootfs, ...exclude], { doing: `unpacking ${tarball}`, timeoutMs: 600_000 });
}
