import { nodeMissing } from '../../cluster/joined.js';
import { defineInitPhase } from './phase.js';
export const initMarkControlPlane = defineInitPhase({
    phase: 'mark-control-plane',
    title: 'Mark the control plane (kubeadm init phase mark-control-plane)',
    needs: ['init/upload-certs'],
    missing: (ctx, host) => nodeMissing(ctx, host.name),
});
//# sourceMappingURL=mark-control-plane.js.map