import { defineClusterStep } from '../plan/step.js';
import { engineFor, firstControlPlane } from '../cluster/context.js';
import { describeLifetimes, readJoinSecretsState, usable } from '../cluster/join-secrets-state.js';
/**
 * Before any join: the bootstrap token (24 h) and the uploaded certificates with their key (2 h) still work,
 * or are renewed like `kubeadm token create` and `kubeadm init phase upload-certs --upload-certs`. Its own
 * step, so that `plan` shows it, with the time left, and changes nothing.
 */
export const renewJoinSecrets = defineClusterStep({
    id: 'join-secrets',
    title: 'Renew the bootstrap token and the uploaded certificates if they expire',
    needs: ['init/addon'],
    // Before init there is nothing to read: not done.
    done: async (ctx) => {
        const state = await readJoinSecretsState(ctx).catch(() => undefined);
        return state !== undefined && usable(state) !== undefined;
    },
    describe: async (ctx) => describeLifetimes(await readJoinSecretsState(ctx), ctx.cluster.spec.certificates === 'upload'),
    run: async (ctx) => {
        const state = await readJoinSecretsState(ctx);
        const secrets = usable(state) ?? (await engineFor(ctx, firstControlPlane(ctx.cluster)).renewJoinSecrets(ctx, state));
        ctx.secrets = Promise.resolve(secrets);
    },
});
//# sourceMappingURL=join-secrets.js.map