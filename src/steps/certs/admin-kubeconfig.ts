import type { ClusterFile } from '../../config/cluster.js';
import type { ClusterContext } from '../../cluster/context.js';
import { defineClusterStep } from '../../plan/step.js';
import { adminKubeconfigCurrent, writeAdminKubeconfig } from '../admin-kubeconfig.js';

/** After renewal the user's admin kubeconfig carries the first control plane's renewed admin.conf. */
export const renewedAdminKubeconfig = defineClusterStep<ClusterFile, ClusterContext>({
  id: 'certs/admin-kubeconfig',
  title: 'Write the renewed admin kubeconfig',
  needs: ['certs/renew'],
  done: adminKubeconfigCurrent,
  run: writeAdminKubeconfig,
});
