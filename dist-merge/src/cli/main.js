import { Command, CommanderError } from 'commander';
import { emitter } from '../events.js';
import { ndjsonRenderer } from '../report/ndjson.js';
import { exitCodeOf, formatError } from './format-error.js';
import { errorEvent, wantsJson } from './error-event.js';
import { commandGroups } from './commands/index.js';
/**
 * The CLI entry: builds the command tree and is the one place that catches, prints and picks the exit code. With
 * `-o json` an error is one NDJSON event on stdout, like every other event of the command.
 */
export async function main(argv) {
    // From argv while commander may still refuse the command line; from the parsed option once an action runs.
    let json = wantsJson(argv);
    const program = new Command('kubeha')
        .description('Highly-available Kubernetes clusters the kubeadm way')
        .option('-v, --verbose', 'show stack traces on errors')
        .exitOverride()
        .showHelpAfterError(!json);
    if (json)
        program.configureOutput({ outputError: () => { } });
    for (const register of commandGroups)
        register(program);
    program.hook('preAction', (_program, action) => {
        json = action.opts()['output'] === 'json';
    });
    try {
        await program.parseAsync([...argv], { from: 'user' });
        return 0;
    }
    catch (err) {
        if (err instanceof CommanderError && err.exitCode === 0)
            return 0;
        if (json) {
            emitter(ndjsonRenderer((line) => process.stdout.write(line)))(errorEvent(err));
            return err instanceof CommanderError ? 2 : exitCodeOf(err);
        }
        if (err instanceof CommanderError)
            return 2;
        process.stderr.write(`${formatError(err, Boolean(program.opts()['verbose']))}\n`);
        return exitCodeOf(err);
    }
}
//# sourceMappingURL=main.js.map