import { objectsMissing, probeConfig } from '../../cluster/joined.js';
import { defineInitPhase } from './phase.js';
/** kube-proxy and CoreDNS, unless the cluster configuration disables them. */
export const initAddon = defineInitPhase({
    phase: 'addon',
    title: 'Install the essential addons (kubeadm init phase addon)',
    needs: ['init/kubelet-finalize'],
    missing: (ctx, host) => {
        const c = probeConfig(ctx, host.name);
        return objectsMissing(ctx, [
            ...(c.cluster.proxy.disabled ? [] : [['kube-system', 'daemonset.apps/kube-proxy']]),
            ...(c.cluster.dns.disabled ? [] : [['kube-system', 'deployment.apps/coredns']]),
        ]);
    },
});
//# sourceMappingURL=addon.js.map