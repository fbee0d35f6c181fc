import { restoreEtcd } from '../../cluster/etcd-restore.js';
import { snapshotEtcd } from '../../cluster/etcd-snapshot.js';
import { interruptible } from '../interrupt.js';
import { renderer } from '../render.js';
import { outputOption, readCluster } from './cluster.js';
/** `kubeha etcd`: the cluster's etcd snapshot and its recovery from one. */
export function registerEtcd(program) {
    const etcd = program.command('etcd').description("the cluster's etcd: snapshots and recovery after quorum is lost");
    etcd
        .command('snapshot')
        .description('a consistent etcd snapshot streamed to this machine (0600), its sha256 and the cluster identity in FILE.json')
        .requiredOption('-f, --file <cluster.yaml>', 'the cluster file')
        .option('--out <file>', 'where to write it (default: next to the admin kubeconfig, named by the time)')
        .addOption(outputOption())
        .action(async (opts) => {
        const loaded = await readCluster(opts.file);
        const emit = renderer(opts.output);
        const saved = await snapshotEtcd(loaded, { emit, ...(opts.out ? { out: opts.out } : {}) });
        const at = Date.now();
        emit({ type: 'result', name: 'snapshot', value: saved.path, at });
        emit({ type: 'result', name: 'checksum', value: `sha256:${saved.sha256}`, at });
        emit({ type: 'result', name: 'size', value: `${saved.bytes} bytes, revision ${saved.revision} of etcd cluster ${saved.etcdClusterId}, from ${saved.from}`, at });
    });
    etcd
        .command('restore')
        .description('recover etcd after quorum is lost: every member restored from the same snapshot, the static pods stopped and started in order')
        .requiredOption('-f, --file <cluster.yaml>', 'the cluster file')
        .requiredOption('--from <file>', 'the snapshot (from `kubeha etcd snapshot`)')
        .option('--force', 'restore although etcd still has quorum (discarding every write since the snapshot), or from another cluster\'s snapshot')
        .option('--dry-run', 'only say what would be done')
        .addOption(outputOption())
        .action(async (opts) => {
        const loaded = await readCluster(opts.file);
        const emit = renderer(opts.output);
        const stop = interruptible((message) => emit({ type: 'log', level: 'warn', message, at: Date.now() }));
        try {
            const result = await restoreEtcd(loaded, { emit, from: opts.from, signal: stop.signal, ...(opts.force ? { force: true } : {}), ...(opts.dryRun ? { dryRun: true } : {}) });
            if (!opts.dryRun)
                emit({ type: 'result', name: 'restored from', value: `${opts.from} (sha256:${result.sha256})`, at: Date.now() });
        }
        finally {
            stop.dispose();
        }
    });
}
//# sourceMappingURL=etcd.js.map