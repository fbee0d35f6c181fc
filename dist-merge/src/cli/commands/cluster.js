import { Option } from 'commander';
import { InputError, KubehaError } from '../../errors.js';
import { status } from '../../cluster/status.js';
import { remove } from '../../cluster/remove.js';
import { reset } from '../../cluster/reset.js';
import { renderStatus } from '../render-status.js';
import { clusterJsonSchema, loadCluster, MAX_CLUSTER_FILE_BYTES, clusterFileTooLarge } from '../../config/cluster.js';
import { describePlan } from '../../cluster/describe-plan.js';
import { up } from '../../cluster/up.js';
import { upgrade } from '../../cluster/upgrade.js';
import { DEFAULT_CONCURRENCY } from '../../plan/runner.js';
import { renderer } from '../render.js';
import { interruptible } from '../interrupt.js';
import { readInput } from '../read-input.js';
/** `-f FILE`, or `-f -` for the standard input (named <stdin> in errors); read and validated before any host is contacted. */
export async function readCluster(file) {
    const { name, text } = await readInput(file, MAX_CLUSTER_FILE_BYTES, clusterFileTooLarge);
    return loadCluster(text, name);
}
function warnings(loaded, emit) {
    for (const w of loaded.warnings)
        emit({ type: 'log', level: 'warn', message: `${w.path}: ${w.message}`, at: Date.now() });
}
/** `--concurrency N`: the most hosts of one step at once; a positive integer (else an input error, exit 2). */
export const concurrencyOption = () => new Option('--concurrency <n>', `the most hosts of one step at once (default ${DEFAULT_CONCURRENCY})`).argParser((v) => {
    if (!/^[1-9][0-9]*$/.test(v))
        throw new InputError('reading the command line', [{ path: '--concurrency', message: `must be a positive integer, not ${JSON.stringify(v)}` }]);
    return Number(v);
});
export const outputOption = () => new Option('-o, --output <format>', 'text or json (NDJSON events)').choices(['text', 'json']).default('text');
export function registerCluster(program) {
    program
        .command('plan')
        .description('show the steps of `up` per host, what already holds, lifetimes and etcd quorum; changes nothing')
        .requiredOption('-f, --file <cluster.yaml>', 'the cluster file (- for the standard input)')
        .addOption(concurrencyOption())
        .addOption(outputOption())
        .action(async (opts) => {
        const loaded = await readCluster(opts.file);
        const emit = renderer(opts.output);
        // Warnings come from the file alone: they show whether or not the hosts answer (the text plan has them too).
        const warn = () => warnings(loaded, emit);
        if (opts.output === 'json')
            warn();
        const probed = await up(loaded, { emit: opts.output === 'json' ? emit : () => { }, dryRun: true, ...(opts.concurrency === undefined ? {} : { concurrency: opts.concurrency }) }).catch((err) => {
            if (opts.output === 'text')
                warn();
            throw err;
        });
        if (opts.output === 'text')
            process.stdout.write(`${describePlan(loaded, probed.plan, probed.outcomes)}\n`);
    });
    program
        .command('up')
        .description('create or converge the cluster described by the file')
        .requiredOption('-f, --file <cluster.yaml>', 'the cluster file (- for the standard input)')
        .addOption(concurrencyOption())
        .addOption(outputOption())
        .action(async (opts) => {
        const loaded = await readCluster(opts.file);
        const emit = renderer(opts.output);
        warnings(loaded, emit);
        const stop = interruptible((message) => emit({ type: 'log', level: 'warn', message, at: Date.now() }));
        try {
            const result = await up(loaded, { emit, signal: stop.signal, ...(opts.concurrency === undefined ? {} : { concurrency: opts.concurrency }) });
            emit({ type: 'result', name: 'admin kubeconfig', value: result.adminKubeconfig, at: Date.now() });
        }
        finally {
            stop.dispose();
        }
    });
    program
        .command('upgrade')
        .description('upgrade the cluster to another release: checks, an etcd snapshot, control planes one at a time out of the load balancer, then workers')
        .requiredOption('-f, --file <cluster.yaml>', 'the cluster file (- for the standard input)')
        .requiredOption('--to <version>', 'the release to upgrade to, like v1.37.2')
        .option('--worker-batch <n>', 'workers upgraded at once', (v) => Number(v), 1)
        .option('--dry-run', 'only say what would be done')
        .addOption(outputOption())
        .action(async (opts) => {
        const loaded = await readCluster(opts.file);
        const emit = renderer(opts.output);
        const stop = interruptible((message) => emit({ type: 'log', level: 'warn', message, at: Date.now() }));
        try {
            const result = await upgrade(loaded, { emit, to: opts.to, workerBatch: opts.workerBatch, signal: stop.signal, ...(opts.dryRun ? { dryRun: true } : {}) });
            if (!opts.dryRun) {
                emit({ type: 'result', name: 'etcd snapshot before the upgrade', value: result.snapshot, at: Date.now() });
                emit({ type: 'result', name: 'next', value: `set spec.kubernetesVersion: ${opts.to} in ${opts.file}`, at: Date.now() });
            }
        }
        finally {
            stop.dispose();
        }
    });
    program
        .command('schema')
        .description('print the JSON Schema of the cluster file (for editors)')
        .action(() => {
        process.stdout.write(`${JSON.stringify(clusterJsonSchema(), null, 2)}\n`);
    });
    program
        .command('status')
        .description('the health of the cluster: hosts, etcd, apiservers, load balancers, nodes, pods, certificates; changes nothing; exits 1 when anything is unhealthy')
        .requiredOption('-f, --file <cluster.yaml>', 'the cluster file (- for the standard input)')
        .addOption(outputOption())
        .action(async (opts) => {
        const loaded = await readCluster(opts.file);
        const report = await status(loaded);
        process.stdout.write(opts.output === 'json' ? `${JSON.stringify(report)}\n` : `${renderStatus(report)}\n`);
        if (!report.healthy)
            throw new KubehaError(`${report.problems.length} problem(s)`, { doing: 'checking the cluster status' });
    });
    program
        .command('remove')
        .description('take a host out of the cluster: drain, out of the load balancers, its etcd member, reset, its Node; then remove it from the file')
        .requiredOption('-f, --file <cluster.yaml>', 'the cluster file (- for the standard input)')
        .argument('<host>', 'the host, by its name in the file')
        .option('--force', 'remove even when etcd would lose quorum or no control plane would be left')
        .option('--dry-run', 'only say what would be done')
        .addOption(outputOption())
        .action(async (host, opts) => {
        const loaded = await readCluster(opts.file);
        const emit = renderer(opts.output);
        const r = await remove(loaded, host, { emit, ...(opts.force ? { force: true } : {}), ...(opts.dryRun ? { dryRun: true } : {}) });
        const what = r.actions.length === 0 ? 'nothing left to do' : `${opts.dryRun ? 'would do' : 'done'}: ${r.actions.join('; ')}`;
        emit({ type: 'result', name: `remove ${host} (${r.graceful ? 'graceful' : 'offline'})`, value: what, at: Date.now() });
    });
    program
        .command('reset')
        .description('what `kubeadm reset` does, on the named hosts (or every node with --all), so that they can join again')
        .requiredOption('-f, --file <cluster.yaml>', 'the cluster file (- for the standard input)')
        .argument('[hosts...]', 'host names')
        .option('--all', 'every control plane, worker and etcd host of the file')
        .addOption(outputOption())
        .action(async (hosts, opts) => {
        const loaded = await readCluster(opts.file);
        const names = opts.all ? loaded.cluster.spec.hosts.filter((h) => h.role !== 'load-balancer').map((h) => h.name) : hosts;
        if (names.length === 0)
            throw new InputError('resetting hosts', [{ path: 'hosts', message: 'name at least one host, or --all' }]);
        const emit = renderer(opts.output);
        for (const r of await reset(loaded, names, { emit }))
            emit({ type: 'result', name: `reset ${r.host}`, value: 'done', at: Date.now() });
    });
}
//# sourceMappingURL=cluster.js.map