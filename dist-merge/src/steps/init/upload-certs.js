import { firstControlPlane } from '../../cluster/context.js';
import { nodeMissing, objectsMissing } from '../../cluster/joined.js';
import { defineInitPhase } from './phase.js';
/**
 * Uploaded certificates only. The kubeadm-certs Secret is deleted after 2 h by design; once a later init phase
 * has run (the node is marked) its absence is no longer init's to repair: the join-secrets step uploads them
 * again when a join needs them.
 */
export const initUploadCerts = defineInitPhase({
    phase: 'upload-certs',
    title: 'Upload the certificates to kubeadm-certs (kubeadm init phase upload-certs)',
    needs: ['init/upload-config'],
    hosts: (c) => (c.spec.certificates === 'upload' ? [firstControlPlane(c)] : []),
    missing: async (ctx, host) => {
        const secret = await objectsMissing(ctx, [['kube-system', 'secret/kubeadm-certs']]);
        return secret.length === 0 || (await nodeMissing(ctx, host.name)).length === 0 ? [] : secret;
    },
});
//# sourceMappingURL=upload-certs.js.map