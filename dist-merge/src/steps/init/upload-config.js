import { objectsMissing } from '../../cluster/joined.js';
import { defineInitPhase } from './phase.js';
/** kubeadm-config and kubelet-config, and (as kubeadm's init client makes on first use) admin.conf's binding. */
export const initUploadConfig = defineInitPhase({
    phase: 'upload-config',
    title: 'Upload the kubeadm and kubelet configuration (kubeadm init phase upload-config)',
    needs: ['init/wait-control-plane'],
    missing: (ctx) => objectsMissing(ctx, [
        [undefined, 'clusterrolebinding.rbac.authorization.k8s.io/kubeadm:cluster-admins'],
        ['kube-system', 'configmap/kubeadm-config'],
        ['kube-system', 'configmap/kubelet-config'],
    ]),
});
//# sourceMappingURL=upload-config.js.map