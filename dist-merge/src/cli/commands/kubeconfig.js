import { deleteKubeconfigContext, exportedKubeconfig, exportKubeconfig, kubeconfigContextName } from '../../cluster/kubeconfig-export.js';
import { renderer } from '../render.js';
import { readCluster } from './cluster.js';
/** `kubeha kubeconfig export|delete`: the cluster's context `kubeha-<name>` in kubectl's kubeconfig, as kind keeps `kind-<name>`. */
export function registerKubeconfig(program) {
    const kubeconfig = program.command('kubeconfig').description("the cluster's context kubeha-<name> in kubectl's kubeconfig");
    kubeconfig
        .command('export')
        .description("merge the cluster's admin credentials as context kubeha-<name> into the kubeconfig (KUBECONFIG's first existing file, else ~/.kube/config) and make it current")
        .requiredOption('-f, --file <cluster.yaml>', 'the cluster file')
        .option('--kubeconfig <path>', 'merge into this file only')
        .option('--print', 'print the kubeconfig to the standard output instead of merging it')
        .action(async (opts) => {
        const name = (await readCluster(opts.file)).cluster.metadata.name;
        if (opts.print) {
            process.stdout.write(await exportedKubeconfig(name));
            return;
        }
        const result = await exportKubeconfig(name, opts.kubeconfig ? { kubeconfigPath: opts.kubeconfig } : {});
        renderer('text')({ type: 'result', name: 'kubeconfig', value: `context ${result.context} in ${result.path} (current)`, at: Date.now() });
    });
    kubeconfig
        .command('delete')
        .description('remove the cluster, user and context kubeha-<name> from every kubeconfig kubectl reads')
        .requiredOption('-f, --file <cluster.yaml>', 'the cluster file')
        .option('--kubeconfig <path>', 'remove from this file only')
        .action(async (opts) => {
        const name = (await readCluster(opts.file)).cluster.metadata.name;
        const changed = await deleteKubeconfigContext(name, opts.kubeconfig ? { kubeconfigPath: opts.kubeconfig } : {});
        const value = changed.length === 0 ? `no context ${kubeconfigContextName(name)} found` : `context ${kubeconfigContextName(name)} removed from ${changed.join(', ')}`;
        renderer('text')({ type: 'result', name: 'kubeconfig', value, at: Date.now() });
    });
}
//# sourceMappingURL=kubeconfig.js.map