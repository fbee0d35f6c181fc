import { objectsMissing } from '../../cluster/joined.js';
import { defineInitPhase } from './phase.js';
/** cluster-info and the bootstrap RBAC; not the token itself, which expires by design (join-secrets renews it). */
export const initBootstrapToken = defineInitPhase({
    phase: 'bootstrap-token',
    title: 'Create the bootstrap token and cluster-info (kubeadm init phase bootstrap-token)',
    needs: ['init/mark-control-plane'],
    missing: (ctx) => objectsMissing(ctx, [
        ['kube-public', 'configmap/cluster-info'],
        ['kube-public', 'rolebinding.rbac.authorization.k8s.io/kubeadm:bootstrap-signer-clusterinfo'],
        [undefined, 'clusterrolebinding.rbac.authorization.k8s.io/kubeadm:kubelet-bootstrap'],
        [undefined, 'clusterrolebinding.rbac.authorization.k8s.io/kubeadm:node-autoapprove-bootstrap'],
        [undefined, 'clusterrolebinding.rbac.authorization.k8s.io/kubeadm:node-autoapprove-certificate-rotation'],
        [undefined, 'clusterrolebinding.rbac.authorization.k8s.io/kubeadm:get-nodes'],
    ]),
});
//# sourceMappingURL=bootstrap-token.js.map