import { parse } from 'yaml';
import { kubeletConfMissing } from '../../cluster/joined.js';
import { KUBELET_CLIENT_CURRENT, KUBELET_KUBECONFIG } from '../../engines/native/kubelet-bootstrap.js';
import { defineInitPhase } from './phase.js';
/** kubelet.conf names the kubelet's rotated client certificate instead of embedding init's (enable-client-cert-rotation). */
export const initKubeletFinalize = defineInitPhase({
    phase: 'kubelet-finalize',
    title: 'Point kubelet.conf at the rotated client certificate (kubeadm init phase kubelet-finalize)',
    needs: ['init/bootstrap-token'],
    missing: async (_ctx, host) => {
        const text = (await host.readFile(KUBELET_KUBECONFIG))?.toString();
        const users = text === undefined ? [] : ((parse(text) ?? {}).users ?? []);
        if (users.length === 0 || !users.every((u) => u.user?.['client-certificate'] === KUBELET_CLIENT_CURRENT))
            return [`kubelet.conf naming ${KUBELET_CLIENT_CURRENT}`];
        return kubeletConfMissing(host);
    },
});
//# sourceMappingURL=kubelet-finalize.js.map