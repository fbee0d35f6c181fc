import { randomBytes } from 'node:crypto';
import type { ClusterContext } from '../../cluster/context.js';
import { doing } from '../../errors.js';
import { emitter } from '../../events.js';
import { ensurePki } from '../../kubeadm/pki/pki.js';
import { controlPlaneEndpointUrl, currentCluster, ensureKubeconfigs, localApiEndpoint } from '../../kubeadm/kubeconfig/kubeconfig.js';
import { kubernetesImage } from '../../kubeadm/manifests/index.js';
import { toKubeYaml } from '../../kubeadm/config/print.js';
import { bootstrapTokenRbac, bootstrapTokenSecret, DEFAULT_TOKEN_DESCRIPTION } from '../../kubeadm/token/objects.js';
import { clusterInfoConfigMap } from '../../kubeadm/token/cluster-info.js';
import { formatToken, generateToken, parseToken } from '../../kubeadm/token/token.js';
import { uploadCerts } from '../../kubeadm/copycerts/copycerts.js';
import { userDocuments } from '../kubeadm/config.js';
import { coreDnsObjects, kubeProxyConfiguration, kubeProxyObjects } from './addons.js';
import { apiFromKubeconfig, applyAll, markControlPlane, type ClusterApi } from './api.js';
import { retry, waitFor } from '../../util/wait.js';
import { clusterAdminsBinding, kubeadmConfigObjects, kubeletConfigObjects } from './cluster-objects.js';
import { kubeletConfiguration, kubeletFiles } from './kubelet-files.js';
import { durationMs, kubeconfigInputs, pkiInputs, type NodeConfig } from './node-config.js';
import { localApiReady, readRequired, restartKubelet, writeControlPlaneManifests, writeEtcdManifest } from './node-setup.js';
import { readStoredSecrets, writeInitConfig } from './stored-secrets.js';

export function newCertificateKey(): string {
  return randomBytes(32).toString('hex');
}

/** A client as kubeadm init uses it since PR #138449: a node-local kubeconfig pointed at the local endpoint. */
export async function localApi(ctx: ClusterContext, hostName: string, c: NodeConfig, file = 'admin.conf'): Promise<ClusterApi> {
  const host = await ctx.hosts.get(hostName);
  const text = (await readRequired(host, `/etc/kubernetes/${file}`, 'reading a kubeconfig')).toString();
  return apiFromKubeconfig(text, localApiEndpoint(c));
}

