import { parse } from 'yaml';
import { probeConfig } from '../../cluster/joined.js';
import { doing } from '../../errors.js';
import { toKubeYaml } from '../../kubeadm/config/print.js';
import { etcdImage } from '../../kubeadm/manifests/index.js';
import { manifestYaml, MANIFESTS_DIR } from '../../kubeadm/manifests/write.js';
import { retry } from '../../util/wait.js';
import { userDocuments } from '../kubeadm/config.js';
import { applyAll } from './api.js';
import { coreDnsImage, coreDnsObjects, kubeProxyConfiguration, kubeProxyObjects } from './addons.js';
import { controlPlaneEndpointUrl } from '../../kubeadm/kubeconfig/kubeconfig.js';
import { kubernetesImage } from '../../kubeadm/manifests/index.js';
import { kubeconfigInputs } from './node-config.js';
import { kubeadmConfigObjects, kubeletConfigObjects } from './cluster-objects.js';
import { localApi } from './init.js';
import { kubeletConfiguration, kubeletFiles, KUBELET_CONFIG_PATH } from './kubelet-files.js';
import { durationMs } from './node-config.js';
import { writeControlPlaneManifests } from './node-setup.js';
/**
 * What `kubeadm upgrade` writes, done by kubeha: the cluster's kubeadm-config and kubelet-config at the new
 * version (upgrade apply, on the first control plane), each control plane's static pods, and each node's kubelet
 * configuration (upgrade node). Certificates are not renewed here (kubeadm renews them by default; `kubeha`
 * keeps that to certificate renewal of its own).
 */
/** The node's /var/lib/kubelet/config.yaml as the join wrote it, from the cluster's KubeletConfiguration. */
async function writeKubeletConfig(host, c) {
    const config = kubeletFiles(kubeletConfiguration(c.kubelet, c.cluster), c.init.nodeRegistration, host.name).find((f) => f.path === KUBELET_CONFIG_PATH);
    await host.writeFiles([config]);
}
/**
 * etcd's manifest changes only in its image, and only when the new release pins another etcd: the rest (its
 * initial cluster above all) stays as the join wrote it. Written only when it differs, so the member restarts
 * only when it must.
 */
async function upgradeEtcdImage(host, c) {
    const path = `${MANIFESTS_DIR}/etcd.yaml`;
    const current = (await host.readFile(path))?.toString('utf8');
    if (current === undefined)
        return;
    const pod = parse(current);
    const image = etcdImage(c.cluster);
    if (pod.spec.containers[0].image === image)
        return;
    pod.spec.containers[0].image = image;
    await host.writeFiles([{ path, data: manifestYaml(pod), mode: 0o600 }]);
}
export async function upgradeControlPlane(ctx, name, options) {
    const host = await ctx.hosts.get(name);
    const c = probeConfig(ctx, name);
    await doing('upgrading the control plane (what kubeadm upgrade writes)', name, async () => {
        if (options.first) {
            const api = await localApi(ctx, name, c);
            await retry('uploading kubeadm-config', () => applyAll(api, kubeadmConfigObjects(c.cluster)), durationMs(c.init.timeouts.kubernetesAPICall));
            await applyAll(api, kubeletConfigObjects(toKubeYaml(kubeletConfiguration(c.kubelet, c.cluster)), userDocuments(ctx.cluster).has('KubeletConfiguration')));
        }
        if (c.cluster.etcd.local)
            await upgradeEtcdImage(host, c);
        await writeControlPlaneManifests(host, c);
        await writeKubeletConfig(host, c);
    });
}
export async function upgradeWorker(ctx, name) {
    const host = await ctx.hosts.get(name);
    await doing('writing the kubelet configuration (what kubeadm upgrade node writes)', name, () => writeKubeletConfig(host, probeConfig(ctx, name)));
}
/** The images the addons run at ctx's version: kube-proxy's DaemonSet and CoreDNS's Deployment (absent when disabled). */
export function addonImages(ctx, name) {
    const cfg = probeConfig(ctx, name).cluster;
    return {
        ...(cfg.proxy.disabled ? {} : { kubeProxy: kubernetesImage('kube-proxy', cfg) }),
        ...(cfg.dns.disabled ? {} : { coreDns: coreDnsImage(cfg) }),
    };
}
/**
 * `kubeadm upgrade apply`'s addon phase: kube-proxy at the new release, CoreDNS at the one it pins (its replica
 * count kept), applied through the API of control plane `name`.
 */
export async function upgradeAddons(ctx, name) {
    const c = probeConfig(ctx, name);
    const cfg = c.cluster;
    await doing('upgrading the addons (what kubeadm upgrade apply writes)', name, async () => {
        const api = await localApi(ctx, name, c);
        if (!cfg.proxy.disabled) {
            const proxy = kubeProxyConfiguration(c.kubeProxy, cfg, c.advertiseAddress);
            await applyAll(api, kubeProxyObjects(proxy, controlPlaneEndpointUrl(kubeconfigInputs(c)), kubernetesImage('kube-proxy', cfg)));
        }
        if (!cfg.dns.disabled) {
            const existing = (await api.get({ apiVersion: 'apps/v1', kind: 'Deployment', namespace: 'kube-system', name: 'coredns' }));
            // The Corefile is the user's once it exists (kubeadm migrates it between CoreDNS versions; one version here).
            const corefile = await api.get({ apiVersion: 'v1', kind: 'ConfigMap', namespace: 'kube-system', name: 'coredns' });
            await applyAll(api, coreDnsObjects(cfg, existing?.spec?.replicas ?? 2).filter((o) => !(corefile && o.kind === 'ConfigMap')));
        }
    });
}
//# sourceMappingURL=upgrade.js.map