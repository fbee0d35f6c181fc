import { createHash } from 'node:crypto';
import { access, mkdir, readdir, readFile, rename, rm } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { InputError, KubehaError } from '../errors.js';
import { emitter, silent, type EventSink } from '../events.js';
import { run } from '../util/process.js';
import { BUSYBOX_VERSION, busyboxKey, ensureBusybox } from './busybox.js';
import { ensureDebianRootfs } from './debian-rootfs.js';
import { writeFileAtomic } from './files.js';
import { goBuild } from './go-build.js';
import { cacheRoot as defaultCacheRoot, DEFAULT_KUBERNETES_VERSION, type ImageArchive } from './layout.js';
import { checkManifest, writeManifest } from './manifest.js';
import { archiveName, buildImageArchive } from './oci-image.js';
import { AGNHOST_PREV_VERSION, e2eImagesComponent, sampleApiserverComponent } from './test-image-components.js';
import {
  DEBIAN_ROOTS,
  TEST_IMAGE_RELEASES,
  testImageRecipes,
  type DebianRootName,
  type TestBinary,
  type TestImageRecipe,
} from './test-image-recipes.js';

/**
 * The conformance suite's test images of one release, cached in cacheRoot()/test-images/<version>/:
 * images/*.oci.tar, images/images.json ([{ref, file}]) and manifest.json, written last. An entry counts only if
 * its manifest matches every file; anything else is built again (the Go builds and Debian root file systems
 * it starts from are cached on their own, in build/, test-images/rootfs/ and test-images/busybox/).
 */

export interface TestImageSet {
  dir: string;
  images: readonly ImageArchive[];
  /** Where the content differs from the upstream images, one line each, prefixed by the image reference. */
  substitutions: readonly string[];
}

export interface EnsureTestImagesOptions {
  /** Kubernetes release whose suite the images are for (default DEFAULT_KUBERNETES_VERSION). */
  version?: string;
  emit?: EventSink;
  /** The cache root (default cacheRoot()). */
  cacheRoot?: string;
}

const DOING = 'preparing the conformance test images';
const STEP = 'test-images';

type Release = (typeof TEST_IMAGE_RELEASES)[number];

function isRelease(version: string): version is Release {
  return (TEST_IMAGE_RELEASES as readonly string[]).includes(version);
}

/**
 * Bumped whenever a recipe's populate() changes what an image holds; with everything declarative about the
 * recipes it keys the entry, so an entry made by other recipes is built again.
 */
export const TEST_IMAGES_REVISION = 4;

/** What the entry's manifest records as its version: the release and a digest of the recipes' inputs. */
export function entryVersion(version: string, recipes: readonly TestImageRecipe[]): string {
  const declared = {
    revision: TEST_IMAGES_REVISION,
    recipes: recipes.map((r) => ({ ref: r.ref, config: r.config, roots: r.debianRoots, binaries: r.binaries })),
    roots: DEBIAN_ROOTS,
    busybox: `${BUSYBOX_VERSION}-${busyboxKey()}`,
    components: [e2eImagesComponent(version), e2eImagesComponent(version, AGNHOST_PREV_VERSION), sampleApiserverComponent()],
  };
  return `${version}+${createHash('sha256').update(JSON.stringify(declared)).digest('hex').slice(0, 12)}`;
}

export function substitutionsOf(recipes: readonly TestImageRecipe[]): string[] {
  return recipes.flatMap((r) => r.substitutions.map((s) => `${r.ref}: ${s}`));
}

async function exists(path: string): Promise<boolean> {
  return access(path).then(() => true, () => false);
}

async function readImages(dir: string): Promise<ImageArchive[] | undefined> {
  const imagesDir = join(dir, 'images');
  try {
    const listed = JSON.parse(await readFile(join(imagesDir, 'images.json'), 'utf8')) as ImageArchive[];
    const images = listed.map((i) => ({ ref: i.ref, file: join(imagesDir, basename(i.file)) }));
    for (const i of images) if (!(await exists(i.file))) return undefined;
    return images;
  } catch {
    return undefined;
  }
}

/** Staging directories of runs whose process is gone. */
async function removeAbandoned(root: string, version: string): Promise<void> {
  const pattern = new RegExp(`^\\.${version.replace(/\./g, '\\.')}\\.(\\d+)\\.(partial|old)$`);
  for (const name of await readdir(root).catch(() => [] as string[])) {
    const match = pattern.exec(name);
    if (!match) continue;
    let alive = Number(match[1]) !== process.pid;
    if (alive) {
      try {
        process.kill(Number(match[1]), 0);
      } catch {
        alive = false;
      }
    }
    if (!alive) await rm(join(root, name), { recursive: true, force: true });
  }
}

