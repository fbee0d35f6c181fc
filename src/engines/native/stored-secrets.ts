import { parseAllDocuments } from 'yaml';
import type { ClusterContext } from '../../cluster/context.js';
import type { Host } from '../../transport/host.js';
import { INIT_CONFIG_PATH } from '../kubeadm/config.js';
import { nodeConfig, type NodeConfig } from './node-config.js';

/**
 * The token and certificate key live where the kubeadm engine keeps them: kubeha's 0600 kubeadm init config
 * on the first control plane. The file is a valid `kubeadm --config`, so real kubeadm can reuse it
 * (e.g. `kubeadm init phase upload-certs --upload-certs --config /etc/kubeha/kubeadm-init.yaml`).
 */
export interface StoredSecrets {
  token?: string;
  certificateKey?: string;
}

export async function readStoredSecrets(host: Host): Promise<StoredSecrets> {
  const text = (await host.readFile(INIT_CONFIG_PATH))?.toString('utf8');
  if (text === undefined) return {};
  const init = parseAllDocuments(text)
    .map((d) => (d as { toJS(): Record<string, any> }).toJS())
    .find((d) => d?.['kind'] === 'InitConfiguration');
  return { token: init?.['bootstrapTokens']?.[0]?.['token'], certificateKey: init?.['certificateKey'] };
}

/** Writes the init config with these secrets and returns it parsed. */
export async function writeInitConfig(ctx: ClusterContext, host: Host, secrets: { token: string; certificateKey?: string }): Promise<NodeConfig> {
  const config = nodeConfig(ctx.cluster, ctx.endpoint, ctx.hosts.spec(host.name), secrets);
  await host.writeFiles([{ path: INIT_CONFIG_PATH, data: config.text, mode: 0o600 }]);
  return config;
}
