import { filesMissing } from '../../cluster/joined.js';
import { defineInitPhase } from './phase.js';
export const initKubeconfig = defineInitPhase({
    phase: 'kubeconfig',
    title: 'Write the kubeconfig files (kubeadm init phase kubeconfig)',
    needs: ['init/certs'],
    missing: (_ctx, host) => filesMissing(host, ['admin.conf', 'super-admin.conf', 'kubelet.conf', 'controller-manager.conf', 'scheduler.conf'].map((f) => `/etc/kubernetes/${f}`)),
});
//# sourceMappingURL=kubeconfig.js.map