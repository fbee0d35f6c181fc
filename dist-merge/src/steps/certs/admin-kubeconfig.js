import { defineClusterStep } from '../../plan/step.js';
import { adminKubeconfigCurrent, writeAdminKubeconfig } from '../admin-kubeconfig.js';
/** After renewal the user's admin kubeconfig carries the first control plane's renewed admin.conf. */
export const renewedAdminKubeconfig = defineClusterStep({
    id: 'certs/admin-kubeconfig',
    title: 'Write the renewed admin kubeconfig',
    needs: ['certs/renew'],
    done: adminKubeconfigCurrent,
    run: writeAdminKubeconfig,
});
//# sourceMappingURL=admin-kubeconfig.js.map