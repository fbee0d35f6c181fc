import { access, mkdir, readdir, readFile, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { InputError, KubehaError, type ValidationIssue } from '../errors.js';
import { emitter, silent, type EventSink } from '../events.js';
import { run } from '../util/process.js';
import {
  corednsComponent,
  etcdComponents,
  etcdVersionFromImageTag,
  FLANNEL_CNI_PLUGIN_VERSION,
  FLANNEL_VERSION,
  flannelCniPluginComponent,
  flannelComponent,
  kubernetesComponent,
} from './components.js';
import { downloadReleaseBinaries } from './download.js';
import { copyFileAtomic, reuseFile, writeFileAtomic } from './files.js';
import { goBuild, type GoComponent } from './go-build.js';
import { BUILD_PACKAGES, installHostPackages } from './host-packages.js';
import { flannelImageRecipes, kubeadmImageRecipe, type ImageRecipe } from './images.js';
import {
  cacheRoot as defaultCacheRoot,
  DEFAULT_KUBERNETES_VERSION,
  KUBERNETES_BINARIES,
  type ArtifactSet,
  type ArtifactVersions,
  type ImageArchive,
} from './layout.js';
import { checkManifest, writeManifest } from './manifest.js';
import { archiveName, buildImageArchive, splitRef } from './oci-image.js';
import { buildPause } from './pause.js';

export interface EnsureOptions {
  /** Kubernetes release, e.g. v1.37.2 (default DEFAULT_KUBERNETES_VERSION). */
  version?: string;
  /** Use this directory (bin/ cni/ images/ versions.json) as it is, instead of the cache. */
  sourceDir?: string;
  emit?: EventSink;
  /** The cache root (default cacheRoot(): $XDG_CACHE_HOME/kubeha); artifacts/ and build/ live below it. */
  cacheRoot?: string;
  /**
   * Where official release binaries are downloaded from (default $KUBEHA_RELEASE_URL; unset means no
   * download). Opt-in, so that kubeha never reaches off the machine unless told to: users with internet
   * pass DEFAULT_RELEASE_BASE_URL (`--release-url https://dl.k8s.io/release`). null skips downloading.
   */
  releaseBaseUrl?: string | null;
  downloadTimeoutMs?: number;
}

/** Every binary an entry holds in bin/, besides the Kubernetes ones. */
export const EXTRA_BINARIES = ['etcd', 'etcdctl', 'etcdutl', 'coredns', 'flanneld', 'install-conf'] as const;
export const CNI_PLUGINS = ['flannel'] as const;

const DOING = 'preparing Kubernetes artifacts';

async function exists(path: string): Promise<boolean> {
  return access(path).then(() => true, () => false);
}

function entryPaths(dir: string, version: string): Pick<ArtifactSet, 'version' | 'dir' | 'binDir' | 'cniDir' | 'imagesDir'> {
  return { version, dir, binDir: join(dir, 'bin'), cniDir: join(dir, 'cni'), imagesDir: join(dir, 'images') };
}

/** Reads an entry's versions.json and images.json; image files are found next to images.json. */
async function readEntry(dir: string, version: string): Promise<{ set?: ArtifactSet; issues: ValidationIssue[] }> {
  const issues: ValidationIssue[] = [];
  const paths = entryPaths(dir, version);
  let versions: ArtifactVersions | undefined;
  let images: ImageArchive[] = [];
  try {
    versions = JSON.parse(await readFile(join(dir, 'versions.json'), 'utf8')) as ArtifactVersions;
    if (versions.kubernetes !== version) issues.push({ path: 'versions.json', message: `is for ${versions.kubernetes}, not ${version}` });
  } catch {
    issues.push({ path: 'versions.json', message: 'is missing or not JSON' });
  }
  try {
    const listed = JSON.parse(await readFile(join(paths.imagesDir, 'images.json'), 'utf8')) as ImageArchive[];
    images = listed.map((i) => ({ ref: i.ref, file: join(paths.imagesDir, basename(i.file)) }));
  } catch {
    issues.push({ path: 'images/images.json', message: 'is missing or not JSON' });
  }
  const required = [
    ...[...KUBERNETES_BINARIES, ...EXTRA_BINARIES].map((b) => join(paths.binDir, b)),
    ...CNI_PLUGINS.map((p) => join(paths.cniDir, p)),
    ...images.map((i) => i.file),
  ];
  for (const file of required) {
    if (!(await exists(file))) issues.push({ path: file.slice(dir.length + 1), message: 'is missing' });
  }
  if (issues.length > 0 || versions === undefined) return { issues };
  return { set: { ...paths, versions, images }, issues };
}

/** The images `kubeadm config images list` names for this release, e.g. registry.k8s.io/etcd:3.7.0-0. */
export async function kubeadmImages(kubeadm: string, version: string): Promise<string[]> {
  const result = await run([kubeadm, 'config', 'images', 'list', '--kubernetes-version', version], {
    doing: `listing the images kubeadm ${version} uses`,
    timeoutMs: 60_000,
  });
  return result.stdout.split('\n').map((l) => l.trim()).filter((l) => l !== '');
}

export function versionsFromImages(version: string, refs: readonly string[]): ArtifactVersions {
  const tagOf = (repository: string): string => {
    const ref = refs.find((r) => splitRef(r).name.split('/').pop() === repository);
    if (ref === undefined) throw new KubehaError(`kubeadm lists no ${repository} image`, { doing: DOING });
    return splitRef(ref).tag;
  };
  return {
    kubernetes: version,
    etcd: etcdVersionFromImageTag(tagOf('etcd')),
    coredns: tagOf('coredns'),
    pause: tagOf('pause'),
    flannel: FLANNEL_VERSION,
    flannelCniPlugin: FLANNEL_CNI_PLUGIN_VERSION,
  };
}

/** Removes staging directories left by runs that were interrupted (their process is gone). */
async function removeAbandoned(artifactsRoot: string, version: string): Promise<void> {
  const pattern = new RegExp(`^\\.${version.replace(/\./g, '\\.')}\\.(\\d+)\\.(partial|old)$`);
  for (const name of await readdir(artifactsRoot).catch(() => [] as string[])) {
    const match = pattern.exec(name);
    if (!match) continue;
    const pid = Number(match[1]);
    let alive = pid !== process.pid;
    if (alive) {
      try {
        process.kill(pid, 0);
      } catch {
        alive = false;
      }
    }
    if (!alive || pid === process.pid) await rm(join(artifactsRoot, name), { recursive: true, force: true });
  }
}

/**
 * Makes sure the artifacts for one Kubernetes release exist and returns where they are. Sources, in order:
 * the user's directory; a complete cache entry; for whatever is missing, official release downloads (checked
 * against their .sha256) and builds from the Go module proxy. A new entry is assembled in a staging directory,
 * its manifest written last, and renamed into place; intact files of a damaged entry are reused.
 */
export async function ensureArtifacts(options: EnsureOptions = {}): Promise<ArtifactSet> {
  const version = options.version ?? DEFAULT_KUBERNETES_VERSION;
  if (!/^v\d+\.\d+\.\d+$/.test(version)) {
    throw new InputError(DOING, [{ path: 'kubernetes-version', message: `must look like v1.37.2, got ${version}` }]);
  }
  const emit = emitter(options.emit ?? silent);
  if (options.sourceDir !== undefined) {
    const { set, issues } = await readEntry(options.sourceDir, version);
    if (!set) throw new InputError(`using the artifacts in ${options.sourceDir}`, issues);
    emit({ type: 'step-skip', step: 'artifacts', reason: `using ${options.sourceDir}` });
    return set;
  }
  const root = options.cacheRoot ?? defaultCacheRoot();
  const dir = join(root, 'artifacts', version);
  const started = Date.now();
  emit({ type: 'step-start', step: 'artifacts', title: `Kubernetes ${version} artifacts` });
  const check = await checkManifest(dir, version);
  if (check.ok) {
    const { set, issues } = await readEntry(dir, version);
    if (set) {
      emit({ type: 'step-done', step: 'artifacts', ms: Date.now() - started, changed: false });
      return set;
    }
    emit({ type: 'log', level: 'warn', message: `cache entry ${dir} is inconsistent: ${issues.map((i) => `${i.path} ${i.message}`).join('; ')}` });
  } else if (check.manifest !== undefined) {
    emit({ type: 'log', level: 'warn', message: `cache entry ${dir} is damaged, rebuilding: ${check.problems.join('; ')}` });
  }
  try {
    // Before the long Go build, so that a missing tool fails in seconds, not after it.
    await installHostPackages({ emit: options.emit ?? silent, packages: BUILD_PACKAGES });
    const set = await assemble(dir, version, root, check.ok ? new Set(Object.keys(check.manifest.files)) : check.intact, options, emit);
    emit({ type: 'step-done', step: 'artifacts', ms: Date.now() - started, changed: true });
    return set;
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    emit({ type: 'step-fail', step: 'artifacts', ms: Date.now() - started, error: message });
    throw err;
  }
}

type Emit = ReturnType<typeof emitter>;

async function assemble(
  dir: string,
  version: string,
  root: string,
  intactFiles: ReadonlySet<string>,
  options: EnsureOptions,
  emit: Emit,
): Promise<ArtifactSet> {
  const artifactsRoot = dirname(dir);
  const buildRoot = join(root, 'build');
  await mkdir(artifactsRoot, { recursive: true });
  await mkdir(buildRoot, { recursive: true });
  await removeAbandoned(artifactsRoot, version);
  const staging = join(artifactsRoot, `.${version}.${process.pid}.partial`);
  await rm(staging, { recursive: true, force: true });
  const final = entryPaths(dir, version);
  const stage = entryPaths(staging, version);
  const progress = (scope: string, message: string, since?: number): void =>
    emit({ type: 'progress', scope: `artifacts/${scope}`, message, ...(since === undefined ? {} : { elapsedMs: Date.now() - since }) });

  // Files of the old entry that still match its manifest are reused, but only if they were made for the same
  // component versions; Kubernetes binaries are keyed by the entry's version alone.
  let intact = intactFiles;
  const reuse = async (rel: string): Promise<boolean> => {
    if (!intact.has(rel)) return false;
    await reuseFile(join(dir, rel), join(staging, rel));
    return true;
  };

  try {
    const rebuilt = new Set<string>();
    const missingKubernetes: string[] = [];
    for (const b of KUBERNETES_BINARIES) if (!(await reuse(`bin/${b}`))) missingKubernetes.push(b);
    if (missingKubernetes.length > 0) await obtainKubernetes(version, missingKubernetes, stage.binDir, buildRoot, options, emit);
    for (const b of missingKubernetes) rebuilt.add(b);

    const refs = await kubeadmImages(join(stage.binDir, 'kubeadm'), version);
    const versions = versionsFromImages(version, refs);
    const oldVersions = intact.has('versions.json')
      ? await readFile(join(dir, 'versions.json'), 'utf8').then((t) => JSON.parse(t) as ArtifactVersions, () => undefined)
      : undefined;
    if (JSON.stringify(oldVersions) !== JSON.stringify(versions)) intact = new Set();

    const components: Array<{ component: GoComponent; into: string; rel: string }> = [
      ...etcdComponents(versions.etcd).map((component) => ({ component, into: stage.binDir, rel: 'bin' })),
      { component: corednsComponent(versions.coredns), into: stage.binDir, rel: 'bin' },
      { component: flannelComponent(versions.flannel), into: stage.binDir, rel: 'bin' },
      { component: flannelCniPluginComponent(versions.flannelCniPlugin), into: stage.cniDir, rel: 'cni' },
    ];
    for (const { component, into, rel } of components) {
      const missing: string[] = [];
      for (const b of component.binaries) if (!(await reuse(`${rel}/${b.file}`))) missing.push(b.file);
      if (missing.length === 0) continue;
      await requireGo(component.name);
      const built = await goBuild(component, { buildRoot, ...(options.emit ? { emit: options.emit } : {}) });
      for (const file of missing) {
        await copyFileAtomic(built[file]!, join(into, file), 0o755);
        rebuilt.add(file);
      }
    }

    const images: ImageArchive[] = [];
    const pending: ImageRecipe[] = [];
    const inputs = {
      bin: (file: string) => join(stage.binDir, file),
      cniFlannel: join(stage.cniDir, 'flannel'),
      pause: '',
    };
    const recipes = [
      ...refs.map((ref) => kubeadmImageRecipe(ref, inputs)),
      ...flannelImageRecipes(versions.flannel, versions.flannelCniPlugin, inputs),
    ];
    for (const recipe of recipes) {
      const name = archiveName(recipe.ref);
      images.push({ ref: recipe.ref, file: join(final.imagesDir, name) });
      const stale = recipe.binaries?.some((b) => rebuilt.has(b)) ?? false;
      if (stale || !(await reuse(`images/${name}`))) pending.push(recipe);
    }
    if (pending.some((r) => splitRef(r.ref).name.endsWith('/pause'))) {
      inputs.pause = await buildPause(versions.pause, buildRoot);
    }
    const workRoot = join(buildRoot, 'images');
    await mkdir(workRoot, { recursive: true });
    await mkdir(stage.imagesDir, { recursive: true });
    for (const recipe of pending) {
      const since = Date.now();
      progress('images', `building image ${recipe.ref}`);
      await buildImageArchive({ ...recipe, outFile: join(stage.imagesDir, archiveName(recipe.ref)), workRoot });
      progress('images', `built image ${recipe.ref}`, since);
    }

    await writeFileAtomic(join(stage.imagesDir, 'images.json'), `${JSON.stringify(images, null, 2)}\n`);
    await writeFileAtomic(join(staging, 'versions.json'), `${JSON.stringify(versions, null, 2)}\n`);
    await writeManifest(staging, version);

    const old = join(artifactsRoot, `.${version}.${process.pid}.old`);
    if (await exists(dir)) await rename(dir, old);
    await rename(staging, dir);
    await rm(old, { recursive: true, force: true });
    return { ...final, versions, images };
  } catch (err) {
    await rm(staging, { recursive: true, force: true });
    throw err;
  }
}

export async function requireGo(what: string): Promise<void> {
  const result = await run(['go', 'version'], { allowFailure: true, doing: 'looking for the Go toolchain' }).catch(() => undefined);
  if (result?.code !== 0) {
    throw new KubehaError(`cannot build ${what}: no Go toolchain (go) on PATH, and no other source has it`, { doing: DOING });
  }
}

async function obtainKubernetes(
  version: string,
  binaries: string[],
  binDir: string,
  buildRoot: string,
  options: EnsureOptions,
  emit: Emit,
): Promise<void> {
  const baseUrl = options.releaseBaseUrl === undefined ? process.env['KUBEHA_RELEASE_URL'] || null : options.releaseBaseUrl;
  if (baseUrl !== null && baseUrl !== '') {
    const since = Date.now();
    emit({ type: 'progress', scope: 'artifacts/download', message: `downloading Kubernetes ${version} from ${baseUrl}` });
    try {
      await downloadReleaseBinaries({
        baseUrl,
        version,
        binaries,
        destDir: binDir,
        ...(options.downloadTimeoutMs === undefined ? {} : { connectTimeoutMs: options.downloadTimeoutMs }),
      });
      emit({ type: 'progress', scope: 'artifacts/download', message: `downloaded Kubernetes ${version}`, elapsedMs: Date.now() - since });
      return;
    } catch (err) {
      const why = err instanceof Error ? err.message : String(err);
      emit({ type: 'log', level: 'warn', message: `official release download failed (${why}); building from source instead` });
    }
  }
  await requireGo('Kubernetes');
  const built = await goBuild(kubernetesComponent(version), { buildRoot, ...(options.emit ? { emit: options.emit } : {}) });
  for (const b of binaries) await copyFileAtomic(built[b]!, join(binDir, b), 0o755);
}
