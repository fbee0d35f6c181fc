import { firstControlPlane } from '../../cluster/context.js';
import { filesMissing } from '../../cluster/joined.js';
import { defineInitPhase } from './phase.js';
/** Stacked etcd only: the first member's static pod. */
export const initEtcd = defineInitPhase({
    phase: 'etcd',
    title: 'Write the local etcd static pod (kubeadm init phase etcd local)',
    needs: ['init/kubeconfig'],
    hosts: (c) => (c.spec.topology === 'stacked' ? [firstControlPlane(c)] : []),
    etcdMembers: (c) => (c.spec.topology === 'stacked' ? 1 : undefined),
    missing: (_ctx, host) => filesMissing(host, ['/etc/kubernetes/manifests/etcd.yaml']),
});
//# sourceMappingURL=etcd.js.map