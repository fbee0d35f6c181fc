import { KubehaError } from '../../errors.js';
import { formatToken, generateToken } from '../../kubeadm/token/token.js';
import { certificateKey as generateCertificateKey } from '../../kubeadm/copycerts/crypto.js';
import { firstControlPlane, type ClusterContext } from '../../cluster/context.js';
import { apiReady } from '../../cluster/kubectl.js';
import { copySharedCerts, refuseCopiedNodeCerts } from '../../cluster/shared-certs.js';
import type { Host } from '../../transport/host.js';
import type { Engine } from '../engine.js';
import { readStoredSecrets } from '../stored-secrets.js';
import { runKubeadm } from './run-kubeadm.js';
import { joinRuns } from './join-runs.js';
import { INIT_CONFIG_PATH, JOIN_CONFIG_PATH, initConfig, joinConfig } from './config.js';

export function newToken(): string {
  return formatToken(generateToken());
}

export function newCertificateKey(): string {
  return generateCertificateKey();
}

async function writeInitConfig(ctx: ClusterContext, host: Host, secrets: { token: string; certificateKey?: string }): Promise<void> {
  const spec = ctx.hosts.spec(host.name);
  await host.writeFiles([{ path: INIT_CONFIG_PATH, data: initConfig(ctx.cluster, ctx.endpoint, spec, secrets), mode: 0o600 }]);
}

/** A host where an earlier kubeadm run stopped half-way is reset before it is tried again. */
async function resetIfHalfDone(host: Host, doing: string): Promise<void> {
  const leftovers = await host.exec(['sh', '-c', 'ls -A /etc/kubernetes/manifests /etc/kubernetes/kubelet.conf 2>/dev/null'], { allowFailure: true });
  if (leftovers.stdout.trim() !== '') await runKubeadm(host, ['reset', '--force'], doing);
}

export const kubeadmEngine: Engine = {
  name: 'kubeadm',

  async initFirstControlPlane(ctx, name) {
    const host = await ctx.hosts.get(name);
    const upload = ctx.cluster.spec.certificates === 'upload';
    const stored = await readStoredSecrets(host);
    const secrets = {
      token: stored.token ?? newToken(),
      ...(upload ? { certificateKey: stored.certificateKey ?? newCertificateKey() } : {}),
    };
    const leftovers = await host.exec(['sh', '-c', 'ls -A /etc/kubernetes/manifests /etc/kubernetes/kubelet.conf 2>/dev/null'], { allowFailure: true });
    await writeInitConfig(ctx, host, secrets);
    // The certificate key is in the config: kubeadm refuses --certificate-key together with --config.
    const args = ['init', '--config', INIT_CONFIG_PATH, ...(upload ? ['--upload-certs'] : [])];
    if (leftovers.stdout.trim() === '') {
      await runKubeadm(host, args, 'kubeadm init');
      return;
    }
    // An init that stopped half-way (or a cluster missing one of init's objects) is resumed, never reset: this host
    // may hold the only etcd data. Past preflight (which refuses existing files and used ports) kubeadm's init
    // phases reuse the certificates and kubeconfigs and create or update every object.
    await runKubeadm(host, [...args, '--skip-phases', 'preflight'], 'kubeadm init (resumed)');
  },

  async renewJoinSecrets(ctx, state) {
    const host = await ctx.hosts.get(firstControlPlane(ctx.cluster));
    if (!(await apiReady(host))) {
      throw new KubehaError('the first control plane is not ready', { doing: 'renewing the join secrets', host: host.name });
    }
    const upload = ctx.cluster.spec.certificates === 'upload';
    let token = state.token ?? '';
    if (!state.tokenAlive) {
      token = newToken();
      await runKubeadm(host, ['token', 'create', token, '--ttl', '24h'], 'creating a bootstrap token');
    }
    const certificateKey = upload ? (state.certsAlive ? state.certificateKey! : newCertificateKey()) : undefined;
    await writeInitConfig(ctx, host, { token, ...(certificateKey === undefined ? {} : { certificateKey }) });
    if (!state.certsAlive) {
      // The 2-hour Secret is gone: re-upload with a fresh key, from the same config (external etcd files included).
      await runKubeadm(host, ['init', 'phase', 'upload-certs', '--upload-certs', '--config', INIT_CONFIG_PATH], 'uploading the certificates again');
    }
    return { token, certificateKey: certificateKey ?? '', caCertHash: state.caCertHash };
  },

  async join(ctx, name, secrets) {
    const host = await ctx.hosts.get(name);
    const spec = ctx.hosts.spec(name);
    const controlPlane = spec.role === 'control-plane';
    await resetIfHalfDone(host, 'cleaning up an interrupted kubeadm join');
    if (controlPlane && ctx.cluster.spec.certificates === 'manual') {
      await refuseCopiedNodeCerts(host, ctx.cluster.spec.topology);
      await copySharedCerts(await ctx.hosts.get(firstControlPlane(ctx.cluster)), host, ctx.cluster.spec.topology);
    }
    const config = joinConfig(ctx.cluster, ctx.endpoint, spec, {
      token: secrets.token,
      caCertHash: secrets.caCertHash,
      ...(controlPlane && secrets.certificateKey !== '' ? { certificateKey: secrets.certificateKey } : {}),
    });
    await host.writeFiles([{ path: JOIN_CONFIG_PATH, data: config, mode: 0o600 }]);
    for (const run of joinRuns(controlPlane ? 'control-plane' : 'worker', ctx.cluster.spec.topology === 'stacked')) {
      const kubeadm = () => runKubeadm(host, run.args, run.doing, run.log === undefined ? {} : { log: run.log });
      await (run.etcdJoin ? ctx.etcdJoin(kubeadm) : kubeadm());
    }
  },
};
