import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { InputError } from '../../errors.js';
import { loadKubeadmConfig, printInitDefaults, printJoinDefaults } from '../../kubeadm/config/index.js';

/** `kubeha config validate|print`: kubeadm's config commands for v1beta4 files. */
export function registerKubeadmConfig(program: Command): void {
  const config = program.command('config').description('kubeadm v1beta4 configuration files');

  config
    .command('validate')
    .description('check a kubeadm --config file and report every problem with its path')
    .requiredOption('--config <file>', 'kubeadm configuration file (multi-document YAML)')
    .option('--certificate-key <key>', 'refused together with --config: put the key in the file')
    .action(async (opts: { config: string; certificateKey?: string }) => {
      let text: string;
      try {
        text = await readFile(opts.config, 'utf8');
      } catch (err) {
        throw new InputError(`reading ${opts.config}`, [{ path: '--config', message: (err as Error).message }]);
      }
      const loaded = loadKubeadmConfig(text, {
        source: opts.config,
        ...(opts.certificateKey === undefined ? {} : { certificateKeyFlag: opts.certificateKey }),
      });
      for (const w of loaded.warnings) process.stderr.write(`warning: ${w.path}: ${w.message}\n`);
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
