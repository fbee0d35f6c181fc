import { kubeletStartMissing } from '../../cluster/joined.js';
import { defineControlPlaneJoin } from './phase.js';
/** The kubelet started with the bootstrap token (ControlPlaneKubeletLocalMode: against this host's own apiserver). */
export const joinKubeletStart = defineControlPlaneJoin({
    phase: 'kubelet-start',
    title: 'Start the kubelet (kubeadm join phase kubelet-start)',
    needs: ['join/control-plane-prepare'],
    missing: (_ctx, host) => kubeletStartMissing(host),
});
//# sourceMappingURL=kubelet-start.js.map