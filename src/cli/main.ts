import { Command, CommanderError } from 'commander';
import { exitCodeOf, formatError } from './format-error.js';
import { commandGroups } from './commands/index.js';

/** The CLI entry: builds the command tree and is the one place that catches, prints and picks the exit code. */
export async function main(argv: readonly string[]): Promise<number> {
  const program = new Command('kubeha')
    .description('Highly-available Kubernetes clusters the kubeadm way')
    .option('-v, --verbose', 'show stack traces on errors')
    .exitOverride()
    .showHelpAfterError();
  for (const register of commandGroups) register(program);
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return 0;
  } catch (err) {
    if (err instanceof CommanderError) {
      return err.exitCode === 0 ? 0 : 2;
    }
    process.stderr.write(`${formatError(err, Boolean(program.opts()['verbose']))}\n`);
    return exitCodeOf(err);
  }
}
