import { apiReady } from '../../cluster/kubectl.js';
import { defineInitPhase } from './phase.js';
export const initWaitControlPlane = defineInitPhase({
    phase: 'wait-control-plane',
    title: 'Wait for the control plane (kubeadm init phase wait-control-plane)',
    needs: ['init/kubelet-start'],
    missing: async (_ctx, host) => ((await apiReady(host)) ? [] : ['a ready kube-apiserver']),
});
//# sourceMappingURL=wait-control-plane.js.map