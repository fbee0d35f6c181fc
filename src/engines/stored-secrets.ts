import { parseAllDocuments } from 'yaml';
import type { Host } from '../transport/host.js';
import { INIT_CONFIG_PATH } from './kubeadm/config.js';

/**
 * Both engines keep the token and certificate key in kubeha's 0600 kubeadm init config on the first control
 * plane (a valid `kubeadm --config`), and read them back from there instead of scraping kubeadm's output.
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
