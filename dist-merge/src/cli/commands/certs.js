import { checkCertificateExpiration, renewCertificates } from '../../cluster/certs.js';
import { KubehaError } from '../../errors.js';
import { renderCertificates } from '../render-certs.js';
import { renderer } from '../render.js';
import { interruptible } from '../interrupt.js';
import { outputOption, readCluster } from './cluster.js';
/** `kubeha certs check-expiration -f`: every host of the cluster at once (without -f: this machine, as kubeadm). */
export async function checkClusterExpiration(file, output) {
    const loaded = await readCluster(file);
    const report = await checkCertificateExpiration(loaded, { emit: renderer(output) });
    process.stdout.write(output === 'json' ? `${JSON.stringify(report)}\n` : renderCertificates(report));
    const unread = report.hosts.filter((h) => h.error);
    if (unread.length > 0)
        throw new KubehaError(`could not read ${unread.map((h) => h.host).join(', ')}`, { doing: 'checking certificate expiration' });
}
/** `kubeha certs renew -f`: kubeadm's `certs renew` on every control plane of the cluster, one at a time. */
export function registerClusterCerts(certs) {
    certs
        .command('renew')
        .description('kubeadm certs renew on every control plane, one at a time, restarting its static pods (the apiserver out of the load balancers)')
        .argument('[name...]', "all (the default), or kubeadm's names: apiserver, admin.conf, …")
        .requiredOption('-f, --file <cluster.yaml>', 'the cluster file')
        .option('--dry-run', 'only say what would be done')
        .addOption(outputOption())
        .action(async (names, opts) => {
        const loaded = await readCluster(opts.file);
        const emit = renderer(opts.output);
        const stop = interruptible((message) => emit({ type: 'log', level: 'warn', message, at: Date.now() }));
        try {
            const result = await renewCertificates(loaded, { emit, names, signal: stop.signal, ...(opts.dryRun ? { dryRun: true } : {}) });
            if (!opts.dryRun)
                emit({ type: 'result', name: 'renewed on every control plane', value: result.names.join(', '), at: Date.now() });
        }
        finally {
            stop.dispose();
        }
    });
}
//# sourceMappingURL=certs.js.map