/** `kubeadm init` on the first control plane, done by kubeha (phases in kubeadm's order). */
export async function initFirstControlPlane(ctx: ClusterContext, name: string): Promise<void> {
  const emit = emitter(ctx.emit);
  const log = (message: string) => emit({ type: 'log', level: 'info', message, host: name });
  const host = await ctx.hosts.get(name);
  const upload = ctx.cluster.spec.certificates === 'upload';
  const stored = await readStoredSecrets(host);
  const secrets = {
    token: stored.token ?? formatToken(generateToken()),
    ...(upload ? { certificateKey: stored.certificateKey ?? newCertificateKey() } : {}),
  };
  const c = await writeInitConfig(ctx, host, secrets);
  const cfg = c.cluster;

  await doing('creating the certificates (init phase certs)', name, async () => {
    const results = await ensurePki(host, pkiInputs(c));
    log(`certificates: ${results.filter((r) => r.action === 'created').length} created, ${results.filter((r) => r.action === 'reused').length} reused`);
  });
  await doing('writing the kubeconfig files (init phase kubeconfig)', name, () => ensureKubeconfigs(host, kubeconfigInputs(c)));
  await doing('writing the etcd and control-plane static pods', name, async () => {
    // External etcd: no local member; the apiserver gets etcd.external's endpoints.
    if (cfg.etcd.local) await writeEtcdManifest(host, c);
    await writeControlPlaneManifests(host, c);
  });

  const userKubelet = userDocuments(ctx.cluster).has('KubeletConfiguration');
  const kubelet = kubeletConfiguration(c.kubelet, cfg);
  await doing('starting the kubelet (init phase kubelet-start)', name, () =>
    restartKubelet(host, () => host.writeFiles(kubeletFiles(kubelet, c.init.nodeRegistration, name))),
  );
  await waitFor('the local kube-apiserver to be ready', () => localApiReady(host, c, '/etc/kubernetes/super-admin.conf'), durationMs(c.init.timeouts.controlPlaneComponentHealthCheck) + 60_000, { host: host.name });
  log('kube-apiserver is ready');

  await doing('granting admin.conf cluster-admin (kubeadm:cluster-admins)', name, async () => {
    const superAdmin = await localApi(ctx, name, c, 'super-admin.conf');
    await retry('creating the kubeadm:cluster-admins ClusterRoleBinding', () => superAdmin.apply(clusterAdminsBinding()), 60_000);
  });
  const api = await localApi(ctx, name, c);
  const apiTimeout = durationMs(c.init.timeouts.kubernetesAPICall);

  await doing('uploading the configuration (init phase upload-config)', name, async () => {
    await retry('uploading kubeadm-config', () => applyAll(api, kubeadmConfigObjects(cfg)), apiTimeout);
    await applyAll(api, kubeletConfigObjects(toKubeYaml(kubelet), userKubelet));
  });
  await doing('marking the control plane (init phase mark-control-plane)', name, () =>
    markControlPlane(api, c.nodeName, c.init.nodeRegistration.taints, durationMs(c.init.timeouts.kubeletHealthCheck)),
  );
  await doing('creating the bootstrap token and cluster-info (init phase bootstrap-token)', name, async () => {
    const token = parseToken(secrets.token);
    const existing = await api.get({ apiVersion: 'v1', kind: 'Secret', namespace: 'kube-system', name: `bootstrap-token-${token.id}` });
    if (!existing) await api.apply(bootstrapTokenSecret(token, { description: DEFAULT_TOKEN_DESCRIPTION }));
    await applyAll(api, bootstrapTokenRbac());
    // cluster-info carries admin.conf's cluster: the control-plane endpoint and the CA.
    const admin = currentCluster((await readRequired(host, '/etc/kubernetes/admin.conf', 'reading admin.conf')).toString());
    await api.apply(clusterInfoConfigMap(admin.server, admin.caPem));
  });
  if (upload) {
    await doing('uploading the certificates (init phase upload-certs)', name, async () => {
      const present = await api.get({ apiVersion: 'v1', kind: 'Secret', namespace: 'kube-system', name: 'kubeadm-certs' });
      if (!present || stored.certificateKey === undefined) {
        await uploadCerts(api, host, {
          certificatesDir: cfg.certificatesDir,
          certificateKey: secrets.certificateKey!,
          ...(cfg.etcd.external ? { externalEtcd: cfg.etcd.external } : {}),
        });
      }
    });
  }
  await doing('installing the essential addons (init phase addon)', name, async () => {
    if (!cfg.proxy.disabled) {
      const proxy = kubeProxyConfiguration(c.kubeProxy, cfg, c.advertiseAddress);
      await applyAll(api, kubeProxyObjects(proxy, controlPlaneEndpointUrl(kubeconfigInputs(c)), kubernetesImage('kube-proxy', cfg)));
    }
    if (!cfg.dns.disabled) {
      const existing = await api.get({ apiVersion: 'apps/v1', kind: 'Deployment', namespace: 'kube-system', name: 'coredns' });
      // CreateOrRetain: a running CoreDNS Deployment (and its replica count) is left alone.
      const objects = coreDnsObjects(cfg).filter((o) => !(existing && o.kind === 'Deployment'));
      await applyAll(api, objects);
    }
  });
  log('the first control plane is initialised');
}
