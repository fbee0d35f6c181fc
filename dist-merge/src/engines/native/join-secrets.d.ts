import { type ClusterContext } from '../../cluster/context.js';
import type { JoinSecrets } from '../../cluster/secrets.js';
import type { JoinSecretsState } from '../../cluster/join-secrets-state.js';
/**
 * Like `kubeadm token create` and `kubeadm init phase upload-certs --upload-certs`, on the first control plane:
 * a new token when the kept one no longer works, a new key with the certificates uploaded again when those
 * are gone; the init config keeps both.
 */
export declare function renewJoinSecrets(ctx: ClusterContext, state: JoinSecretsState): Promise<JoinSecrets>;
