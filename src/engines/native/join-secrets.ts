import { caCertHash } from '../../kubeadm/discovery/pin.js';
import { firstControlPlane, type ClusterContext } from '../../cluster/context.js';
import type { JoinSecrets } from '../../cluster/secrets.js';
import { KubehaError } from '../../errors.js';
import { decryptKubeadmCerts, kubeadmCertsFiles, uploadCerts } from '../../kubeadm/copycerts/copycerts.js';
import { bootstrapTokenSecret } from '../../kubeadm/token/objects.js';
import { formatToken, generateToken, isValidToken, parseToken } from '../../kubeadm/token/token.js';
import { localApi, newCertificateKey } from './init.js';
import { nodeConfig } from './node-config.js';
import { localApiReady, readRequired } from './node-setup.js';
import { readStoredSecrets, writeInitConfig } from './stored-secrets.js';
import type { ClusterApi } from './api.js';

function expired(secret: Record<string, unknown>): boolean {
  const data = (secret['data'] ?? {}) as Record<string, string>;
  if (!data['expiration']) return false;
  return Date.parse(Buffer.from(data['expiration'], 'base64').toString()) <= Date.now();
}

async function tokenAlive(api: ClusterApi, token: string | undefined): Promise<boolean> {
  if (token === undefined || !isValidToken(token)) return false;
  const secret = await api.get({ apiVersion: 'v1', kind: 'Secret', namespace: 'kube-system', name: `bootstrap-token-${parseToken(token).id}` });
  return secret !== undefined && !expired(secret);
}

/** kubeadm-certs exists and opens with our key (someone may have re-uploaded with another key). */
async function certsAlive(api: ClusterApi, key: string | undefined, certificatesDir: string): Promise<boolean> {
  if (key === undefined) return false;
  const secret = await api.get({ apiVersion: 'v1', kind: 'Secret', namespace: 'kube-system', name: 'kubeadm-certs' });
  if (!secret) return false;
  try {
    decryptKubeadmCerts((secret['data'] ?? {}) as Record<string, string>, key, kubeadmCertsFiles(certificatesDir).slice(0, 1));
    return true;
  } catch {
    return false;
  }
}

/** Like the kubeadm engine: read back the token and key, renew what has expired, return them with the CA pin. */
export async function joinSecrets(ctx: ClusterContext): Promise<JoinSecrets> {
  const name = firstControlPlane(ctx.cluster);
  const host = await ctx.hosts.get(name);
  const stored = await readStoredSecrets(host);
  const probe = nodeConfig(ctx.cluster, ctx.endpoint, ctx.hosts.spec(name), { token: stored.token ?? formatToken(generateToken()) });
  if (!(await localApiReady(host, probe))) {
    throw new KubehaError('the first control plane is not ready', { doing: 'reading the join secrets', host: name });
  }
  const api = await localApi(ctx, name, probe);
  const upload = ctx.cluster.spec.certificates === 'upload';
  let token = stored.token;
  let certificateKey = stored.certificateKey;
  const tokenOk = await tokenAlive(api, token);
  if (!tokenOk) {
    const fresh = generateToken();
    await api.create(bootstrapTokenSecret(fresh));
    token = formatToken(fresh);
  }
  const certsOk = !upload || (await certsAlive(api, certificateKey, probe.cluster.certificatesDir));
  if (!certsOk) certificateKey = newCertificateKey();
  if (!tokenOk || !certsOk) {
    await writeInitConfig(ctx, host, { token: token!, ...(upload && certificateKey !== undefined ? { certificateKey } : {}) });
  }
  if (!certsOk) {
    // The 2-hour Secret is gone (or was re-keyed): upload again with a fresh key.
    const external = probe.cluster.etcd.external;
    await uploadCerts(api, host, { certificatesDir: probe.cluster.certificatesDir, certificateKey: certificateKey!, ...(external ? { externalEtcd: external } : {}) });
  }
  const ca = await readRequired(host, `${probe.cluster.certificatesDir}/ca.crt`, 'reading the CA');
  return { token: token!, certificateKey: upload ? certificateKey! : '', caCertHash: caCertHash(ca) };
}