/** Makes sure the test images of a release exist (built when missing) and returns where they are. */
export async function ensureTestImages(options: EnsureTestImagesOptions = {}): Promise<TestImageSet> {
  const version = options.version ?? DEFAULT_KUBERNETES_VERSION;
  if (!isRelease(version)) {
    throw new InputError(DOING, [{ path: 'kubernetes-version', message: `test images are known for ${TEST_IMAGE_RELEASES.join(', ')}, not ${version}` }]);
  }
  const emit = emitter(options.emit ?? silent);
  const root = options.cacheRoot ?? defaultCacheRoot();
  const imagesRoot = join(root, 'test-images');
  const dir = join(imagesRoot, version);
  const recipes = testImageRecipes();
  const substitutions = substitutionsOf(recipes);
  const stamp = entryVersion(version, recipes);
  const started = Date.now();
  emit({ type: 'step-start', step: STEP, title: `conformance test images of Kubernetes ${version}` });
  const check = await checkManifest(dir, stamp);
  if (check.ok) {
    const images = await readImages(dir);
    if (images && images.length === recipes.length) {
      emit({ type: 'step-done', step: STEP, ms: Date.now() - started, changed: false });
      return { dir, images, substitutions };
    }
  } else if (check.manifest !== undefined) {
    const why = check.manifest.version === stamp ? `is damaged: ${check.problems.join('; ')}` : `was made by other recipes (${check.manifest.version})`;
    emit({ type: 'log', level: 'warn', message: `cache entry ${dir} ${why}; rebuilding` });
  }
  try {
    const images = await assemble({ dir, imagesRoot, version, stamp, root, recipes, emit: options.emit ?? silent });
    emit({ type: 'step-done', step: STEP, ms: Date.now() - started, changed: true });
    return { dir, images, substitutions };
  } catch (err) {
    emit({ type: 'step-fail', step: STEP, ms: Date.now() - started, error: err instanceof Error ? err.message : String(err) });
    throw err;
  }
}

/** The Go programs, each from its own build directory (never the release's k8s-<version>). */
async function buildBinaries(version: string, buildRoot: string, emit: EventSink): Promise<Record<TestBinary, string>> {
  const main = await goBuild(e2eImagesComponent(version), { buildRoot, emit });
  const prev = await goBuild(e2eImagesComponent(version, AGNHOST_PREV_VERSION), { buildRoot, emit });
  const sample = await goBuild(sampleApiserverComponent(), { buildRoot, emit });
  return { agnhost: main['agnhost']!, nnp: main['nnp']!, 'agnhost-prev': prev['agnhost']!, 'sample-apiserver': sample['sample-apiserver']! };
}

/** Where Go's module cache holds k8s.io/kubernetes (goBuild has just downloaded it: no network needed). */
async function kubernetesSource(version: string, buildRoot: string): Promise<string> {
  const result = await run(['go', 'mod', 'download', '-json', `k8s.io/kubernetes@${version}`], {
    cwd: buildRoot,
    env: { GOPROXY: 'off', GOFLAGS: '-mod=mod' },
    timeoutMs: 120_000,
    doing: 'finding the k8s.io/kubernetes source in the Go module cache',
  });
  const dir = (JSON.parse(result.stdout) as { Dir?: string }).Dir;
  if (!dir) throw new KubehaError(`go mod download names no directory for k8s.io/kubernetes@${version}`, { doing: DOING });
  return dir;
}

async function assemble(args: {
  dir: string;
  imagesRoot: string;
  version: string;
  /** The manifest's version (entryVersion). */
  stamp: string;
  root: string;
  recipes: readonly TestImageRecipe[];
  emit: EventSink;
}): Promise<ImageArchive[]> {
  const emit = emitter(args.emit);
  const progress = (message: string, since?: number): void =>
    emit({ type: 'progress', scope: STEP, message, ...(since === undefined ? {} : { elapsedMs: Date.now() - since }) });
  const buildRoot = join(args.root, 'build');
  await mkdir(buildRoot, { recursive: true });
  await mkdir(args.imagesRoot, { recursive: true });
  await removeAbandoned(args.imagesRoot, args.version);
  const staging = join(args.imagesRoot, `.${args.version}.${process.pid}.partial`);
  await rm(staging, { recursive: true, force: true });
  try {
    const bins = await buildBinaries(args.version, buildRoot, args.emit);
    const source = await kubernetesSource(args.version, buildRoot);
    const roots: Partial<Record<DebianRootName, string>> = {};
    for (const name of new Set(args.recipes.flatMap((r) => r.debianRoots))) {
      roots[name] = await ensureDebianRootfs(DEBIAN_ROOTS[name], { dir: join(args.imagesRoot, 'rootfs'), emit: args.emit });
    }
    const busybox = await ensureBusybox({ dir: join(args.imagesRoot, 'busybox'), emit: args.emit });
    const inputs = {
      bin: (file: TestBinary) => bins[file],
      busybox,
      debianRoot: (name: DebianRootName) => {
        const tarball = roots[name];
        if (tarball === undefined) throw new KubehaError(`no Debian root ${name} was made`, { doing: DOING });
        return tarball;
      },
      kubernetesSource: source,
    };
    const workRoot = join(buildRoot, 'images');
    const stagingImages = join(staging, 'images');
    await mkdir(workRoot, { recursive: true });
    await mkdir(stagingImages, { recursive: true });
    const images: ImageArchive[] = [];
    for (const recipe of args.recipes) {
      const since = Date.now();
      progress(`building image ${recipe.ref}`);
      const file = archiveName(recipe.ref);
      await buildImageArchive({
        ref: recipe.ref,
        config: recipe.config,
        outFile: join(stagingImages, file),
        workRoot,
        populate: (rootfs) => recipe.populate(rootfs, inputs),
      });
      images.push({ ref: recipe.ref, file: join(args.dir, 'images', file) });
      progress(`built image ${recipe.ref}`, since);
    }
    await writeFileAtomic(join(stagingImages, 'images.json'), `${JSON.stringify(images, null, 2)}\n`);
    await writeManifest(staging, args.stamp);
    const old = join(args.imagesRoot, `.${args.version}.${process.pid}.old`);
    if (await exists(args.dir)) await rename(args.dir, old);
    await rename(staging, args.dir);
    await rm(old, { recursive: true, force: true });
    return images;
  } catch (err) {
    await rm(staging, { recursive: true, force: true });
    throw err;
  }
}
