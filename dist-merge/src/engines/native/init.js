import { randomBytes } from 'node:crypto';
import { parse, stringify } from 'yaml';
import { doing, KubehaError } from '../../errors.js';
import { emitter } from '../../events.js';
import { ensurePki } from '../../kubeadm/pki/pki.js';
import { controlPlaneEndpointUrl, currentCluster, ensureKubeconfigs, localApiEndpoint } from '../../kubeadm/kubeconfig/kubeconfig.js';
import { kubernetesImage } from '../../kubeadm/manifests/index.js';
import { toKubeYaml } from '../../kubeadm/config/print.js';
import { bootstrapTokenRbac, bootstrapTokenSecret, DEFAULT_TOKEN_DESCRIPTION } from '../../kubeadm/token/objects.js';
import { clusterInfoConfigMap } from '../../kubeadm/token/cluster-info.js';
import { parseToken } from '../../kubeadm/token/token.js';
import { uploadCerts } from '../../kubeadm/copycerts/copycerts.js';
import { userDocuments } from '../kubeadm/config.js';
import { coreDnsObjects, kubeProxyConfiguration, kubeProxyObjects } from './addons.js';
import { apiFromKubeconfig, applyAll, markControlPlane } from './api.js';
import { retry, waitFor } from '../../util/wait.js';
import { clusterAdminsBinding, kubeadmConfigObjects, kubeletConfigObjects } from './cluster-objects.js';
import { KUBELET_CLIENT_CURRENT, KUBELET_KUBECONFIG } from './kubelet-bootstrap.js';
import { kubeletConfiguration, kubeletFiles } from './kubelet-files.js';
import { durationMs, kubeconfigInputs, nodeConfig, pkiInputs } from './node-config.js';
import { localApiReady, readRequired, restartKubelet, writeControlPlaneManifests, writeEtcdManifest } from './node-setup.js';
import { readStoredSecrets } from '../stored-secrets.js';
export function newCertificateKey() {
    return randomBytes(32).toString('hex');
}
/** A client as kubeadm init uses it since PR #138449: a node-local kubeconfig pointed at the local endpoint. */
export async function localApi(ctx, hostName, c, file = 'admin.conf') {
    const host = await ctx.hosts.get(hostName);
    const text = (await readRequired(host, `/etc/kubernetes/${file}`, 'reading a kubeconfig')).toString();
    return apiFromKubeconfig(text, localApiEndpoint(c));
}
/** The first control plane's configuration, from the init config the init/config step wrote (with its secrets). */
async function initNodeConfig(ctx, host) {
    const stored = await readStoredSecrets(host);
    if (stored.token === undefined)
        throw new KubehaError('the init configuration holds no bootstrap token', { doing: 'reading the init configuration', host: host.name });
    const secrets = { token: stored.token, ...(stored.certificateKey === undefined ? {} : { certificateKey: stored.certificateKey }) };
    return { c: nodeConfig(ctx.cluster, ctx.endpoint, ctx.hosts.spec(host.name), secrets), ...secrets };
}
function clusterKubelet(c) {
    return kubeletConfiguration(c.kubelet, c.cluster);
}
/** `kubeadm init`'s phases done by kubeha, each on its own so that a step can run (and re-run) one of them. */
const phases = {
    certs: {
        doing: 'creating the certificates (init phase certs)',
        run: async (ctx, host, { c }) => {
            const results = await ensurePki(host, pkiInputs(c));
            log(ctx, host, `certificates: ${results.filter((r) => r.action === 'created').length} created, ${results.filter((r) => r.action === 'reused').length} reused`);
        },
    },
    kubeconfig: {
        doing: 'writing the kubeconfig files (init phase kubeconfig)',
        run: async (_ctx, host, { c }) => {
            await ensureKubeconfigs(host, kubeconfigInputs(c));
        },
    },
    etcd: {
        doing: 'writing the etcd static pod (init phase etcd local)',
        run: async (_ctx, host, { c }) => {
            await writeEtcdManifest(host, c);
        },
    },
    'control-plane': {
        doing: 'writing the control-plane static pods (init phase control-plane)',
        // External etcd: the apiserver gets etcd.external's endpoints.
        run: async (_ctx, host, { c }) => {
            await writeControlPlaneManifests(host, c);
        },
    },
    'kubelet-start': {
        doing: 'starting the kubelet (init phase kubelet-start)',
        run: async (ctx, host, { c }) => restartKubelet(host, () => host.writeFiles(kubeletFiles(clusterKubelet(c), c.init.nodeRegistration, host.name))),
    },
    'wait-control-plane': {
        doing: 'waiting for the control plane (init phase wait-control-plane)',
        run: async (ctx, host, { c }) => {
            await waitFor('the local kube-apiserver to be ready', () => localApiReady(host, c, '/etc/kubernetes/super-admin.conf'), durationMs(c.init.timeouts.controlPlaneComponentHealthCheck) + 60_000, { host: host.name });
            log(ctx, host, 'kube-apiserver is ready');
        },
    },
    'upload-config': {
        doing: 'uploading the configuration (init phase upload-config)',
        run: async (ctx, host, { c }) => {
            // As kubeadm's init client does on first use: admin.conf's group is bound to cluster-admin via super-admin.conf.
            const superAdmin = await localApi(ctx, host.name, c, 'super-admin.conf');
            await retry('creating the kubeadm:cluster-admins ClusterRoleBinding', () => superAdmin.apply(clusterAdminsBinding()), 60_000);
            const api = await localApi(ctx, host.name, c);
            await retry('uploading kubeadm-config', () => applyAll(api, kubeadmConfigObjects(c.cluster)), durationMs(c.init.timeouts.kubernetesAPICall));
            await applyAll(api, kubeletConfigObjects(toKubeYaml(clusterKubelet(c)), userDocuments(ctx.cluster).has('KubeletConfiguration')));
        },
    },
    'upload-certs': {
        doing: 'uploading the certificates (init phase upload-certs)',
        run: async (ctx, host, { c, certificateKey }) => {
            if (certificateKey === undefined)
                throw new KubehaError('the init configuration holds no certificate key', { doing: 'uploading the certificates', host: host.name });
            const external = c.cluster.etcd.external;
            await uploadCerts(await localApi(ctx, host.name, c), host, { certificatesDir: c.cluster.certificatesDir, certificateKey, ...(external ? { externalEtcd: external } : {}) });
        },
    },
    'mark-control-plane': {
        doing: 'marking the control plane (init phase mark-control-plane)',
        run: async (ctx, host, { c }) => markControlPlane(await localApi(ctx, host.name, c), c.nodeName, c.init.nodeRegistration.taints, durationMs(c.init.timeouts.kubeletHealthCheck)),
    },
    'bootstrap-token': {
        doing: 'creating the bootstrap token and cluster-info (init phase bootstrap-token)',
        run: async (ctx, host, { c, token: text }) => {
            const api = await localApi(ctx, host.name, c);
            const token = parseToken(text);
            const existing = await api.get({ apiVersion: 'v1', kind: 'Secret', namespace: 'kube-system', name: `bootstrap-token-${token.id}` });
            if (!existing)
                await api.apply(bootstrapTokenSecret(token, { description: DEFAULT_TOKEN_DESCRIPTION }));
            await applyAll(api, bootstrapTokenRbac());
            // cluster-info carries admin.conf's cluster: the control-plane endpoint and the CA.
            const admin = currentCluster((await readRequired(host, '/etc/kubernetes/admin.conf', 'reading admin.conf')).toString());
            await api.apply(clusterInfoConfigMap(admin.server, admin.caPem));
        },
    },
    'kubelet-finalize': {
        doing: 'pointing kubelet.conf at the rotated client certificate (init phase kubelet-finalize)',
        run: async (_ctx, host, { c }) => {
            // The kubelet writes kubelet-client-current.pem from the certificate init embedded (seen within 15 s).
            await waitFor(`the kubelet to write ${KUBELET_CLIENT_CURRENT}`, async () => (await host.readFile(KUBELET_CLIENT_CURRENT)) !== undefined, durationMs(c.init.timeouts.kubeletHealthCheck), { host: host.name });
            const doc = parse((await readRequired(host, KUBELET_KUBECONFIG, 'reading kubelet.conf')).toString());
            for (const u of doc.users ?? [])
                u.user = { 'client-certificate': KUBELET_CLIENT_CURRENT, 'client-key': KUBELET_CLIENT_CURRENT };
            await restartKubelet(host, () => host.writeFiles([{ path: KUBELET_KUBECONFIG, data: stringify(doc), mode: 0o600 }]));
        },
    },
    addon: {
        doing: 'installing the essential addons (init phase addon)',
        run: async (ctx, host, { c }) => {
            const api = await localApi(ctx, host.name, c);
            const cfg = c.cluster;
            if (!cfg.proxy.disabled) {
                const proxy = kubeProxyConfiguration(c.kubeProxy, cfg, c.advertiseAddress);
                await applyAll(api, kubeProxyObjects(proxy, controlPlaneEndpointUrl(kubeconfigInputs(c)), kubernetesImage('kube-proxy', cfg)));
            }
            if (!cfg.dns.disabled) {
                const existing = await api.get({ apiVersion: 'apps/v1', kind: 'Deployment', namespace: 'kube-system', name: 'coredns' });
                // CreateOrRetain: a running CoreDNS Deployment (and its replica count) is left alone.
                await applyAll(api, coreDnsObjects(cfg).filter((o) => !(existing && o.kind === 'Deployment')));
            }
        },
    },
};
function log(ctx, host, message) {
    emitter(ctx.emit)({ type: 'log', level: 'info', message, host: host.name });
}
/** One phase of `kubeadm init` on the first control plane, done by kubeha. */
export async function initPhase(ctx, name, phase) {
    const host = await ctx.hosts.get(name);
    const init = await initNodeConfig(ctx, host);
    await doing(phases[phase].doing, name, () => phases[phase].run(ctx, host, init));
}
//# sourceMappingURL=init.js.map