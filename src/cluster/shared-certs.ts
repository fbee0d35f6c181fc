import { KubehaError } from '../errors.js';
import type { Host } from '../transport/host.js';

const PKI = '/etc/kubernetes/pki';

/**
 * Manual certificate distribution: exactly what the guide lists and nothing more; every other certificate
 * is generated on the joining host with its own SANs. etcd/ca.key only with stacked etcd.
 */
export function sharedCertFiles(topology: 'stacked' | 'external'): string[] {
  const files = ['ca.crt', 'ca.key', 'sa.key', 'sa.pub', 'front-proxy-ca.crt', 'front-proxy-ca.key', 'etcd/ca.crt'];
  if (topology === 'stacked') files.push('etcd/ca.key');
  return files.map((f) => `${PKI}/${f}`);
}

/** Host-specific files whose presence before a join means someone copied too much (wrong SANs). */
export const NODE_SPECIFIC_CERTS = [
  'apiserver.crt',
  'apiserver.key',
  'apiserver-kubelet-client.crt',
  'front-proxy-client.crt',
  'etcd/server.crt',
  'etcd/peer.crt',
  'etcd/healthcheck-client.crt',
].map((f) => `${PKI}/${f}`);

/** Refuses, before anything is changed, a joining host that already holds node-specific certificates. */
export async function refuseCopiedNodeCerts(host: Host, topology: 'stacked' | 'external'): Promise<void> {
  const present: string[] = [];
  for (const path of NODE_SPECIFIC_CERTS) {
    if (topology === 'external' && path.includes('/etcd/')) continue;
    if ((await host.readFile(path)) !== undefined) present.push(path);
  }
  if (present.length > 0) {
    throw new KubehaError(
      `${present.join(', ')} already exist; copied node-specific certificates carry another host's SANs and break the join (copy only the shared CA and service-account files)`,
      { doing: 'checking the certificates before a control-plane join', host: host.name },
    );
  }
}

/** Copies the shared files from the first control plane in one transfer, keys 0600, certificates 0644. */
export async function copySharedCerts(from: Host, to: Host, topology: 'stacked' | 'external'): Promise<void> {
  const files = [];
  for (const path of sharedCertFiles(topology)) {
    const data = await from.readFile(path);
    if (data === undefined) throw new KubehaError(`${path} is missing`, { doing: 'reading the shared certificates', host: from.name });
    files.push({ path, data, mode: path.endsWith('.key') ? 0o600 : 0o644 });
  }
  await to.writeFiles(files);
}
