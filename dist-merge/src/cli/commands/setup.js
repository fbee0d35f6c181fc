import { HOST_PACKAGES, installHostPackages } from '../../artifacts/host-packages.js';
import { textRenderer } from '../../report/tty.js';
export function registerSetup(program) {
    program
        .command('setup')
        .description('install the Debian packages kubeha and its lab need (idempotent; starts no services)')
        .action(async () => {
        const installed = await installHostPackages({ emit: textRenderer((line) => process.stderr.write(line)) });
        process.stderr.write(installed.length === 0
            ? `all ${HOST_PACKAGES.length} host packages are installed\n`
            : `installed ${installed.join(' ')}\n`);
    });
}
//# sourceMappingURL=setup.js.map