import { filesMissing } from '../../cluster/joined.js';
import { defineInitPhase } from './phase.js';
export const CONTROL_PLANE_MANIFESTS = ['kube-apiserver', 'kube-controller-manager', 'kube-scheduler'].map((m) => `/etc/kubernetes/manifests/${m}.yaml`);
export const initControlPlane = defineInitPhase({
    phase: 'control-plane',
    title: 'Write the control-plane static pods (kubeadm init phase control-plane)',
    needs: ['init/etcd'],
    missing: (_ctx, host) => filesMissing(host, CONTROL_PLANE_MANIFESTS),
});
//# sourceMappingURL=control-plane.js.map