import { filesMissing } from '../../cluster/joined.js';
import { CONTROL_PLANE_MANIFESTS } from '../init/control-plane.js';
import { defineControlPlaneJoin } from './phase.js';
/** The shared certificates (downloaded from kubeadm-certs or copied), this host's own, its kubeconfigs and static pods. */
export const joinControlPlanePrepare = defineControlPlaneJoin({
    phase: 'control-plane-prepare',
    title: 'Prepare the control plane (kubeadm join phase control-plane-prepare)',
    // Stale etcd members go first: kubeadm's check-etcd refuses an unhealthy cluster, and a new host may reuse an address.
    needs: ['cni', 'join-secrets', 'etcd/stale-members'],
    missing: (_ctx, host) => filesMissing(host, [...['admin.conf', 'controller-manager.conf', 'scheduler.conf'].map((f) => `/etc/kubernetes/${f}`), ...CONTROL_PLANE_MANIFESTS]),
});
//# sourceMappingURL=control-plane-prepare.js.map