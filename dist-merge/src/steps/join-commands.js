import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { emitter } from '../events.js';
import { defineClusterStep } from '../plan/step.js';
import { joinSecrets, readJoinSecretsState, usable } from '../cluster/join-secrets-state.js';
import { joinControlPlaneCommand, joinWorkerCommand } from '../kubeadm/join-command.js';
/**
 * Step 4 of the guide: the join commands exactly as kubeadm prints them. The full commands (token, key) go
 * to a 0600 file for the user; what is shown is kubeadm's own withheld form (--skip-token-print
 * --skip-certificate-key-print), so no secret reaches a terminal, log or event.
 */
/** The control-plane and worker join commands, in full or in kubeadm's withheld form. */
function commands(ctx, secrets, withheld) {
    const base = { controlPlaneHostPort: `${ctx.endpoint.host}:${ctx.endpoint.port}`, caCertHashes: [secrets.caCertHash], token: secrets.token };
    const key = secrets.certificateKey === '' ? {} : { certificateKey: secrets.certificateKey };
    const skip = withheld ? { skipTokenPrint: true } : {};
    return {
        controlPlane: joinControlPlaneCommand({ ...base, ...key, ...skip, ...(withheld ? { skipCertificateKeyPrint: true } : {}) }),
        worker: joinWorkerCommand({ ...base, ...skip }),
    };
}
function fullCommands(ctx, secrets) {
    const full = commands(ctx, secrets, false);
    return `${full.controlPlane}\n${full.worker}\n`;
}
export const joinCommands = defineClusterStep({
    id: 'join-commands',
    title: 'Save the join commands',
    needs: ['join-secrets'],
    // Read-only: the saved file already holds the commands for secrets that still work.
    done: async (ctx) => {
        const state = await readJoinSecretsState(ctx).catch(() => undefined);
        const secrets = state === undefined ? undefined : usable(state);
        const saved = await readFile(ctx.joinCommandsPath, 'utf8').catch(() => undefined);
        return secrets !== undefined && saved === fullCommands(ctx, secrets);
    },
    run: async (ctx) => {
        const secrets = await joinSecrets(ctx);
        const full = fullCommands(ctx, secrets);
        await mkdir(dirname(ctx.joinCommandsPath), { recursive: true, mode: 0o700 });
        await writeFile(`${ctx.joinCommandsPath}.kubeha-new`, full, { mode: 0o600 });
        await rename(`${ctx.joinCommandsPath}.kubeha-new`, ctx.joinCommandsPath);
        const shown = commands(ctx, secrets, true);
        const emit = emitter(ctx.emit);
        emit({ type: 'result', name: 'control-plane join command', value: shown.controlPlane });
        emit({ type: 'result', name: 'worker join command', value: shown.worker });
        emit({ type: 'result', name: 'join commands with their secrets (0600)', value: ctx.joinCommandsPath });
    },
});
//# sourceMappingURL=join-commands.js.map