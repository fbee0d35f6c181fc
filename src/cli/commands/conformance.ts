import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Command } from 'commander';
import { defaultAdminKubeconfigPath } from '../../cluster/up.js';
import { runConformance, type ConformanceResult } from '../../conformance/run.js';
import { labConformance } from '../../conformance/lab-conformance.js';
import { Option } from 'commander';
import { InputError, KubehaError } from '../../errors.js';
import { interruptible } from '../interrupt.js';
import { renderer, type OutputFormat } from '../render.js';
import { outputOption, readCluster } from './cluster.js';

interface ConformanceFlags {
  file?: string;
  kubeconfig?: string;
  focus?: string;
  skip?: string;
  parallel: number;
  reportDir?: string;
  output: OutputFormat;
}

const positive = (v: string) => {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1) throw new InputError('reading --parallel', [{ path: '--parallel', message: `must be a positive integer, got ${v}` }]);
  return n;
};

function render(r: ConformanceResult, output: OutputFormat): void {
  if (output === 'json') process.stdout.write(`${JSON.stringify(r)}\n`);
  else {
    const lines = [
      ...r.failures.map((f) => `FAILED ${f.name}${f.location ? ` (${f.location})` : ''}\n  ${f.message.split('\n').slice(0, 4).join('\n  ')}`),
      ...Object.entries(r.leftOut).map(([spec, why]) => `left out: ${spec}: ${why}`),
      `JUnit report: ${r.junit}`,
      `log: ${r.log}`,
      r.line,
      `wall time: ${(r.wallMs / 1000).toFixed(0)} s`,
    ];
    process.stdout.write(`${lines.join('\n')}\n`);
  }
  if (r.failed > 0 || r.failures.length > 0) throw new KubehaError(`${r.failures.length} conformance spec(s) failed`, { doing: 'running the conformance suite' });
}

/** `kubeha conformance`: the release's non-disruptive [Conformance] specs against a running cluster. */
export function registerConformance(program: Command): void {
  program
    .command('conformance')
    .description(
      "run the release's non-disruptive [Conformance] specs (e2e.test under ginkgo, built once from the Go module proxy) against a cluster whose nodes have the test images (spec.images: kubeha artifacts test-images); exits 1 when a spec fails",
    )
    .option('-f, --file <cluster.yaml>', "the cluster file: its release and admin kubeconfig (~/.kube/kubeha-<name>.conf)")
    .option('--kubeconfig <path>', 'the admin kubeconfig of the cluster (instead of the one -f names)')
    .option('--focus <regex>', 'only the specs whose names match')
    .option('--skip <regex>', 'leave out the specs whose names match')
    .option('--parallel <n>', 'ginkgo processes at once', positive, 4)
    .option('--report-dir <dir>', 'where the JUnit report, the ginkgo report and the log go (default: a new directory in the temporary directory)')
    .addOption(outputOption())
    .action(async (flags: ConformanceFlags) => {
      if (flags.file === undefined && flags.kubeconfig === undefined) {
        throw new InputError('reading the flags', [{ path: '-f/--kubeconfig', message: 'name the cluster: -f cluster.yaml or --kubeconfig admin.conf' }]);
      }
      const loaded = flags.file === undefined ? undefined : await readCluster(flags.file);
      const kubeconfig = flags.kubeconfig ?? defaultAdminKubeconfigPath(loaded!.cluster.metadata.name);
      const emit = renderer(flags.output);
      const stop = interruptible((message) => emit({ type: 'log', level: 'warn', message, at: Date.now() }));
      try {
        const result = await runConformance({
          kubeconfig,
          reportDir: flags.reportDir ?? join(tmpdir(), `kubeha-conformance-${new Date().toISOString().replace(/[:.]/g, '')}`),
          ...(loaded ? { kubernetesVersion: loaded.cluster.spec.kubernetesVersion } : {}),
          ...(flags.focus === undefined ? {} : { focus: flags.focus }),
          ...(flags.skip === undefined ? {} : { skip: flags.skip }),
          parallel: flags.parallel,
          emit,
          signal: stop.signal,
        });
        render(result, flags.output);
      } finally {
        stop.dispose();
      }
    });
}

/** `kubeha lab conformance` (`npm run conformance`): a lab cluster with the test images, the suite, the lab removed. */
export function registerLabConformance(program: Command): void {
  const lab = program.commands.find((c) => c.name() === 'lab')!;
  lab
    .command('conformance')
    .description('build the test images, bring up a lab cluster (1 LB, 3 control planes, 2 workers) with them, run the conformance suite on it, and remove the lab')
    .option('--name <name>', 'lab name (an existing lab of that name is used and kept)', 'conformance')
    .addOption(new Option('--engine <engine>', 'who does the node-local work').choices(['native', 'kubeadm']).default('native'))
    .addOption(new Option('--topology <topology>', 'etcd topology').choices(['stacked', 'external']).default('stacked'))
    .option('--focus <regex>', 'only the specs whose names match')
    .option('--skip <regex>', 'leave out the specs whose names match')
    .option('--parallel <n>', 'ginkgo processes at once', positive, 4)
    .option('--report-dir <dir>', 'where the JUnit report, the ginkgo report and the log go')
    .option('--keep', 'keep the lab afterwards')
    .addOption(outputOption())
    .action(async (flags: ConformanceFlags & { name: string; engine: 'native' | 'kubeadm'; topology: 'stacked' | 'external'; keep?: boolean }) => {
      const emit = renderer(flags.output);
      const stop = interruptible((message) => emit({ type: 'log', level: 'warn', message, at: Date.now() }));
      try {
        const result = await labConformance({
          name: flags.name,
          engine: flags.engine,
          topology: flags.topology,
          ...(flags.focus === undefined ? {} : { focus: flags.focus }),
          ...(flags.skip === undefined ? {} : { skip: flags.skip }),
          parallel: flags.parallel,
          ...(flags.reportDir === undefined ? {} : { reportDir: flags.reportDir }),
          ...(flags.keep ? { keep: true } : {}),
          emit,
          signal: stop.signal,
        });
        if (flags.output === 'text') process.stdout.write(`lab up: ${(result.upMs / 1000).toFixed(0)} s (${flags.engine}, ${flags.topology})\n`);
        render(result, flags.output);
      } finally {
        stop.dispose();
      }
    });
}
