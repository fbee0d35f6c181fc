import { kubeletStartMissing } from '../../cluster/joined.js';
import { defineInitPhase } from './phase.js';
export const initKubeletStart = defineInitPhase({
    phase: 'kubelet-start',
    title: 'Start the kubelet (kubeadm init phase kubelet-start)',
    needs: ['init/control-plane'],
    missing: (_ctx, host) => kubeletStartMissing(host),
});
//# sourceMappingURL=kubelet-start.js.map