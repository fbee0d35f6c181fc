import { InputError } from '../../errors.js';
import { loadKubeadmConfig, printInitDefaults, printJoinDefaults } from '../../kubeadm/config/index.js';
import { readInput } from '../read-input.js';
/** A kubeadm configuration is a few KiB; the cluster file's limit serves it too. */
const MAX_KUBEADM_CONFIG_BYTES = 1024 * 1024;
/** `kubeha config validate|print`: kubeadm's config commands for v1beta4 files. */
export function registerKubeadmConfig(program) {
    const config = program.command('config').description('kubeadm v1beta4 configuration files');
    config
        .command('validate')
        .description('check a kubeadm --config file and report every problem with its path')
        .requiredOption('--config <file>', 'kubeadm configuration file (multi-document YAML; - for the standard input)')
        .option('--certificate-key <key>', 'refused together with --config: put the key in the file')
        .action(async (opts) => {
        const { name, text } = await readInput(opts.config, MAX_KUBEADM_CONFIG_BYTES, (file) => new InputError(`reading ${file}`, [{ path: file, message: `larger than ${MAX_KUBEADM_CONFIG_BYTES} bytes: not a kubeadm configuration` }], { file }));
        const loaded = loadKubeadmConfig(text, {
            source: name,
            ...(opts.certificateKey === undefined ? {} : { certificateKeyFlag: opts.certificateKey }),
        });
        for (const w of loaded.warnings)
            process.stderr.write(`warning: ${w.path}: ${w.message}\n`);
        process.stdout.write('ok\n');
    });
    const print = config.command('print').description('print default configurations, like kubeadm config print');
    print
        .command('init-defaults')
        .description('the default InitConfiguration and ClusterConfiguration')
        .action(() => {
        process.stdout.write(printInitDefaults());
    });
    print
        .command('join-defaults')
        .description('the default JoinConfiguration')
        .action(() => {
        process.stdout.write(printJoinDefaults());
    });
}
//# sourceMappingURL=kubeadm-config.js.map