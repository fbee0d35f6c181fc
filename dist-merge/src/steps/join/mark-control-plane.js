import { kubeletConfMissing, nodeMissing } from '../../cluster/joined.js';
import { defineControlPlaneJoin } from './phase.js';
/** After the kubelet's TLS bootstrap (kubelet-wait-bootstrap): the Node labelled and tainted; then wait-control-plane. */
export const joinMarkControlPlane = defineControlPlaneJoin({
    phase: 'mark-control-plane',
    title: 'Mark the control plane (kubeadm join phase control-plane-join mark-control-plane)',
    needs: ['join/etcd-join'],
    missing: async (ctx, host) => {
        const kubelet = await kubeletConfMissing(host);
        return kubelet.length > 0 ? kubelet : nodeMissing(ctx, host.name);
    },
});
//# sourceMappingURL=mark-control-plane.js.map