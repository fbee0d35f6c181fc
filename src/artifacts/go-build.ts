import { createHash } from 'node:crypto';
import { access, mkdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { CommandError, KubehaError, tail } from '../errors.js';
import { emitter, type EventSink } from '../events.js';
import { run } from '../util/process.js';
import { writeFileAtomic } from './files.js';
import { goBinaryName, inheritedReplaces, renderGoMod, renderToolsGo, stagingVersion, type GoReplace } from './gomod.js';

/** One upstream Go module whose main packages are built with `go build` from the module proxy. */
export interface GoComponent {
  /** Short name used for the build directory and in events, e.g. "etcd". */
  name: string;
  module: string;
  version: string;
  /** Main packages, and the file name each binary gets. */
  binaries: ReadonlyArray<{ pkg: string; file: string }>;
  /**
   * Test binaries (`go test -c`), e.g. the e2e suite, whose main is a TestMain. `imports` are what the package's
   * _test.go files import: `go mod tidy` keeps no module for the tests of a dependency, so the build module lists them.
   */
  tests?: ReadonlyArray<{ pkg: string; file: string; imports: readonly string[] }>;
  ldflags: string;
  /** Restate ./staging replaces as published releases (k8s.io/kubernetes). */
  stagingReplaces?: boolean;
  /** Extra replaces for dependencies the proxy does not serve at the version upstream asks for. */
  extraReplaces?: readonly GoReplace[];
  /** Needs cgo (linked statically with the host's C toolchain); everything else is built with CGO_ENABLED=0. */
  cgo?: boolean;
}

export interface GoBuildOptions {
  /** Parent of the per-component build directories (cacheRoot()/build). */
  buildRoot: string;
  emit?: EventSink;
}

/** Where the built binaries are, by file name. */
export type BuiltBinaries = Record<string, string>;

const GO_LANGUAGE_VERSION = '1.26';
const HEARTBEAT_MS = 30_000;

/**
 * Go's own GOPROXY (`go env GOPROXY`: the environment, `go env -w`, else Go's default) without its `direct` entries:
 * a module the proxies lack must fail, never be fetched from a VCS host. Nothing left means `off`.
 */
export function proxyOnly(goproxy: string): string {
  const parts = goproxy.trim().split(/([,|])/);
  const kept: string[] = [];
  for (let i = 0; i < parts.length; i += 2) {
    const entry = parts[i]!.trim();
    if (entry === '' || entry === 'direct') continue;
    if (kept.length > 0) kept.push(parts[i - 1]!);
    kept.push(entry);
  }
  return kept.length === 0 ? 'off' : kept.join('');
}

async function goEnv(cgo: boolean): Promise<Record<string, string>> {
  const goproxy = (await run(['go', 'env', 'GOPROXY'], { timeoutMs: 60_000, doing: 'reading go env GOPROXY' })).stdout;
  return { CGO_ENABLED: cgo ? '1' : '0', GOPROXY: proxyOnly(goproxy), GOFLAGS: '-buildvcs=false' };
}

async function exists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}

function buildFailed(component: GoComponent, step: string, err: unknown): KubehaError {
  const output = err instanceof CommandError ? tail(`${err.stdout}\n${err.stderr}`.trim(), 30) : undefined;
  return new KubehaError(
    `building ${component.name} ${component.version} failed at ${step}`,
    {
      doing: `building ${component.name} ${component.version} from the Go module proxy`,
      ...(err instanceof CommandError ? { command: err.context.command ?? [] } : {}),
      ...(output === undefined ? {} : { output }),
    },
    { cause: err },
  );
}

/**
 * Builds the component's binaries in buildRoot/<name>-<version>. Reuses the directory: a go.mod that was
 * already tidied for the same inputs is not tidied again, binaries stamped with the same inputs are not
 * rebuilt, and anything else resumes from Go's own build cache.
 */
