import { namesWithRole } from '../../cluster/context.js';
import { etcdMemberMissing, filesMissing } from '../../cluster/joined.js';
import { defineControlPlaneJoin, joiningControlPlanes } from './phase.js';
/**
 * Stacked etcd: the member added as a learner, its static pod, and its promotion to a voter. One host at a
 * time: etcd admits one learner at a time (`etcdserver: too many learner members in cluster`).
 */
export const joinEtcd = defineControlPlaneJoin({
    phase: 'etcd-join',
    title: 'Join etcd (kubeadm join phase etcd-join)',
    needs: ['join/kubelet-start'],
    hosts: (c) => (c.spec.topology === 'stacked' ? joiningControlPlanes(c) : []),
    concurrency: () => 1,
    etcdMembers: (c) => (c.spec.topology === 'stacked' ? namesWithRole(c, 'control-plane').length : undefined),
    // The manifest first: without it, etcd is not asked (a probe that runs etcdctl costs a container run).
    missing: async (ctx, host) => {
        const manifest = await filesMissing(host, ['/etc/kubernetes/manifests/etcd.yaml']);
        return manifest.length > 0 ? manifest : etcdMemberMissing(ctx, host.name);
    },
});
//# sourceMappingURL=etcd-join.js.map