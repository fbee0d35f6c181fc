import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { KubehaError } from '../errors.js';
import { emitter, silent, type EventSink } from '../events.js';
import { run } from '../util/process.js';
import { aptSources, debianArchiveUri } from './debian.js';
import { downloadVerified } from './download.js';

/**
 * busybox built from its release source, as the docker library's busybox image (the e2e busybox image's base)
 * is: the release tarball, `make defconfig` and the library builder's edits, but linked statically (the
 * library's glibc variant links glibc dynamically and carries its libraries). Debian's
 * busybox-static binaries cannot stand in: their ash (bookworm's 1.35.0, measured) leaves environment variables
 * whose names are no shell names out of what its children get, and conformance specs pass such names to
 * `sh -c env`. 1.37.0's ash keeps them (its init() takes every "name=value" of environ; measured on this build).
 */

export const BUSYBOX_VERSION = '1.37.0';

/**
 * The source: Debian's copy of the release tarball in the pool of the archive the apt sources name (reachable
 * where busybox.net is not). The digest is the one busybox_1.37.0-6.dsc records for busybox_1.37.0.orig.tar.bz2.
 */
export const BUSYBOX_SOURCE = {
  path: `pool/main/b/busybox/busybox_${BUSYBOX_VERSION}.orig.tar.bz2`,
  sha256: '3311dff32e746499f4df0d5df04d7eb396382d7e108bb9250e7b519b837043a4',
} as const;

/** What the docker library's builder changes in defconfig, and CONFIG_STATIC. */
export const BUSYBOX_CONFIG_EDITS: Readonly<Record<string, string | false>> = {
  CONFIG_AR: 'y',
  CONFIG_FEATURE_AR_CREATE: 'y',
  CONFIG_FEATURE_AR_LONG_FILENAMES: 'y',
  CONFIG_LAST_SUPPORTED_WCHAR: '0',
  CONFIG_STATIC: 'y',
  CONFIG_FEATURE_SYNC_FANCY: false,
};

/** A kconfig .config with edits applied: each option set (or "is not set"), replacing its line or appended. */
export function editBusyboxConfig(text: string, edits: Readonly<Record<string, string | false>> = BUSYBOX_CONFIG_EDITS): string {
  const lines = text.split('\n');
  const render = (name: string, value: string | false): string => (value === false ? `# ${name} is not set` : `${name}=${value}`);
  const seen = new Set<string>();
  const edited = lines.map((line) => {
    const match = /^(?:# )?(CONFIG_[A-Za-z0-9_]+)(?:=.*| is not set)$/.exec(line);
    const name = match?.[1];
    if (name === undefined || !(name in edits)) return line;
    seen.add(name);
    return render(name, edits[name]!);
  });
  const missing = Object.entries(edits).filter(([name]) => !seen.has(name)).map(([name, value]) => render(name, value));
  if (edited.at(-1) === '') edited.pop();
  return `${[...edited, ...missing].join('\n')}\n`;
}

/** The cache key: the version, the source's digest and the configuration edits. */
export function busyboxKey(): string {
  return createHash('sha256').update(JSON.stringify({ version: BUSYBOX_VERSION, source: BUSYBOX_SOURCE, edits: BUSYBOX_CONFIG_EDITS })).digest('hex').slice(0, 12);
}

export interface EnsureBusyboxOptions {
  /** Where the binary is kept (cacheRoot()/test-images/busybox). */
  dir: string;
  emit?: EventSink;
}

const DOING = `building busybox ${BUSYBOX_VERSION} from source`;

/** The static busybox binary, built once (about a minute on 2 cores) and then reused. */
export async function ensureBusybox(options: EnsureBusyboxOptions): Promise<string> {
  const binary = join(options.dir, `busybox-${BUSYBOX_VERSION}-${busyboxKey()}`);
  if (existsSync(binary)) return binary;
  const emit = emitter(options.emit ?? silent);
  const started = Date.now();
  await mkdir(options.dir, { recursive: true });
  const tarball = join(options.dir, `busybox-${BUSYBOX_VERSION}.tar.bz2`);
  if (!existsSync(tarball)) {
    const texts = await Promise.all((await aptSources()).map((s) => readFile(s, 'utf8')));
    const archive = debianArchiveUri(texts);
    if (archive === undefined) throw new KubehaError('no apt source of this machine names the Debian archive', { doing: DOING });
    const url = `${archive}/${BUSYBOX_SOURCE.path}`;
    emit({ type: 'progress', scope: 'test-images/busybox', message: `downloading ${url}` });
    await downloadVerified({ url, expected: BUSYBOX_SOURCE.sha256, dest: tarball, mode: 0o644, timeoutMs: 30_000, doing: DOING, name: `busybox ${BUSYBOX_VERSION}` });
  }
  emit({ type: 'progress', scope: 'test-images/busybox', message: `building busybox ${BUSYBOX_VERSION} (defconfig, static)` });
  const work = join(options.dir, `.${process.pid}.build`);
  await rm(work, { recursive: true, force: true });
  try {
    await mkdir(work, { recursive: true });
    await run(['tar', '-xjf', tarball, '-C', work, '--strip-components=1'], { doing: DOING, timeoutMs: 300_000 });
    await run(['make', 'defconfig'], { cwd: work, doing: DOING, timeoutMs: 300_000 });
    const config = join(work, '.config');
    await writeFile(config, editBusyboxConfig(await readFile(config, 'utf8')));
    // Answers kconfig's questions about options the edits bring in with their defaults.
    await run(['make', 'oldconfig'], { cwd: work, doing: DOING, timeoutMs: 300_000, stdin: '\n'.repeat(200) });
    await run(['make', `-j${availableParallelism()}`, 'busybox'], { cwd: work, doing: DOING, timeoutMs: 1_800_000 });
    const built = join(work, 'busybox');
    const check = await run([built, 'sh', '-c', 'echo "$0"'], { doing: `${DOING}: running the result` });
    if (check.stdout.trim() !== 'sh') throw new KubehaError(`the built busybox's sh printed ${JSON.stringify(check.stdout)}`, { doing: DOING });
    await rename(built, binary);
  } finally {
    await rm(work, { recursive: true, force: true });
  }
  emit({ type: 'progress', scope: 'test-images/busybox', message: `busybox ${BUSYBOX_VERSION} built`, elapsedMs: Date.now() - started });
  return binary;
}
