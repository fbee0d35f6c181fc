import type { ClusterContext } from '../cluster/context.js';
import type { JoinSecrets } from '../cluster/secrets.js';
import type { EngineName } from '../config/cluster.js';

/**
 * Who does the node-local work. The plan and its steps are the same for both engines; `native` does
 * kubeadm's work in kubeha, `kubeadm` drives the real kubeadm binary exactly as the guide does.
 */
export interface Engine {
  readonly name: EngineName;
  initFirstControlPlane(ctx: ClusterContext, host: string): Promise<void>;
  /** The token, certificate key and CA pin for joining: read back from the cluster, renewed when expired. */
  joinSecrets(ctx: ClusterContext): Promise<JoinSecrets>;
  join(ctx: ClusterContext, host: string, secrets: JoinSecrets): Promise<void>;
}
