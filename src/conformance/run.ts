import { spawn } from 'node:child_process';
import { openSync, closeSync } from 'node:fs';
import { access, mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { InputError, InterruptedError, KubehaError, tail } from '../errors.js';
import { emitter, silent, type EventSink } from '../events.js';
import { artifactsDir, DEFAULT_KUBERNETES_VERSION } from '../artifacts/layout.js';
import { summarizeGinkgoReport, summaryLine, type ConformanceCounts } from './ginkgo-report.js';
import { ensureConformanceTools } from './tools.js';

/** The non-disruptive conformance specs, as upstream's conformance jobs select them (the suite's own labels). */
export const CONFORMANCE_LABELS = 'Conformance && !Serial && !Disruptive';

/**
 * Specs that cannot pass where images are imported, never pulled: their pods use imagePullPolicy Always.
 * (v1.37.2: test/e2e/common/node/image_volume.go:112 and test/e2e/auth/projected_podcertificate.go:405, :488.)
 * They are skipped by name and the result lists them, with why.
 */
export const NEEDS_A_REGISTRY: Readonly<Record<string, string>> = {
  'ImageVolume should succeed with pod and pull policy of Always': 'pulls its image (imagePullPolicy: Always); hosts import images and cannot pull',
  'should allow server and client pods to establish an mTLS connection': 'its pods pull their images (imagePullPolicy: Always); hosts import images and cannot pull',
};

/** What {@link runConformance} runs, against which cluster, and where its reports go. */
export interface ConformanceOptions {
  /** The admin kubeconfig of the cluster under test. */
  kubeconfig: string;
  /** Where the JUnit report (junit_01.xml), ginkgo's JSON report and the run's log go; made if missing. */
  reportDir: string;
  /** The release whose e2e.test runs (the cluster's); kubeha's pinned release by default. */
  kubernetesVersion?: string;
  /** A regular expression on spec names; all the non-disruptive conformance specs by default. */
  focus?: string;
  /** More specs to leave out (a regular expression), besides NEEDS_A_REGISTRY. */
  skip?: string;
  /** Ginkgo processes running specs at once (4 by default). */
  parallel?: number;
  emit?: EventSink;
  signal?: AbortSignal;
}

/** The counts of a run, each failure with its place in test/e2e, and where the reports are. */
export interface ConformanceResult extends ConformanceCounts {
  /** conformance: N passed, N failed, N skipped */
  line: string;
  /** The specs left out because they cannot pass without a registry, with why. */
  leftOut: Readonly<Record<string, string>>;
  junit: string;
  log: string;
  wallMs: number;
}

const HEARTBEAT_MS = 60_000;
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Runs the release's conformance suite (e2e.test under ginkgo, built when missing) against a cluster whose nodes
 * have the test images (artifacts/test-images.ts; `spec.images`). Specs that fail do not make this throw: the
 * result counts them. It throws when the suite could not run at all.
 */
export async function runConformance(options: ConformanceOptions): Promise<ConformanceResult> {
  const emit = emitter(options.emit ?? silent);
  const parallel = options.parallel ?? 4;
  if (!Number.isInteger(parallel) || parallel < 1) throw new InputError('reading the conformance options', [{ path: '--parallel', message: 'must be a positive integer' }]);
  for (const [field, re] of [['--focus', options.focus], ['--skip', options.skip]] as const) {
    if (re === undefined) continue;
    try {
      new RegExp(re);
    } catch (err) {
      throw new InputError('reading the conformance options', [{ path: field, message: `not a regular expression: ${(err as Error).message}` }]);
    }
  }
  if (!(await access(options.kubeconfig).then(() => true, () => false))) {
    throw new InputError('reading the conformance options', [{ path: '--kubeconfig', message: `${options.kubeconfig} does not exist` }]);
  }
  const version = options.kubernetesVersion ?? DEFAULT_KUBERNETES_VERSION;
  const tools = await ensureConformanceTools({ version, ...(options.emit ? { emit: options.emit } : {}) });
  await mkdir(options.reportDir, { recursive: true });
  const log = join(options.reportDir, 'e2e.log');
  const skip = [...Object.keys(NEEDS_A_REGISTRY).map(escape), ...(options.skip ? [options.skip] : [])].join('|');
  const argv = [
    tools.ginkgo,
    `--procs=${parallel}`,
    `--label-filter=${CONFORMANCE_LABELS}`,
    ...(options.focus ? [`--focus=${options.focus}`] : []),
    `--skip=${skip}`,
    '--timeout=4h',
    '--no-color',
    '--silence-skips',
    '--poll-progress-after=20m',
    `--output-dir=${options.reportDir}`,
    '--json-report=ginkgo.json',
    tools.e2eTest,
    '--',
    `--kubeconfig=${options.kubeconfig}`,
    '--provider=skeleton',
    `--report-dir=${options.reportDir}`,
    `--e2e-output-dir=${options.reportDir}`,
    `--kubectl-path=${join(artifactsDir(version), 'bin', 'kubectl')}`,
  ];
  const started = Date.now();
  emit({ type: 'progress', scope: 'conformance', message: `running ${options.focus ? `the conformance specs matching ${options.focus}` : 'the conformance suite'} with ${parallel} processes; log: ${log}` });
  const code = await spawnToFile(argv, log, options.signal, () =>
    emit({ type: 'progress', scope: 'conformance', message: 'still running', elapsedMs: Date.now() - started }),
  );
  const wallMs = Date.now() - started;
  const report = await readFile(join(options.reportDir, 'ginkgo.json'), 'utf8').catch(() => undefined);
  if (report === undefined) {
    const output = tail(await readFile(log, 'utf8').catch(() => ''), 30);
    throw new KubehaError(`the conformance suite did not run (ginkgo exited with code ${code}, no report)`, { doing: 'running the conformance suite', command: argv, output });
  }
  const counts = summarizeGinkgoReport(report);
  const result: ConformanceResult = { ...counts, line: summaryLine(counts), leftOut: NEEDS_A_REGISTRY, junit: join(options.reportDir, 'junit_01.xml'), log, wallMs };
  emit({ type: 'progress', scope: 'conformance', message: result.line, elapsedMs: wallMs });
  return result;
}

/** Runs argv with its output appended to a file; resolves with the exit code; an abort stops its process group. */
function spawnToFile(argv: readonly string[], file: string, signal: AbortSignal | undefined, heartbeat: () => void): Promise<number> {
  const fd = openSync(file, 'a', 0o600);
  const env = { ...process.env };
  // The suite reads registry overrides from here at start-up; kubeha's images carry the upstream names.
  delete env['KUBE_TEST_REPO_LIST'];
  delete env['KUBECONFIG'];
  return new Promise((resolve, reject) => {
    const child = spawn(argv[0]!, argv.slice(1), { stdio: ['ignore', fd, fd], env, detached: true });
    const timer = setInterval(heartbeat, HEARTBEAT_MS);
    const stop = () => {
      if (child.pid !== undefined) {
        try {
          process.kill(-child.pid, 'SIGINT');
        } catch {
          // already gone
        }
      }
    };
    signal?.addEventListener('abort', stop, { once: true });
    const done = () => {
      clearInterval(timer);
      signal?.removeEventListener('abort', stop);
      closeSync(fd);
    };
    child.on('error', (err) => {
      done();
      reject(new KubehaError(`cannot start ${argv[0]}: ${err.message}`, { doing: 'running the conformance suite', command: [...argv] }));
    });
    child.on('exit', (code, sig) => {
      done();
      if (signal?.aborted) reject(new InterruptedError(String(signal.reason ?? 'SIGINT'), []));
      else resolve(code ?? (sig ? 128 : 1));
    });
  });
}
