import { readFile } from 'node:fs/promises';
import { Option, type Command } from 'commander';
import { InputError } from '../../errors.js';
import { clusterJsonSchema, loadCluster } from '../../config/cluster.js';
import { describePlan } from '../../cluster/describe-plan.js';
import { up } from '../../cluster/up.js';
import { renderer, type OutputFormat } from '../render.js';
import { interruptible } from '../interrupt.js';

async function readCluster(file: string) {
  const text = await readFile(file, 'utf8').catch((err: NodeJS.ErrnoException) => {
    throw new InputError(`reading ${file}`, [{ path: file, message: err.code === 'ENOENT' ? 'no such file' : err.message }]);
  });
  return loadCluster(text, file);
}

const outputOption = () => new Option('-o, --output <format>', 'text or json (NDJSON events)').choices(['text', 'json']).default('text');

export function registerCluster(program: Command): void {
  program
    .command('plan')
    .description('show the steps of `up` per host, what already holds, lifetimes and etcd quorum; changes nothing')
    .requiredOption('-f, --file <cluster.yaml>', 'the cluster file')
    .addOption(outputOption())
    .action(async (opts: { file: string; output: OutputFormat }) => {
      const loaded = await readCluster(opts.file);
      const emit = renderer(opts.output);
      const { plan, outcomes } = await up(loaded, { emit: opts.output === 'json' ? emit : () => {}, dryRun: true });
      if (opts.output === 'text') process.stdout.write(`${describePlan(loaded, plan, outcomes)}\n`);
    });

  program
    .command('up')
    .description('create or converge the cluster described by the file')
    .requiredOption('-f, --file <cluster.yaml>', 'the cluster file')
    .addOption(outputOption())
    .action(async (opts: { file: string; output: OutputFormat }) => {
      const loaded = await readCluster(opts.file);
      const emit = renderer(opts.output);
      for (const w of loaded.warnings) emit({ type: 'log', level: 'warn', message: `${w.path}: ${w.message}`, at: Date.now() });
      const stop = interruptible((message) => emit({ type: 'log', level: 'warn', message, at: Date.now() }));
      try {
        const result = await up(loaded, { emit, signal: stop.signal });
        emit({ type: 'result', name: 'admin kubeconfig', value: result.adminKubeconfig, at: Date.now() });
      } finally {
        stop.dispose();
      }
    });

  program
    .command('schema')
    .description('print the JSON Schema of the cluster file (for editors)')
    .action(() => {
      process.stdout.write(`${JSON.stringify(clusterJsonSchema(), null, 2)}\n`);
    });

}
