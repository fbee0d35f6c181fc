import type { ClusterContext } from '../cluster/context.js';
import type { JoinSecrets } from '../cluster/secrets.js';
import type { JoinSecretsState } from '../cluster/join-secrets-state.js';
import type { EngineName } from '../config/cluster.js';

/**
 * Who does the node-local work. The plan and its steps are the same for both engines; `native` does
 * kubeadm's work in kubeha, `kubeadm` drives the real kubeadm binary exactly as the guide does.
 */
export interface Engine {
  readonly name: EngineName;
  initFirstControlPlane(ctx: ClusterContext, host: string): Promise<void>;
  /** A new token and/or certificate key (certificates uploaded again) for what `state` says no longer works. */
  renewJoinSecrets(ctx: ClusterContext, state: JoinSecretsState): Promise<JoinSecrets>;
  join(ctx: ClusterContext, host: string, secrets: JoinSecrets): Promise<void>;
}
