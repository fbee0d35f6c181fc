import type { ClusterContext } from '../../cluster/context.js';
import type { Host } from '../../transport/host.js';
import { INIT_CONFIG_PATH } from '../kubeadm/config.js';
import { nodeConfig, type NodeConfig } from './node-config.js';

export { readStoredSecrets, type StoredSecrets } from '../stored-secrets.js';

/** Writes the init config with these secrets and returns it parsed. */
export async function writeInitConfig(ctx: ClusterContext, host: Host, secrets: { token: string; certificateKey?: string }): Promise<NodeConfig> {
  const config = nodeConfig(ctx.cluster, ctx.endpoint, ctx.hosts.spec(host.name), secrets);
  await host.writeFiles([{ path: INIT_CONFIG_PATH, data: config.text, mode: 0o600 }]);
  return config;
}