export async function goBuild(component: GoComponent, options: GoBuildOptions): Promise<BuiltBinaries> {
  const emit = emitter(options.emit ?? (() => {}));
  const dir = join(options.buildRoot, `${component.name}-${component.version}`);
  const outDir = join(dir, 'out');
  const env = await goEnv(component.cgo === true).catch((err: unknown) => {
    throw buildFailed(component, 'go env GOPROXY', err);
  });
  const started = Date.now();
  const progress = (message: string): void =>
    emit({ type: 'progress', scope: `artifacts/${component.name}`, message, elapsedMs: Date.now() - started });
  const step = async (what: string, argv: string[], timeoutMs: number, cwd = dir): Promise<string> => {
    try {
      return (await run(argv, { cwd, env, timeoutMs, doing: `${what} for ${component.name}` })).stdout;
    } catch (err) {
      throw buildFailed(component, what, err);
    }
  };

  await mkdir(outDir, { recursive: true });
  const timer = setInterval(() => progress(`still building ${component.name} ${component.version}`), HEARTBEAT_MS);
  try {
    const packages = component.binaries.map((b) => b.pkg);
    const tests = component.tests ?? [];
    let replaces: GoReplace[] = [...(component.extraReplaces ?? [])];
    if (component.stagingReplaces) {
      progress(`reading ${component.module}@${component.version} from the module proxy`);
      // Run outside any module (buildRoot has no go.mod) so the build module's own state does not matter.
      const info = JSON.parse(
        await step(
          'go mod download',
          ['go', 'mod', 'download', '-json', `${component.module}@${component.version}`],
          600_000,
          options.buildRoot,
        ),
      ) as { GoMod?: string };
      if (!info.GoMod) throw buildFailed(component, 'go mod download', new Error('no go.mod in the download'));
      const upstream = await readFile(info.GoMod, 'utf8');
      replaces = [...inheritedReplaces(upstream, { stagingVersion: stagingVersion(component.version) }), ...replaces];
    }
    const seed = renderGoMod({ goVersion: GO_LANGUAGE_VERSION, module: component.module, version: component.version, replaces });
    const tools = renderToolsGo([...new Set([...packages, ...tests.flatMap((t) => [t.pkg, ...t.imports])])]);
    const seedPath = join(dir, 'go.mod.in');
    const seeded = (await readFile(seedPath, 'utf8').catch(() => '')) === seed && (await exists(join(dir, 'go.sum')));
    if (!seeded) {
      progress(`resolving dependencies of ${component.name} ${component.version} (go mod tidy)`);
      await rm(seedPath, { force: true });
      await writeFileAtomic(join(dir, 'go.mod'), seed);
      await writeFileAtomic(join(dir, 'tools.go'), tools);
      await step('go mod tidy', ['go', 'mod', 'tidy'], 1_800_000);
      await writeFileAtomic(seedPath, seed);
    }

    const goVersion = (await step('go version', ['go', 'version'], 60_000)).trim();
    const stamp = createHash('sha256').update(JSON.stringify([seed, tools, component.ldflags, packages, tests, goVersion, env['CGO_ENABLED']])).digest('hex');
    const stampPath = join(outDir, '.stamp');
    const built: BuiltBinaries = {};
    for (const b of component.binaries) built[b.file] = join(outDir, goBinaryName(b.pkg));
    for (const t of tests) built[t.file] = join(outDir, t.file);
    const fresh =
      (await readFile(stampPath, 'utf8').catch(() => '')) === stamp &&
      (await Promise.all(Object.values(built).map(exists))).every(Boolean);
    if (fresh) {
      progress(`${component.name} ${component.version} already built`);
      return built;
    }
    await rm(stampPath, { force: true });
    const files = [...component.binaries, ...tests].map((b) => b.file);
    progress(`building ${component.name} ${component.version} (${files.join(', ')})`);
    if (packages.length > 0) await step(
      'go build',
      [
        'go',
        'build',
        '-trimpath',
        // A static cgo binary must not depend on glibc's NSS at run time: pure Go resolver and user lookup.
        ...(component.cgo ? ['-tags', 'netgo,osusergo'] : []),
        '-ldflags',
        component.ldflags,
        '-o',
        `${outDir}/`,
        ...packages,
      ],
      3_600_000,
    );
    for (const t of tests) {
      await step('go test -c', ['go', 'test', '-c', '-trimpath', '-ldflags', component.ldflags, '-o', join(outDir, t.file), t.pkg], 3_600_000);
    }
    await writeFileAtomic(stampPath, stamp);
    progress(`built ${component.name} ${component.version}`);
    return built;
  } finally {
    clearInterval(timer);
  }
}
