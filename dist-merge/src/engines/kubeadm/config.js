import { parseAllDocuments, stringify } from 'yaml';
import { InputError } from '../../errors.js';
import { hostsWithRole } from '../../config/cluster.js';
/** Where kubeha keeps the kubeadm config it hands to kubeadm on each host (0600: it holds secrets). */
export const INIT_CONFIG_PATH = '/etc/kubeha/kubeadm-init.yaml';
export const JOIN_CONFIG_PATH = '/etc/kubeha/kubeadm-join.yaml';
export const UPGRADE_CONFIG_PATH = '/etc/kubeha/kubeadm-upgrade.yaml';
export const CERTS_CONFIG_PATH = '/etc/kubeha/kubeadm-certs.yaml';
export const CRI_SOCKET = 'unix:///run/containerd/containerd.sock';
const API = 'kubeadm.k8s.io/v1beta4';
function isObject(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}
/** Deep merge: objects merge, everything else (lists included) is replaced by `over`. */
export function deepMerge(under, over) {
    const out = { ...under };
    for (const [k, v] of Object.entries(over)) {
        const u = out[k];
        out[k] = isObject(u) && isObject(v) ? deepMerge(u, v) : v;
    }
    return out;
}
/** The user's extra kubeadm documents (spec.kubeadm), by kind. */
export function userDocuments(cluster) {
    const out = new Map();
    if (cluster.spec.kubeadm === undefined)
        return out;
    const docs = parseAllDocuments(cluster.spec.kubeadm);
    const issues = [];
    for (const [i, doc] of (Array.isArray(docs) ? docs : [docs]).entries()) {
        if (doc.errors.length > 0) {
            issues.push({ path: `spec.kubeadm (document ${i + 1})`, message: doc.errors[0].message.split('\n')[0] });
            continue;
        }
        const value = doc.toJS();
        if (value === null || value === undefined)
            continue;
        if (!isObject(value) || typeof value['kind'] !== 'string') {
            issues.push({ path: `spec.kubeadm (document ${i + 1})`, message: 'each document needs a kind' });
            continue;
        }
        out.set(value['kind'], value);
    }
    if (issues.length > 0)
        throw new InputError('reading spec.kubeadm', issues);
    return out;
}
function clusterConfiguration(cluster, endpoint) {
    const spec = cluster.spec;
    const etcdHosts = hostsWithRole(cluster, 'etcd');
    return {
        apiVersion: API,
        kind: 'ClusterConfiguration',
        kubernetesVersion: spec.kubernetesVersion,
        clusterName: cluster.metadata.name,
        controlPlaneEndpoint: `${endpoint.host}:${endpoint.port}`,
        networking: { ...spec.networking },
        ...(spec.topology === 'external'
            ? {
                etcd: {
                    external: {
                        endpoints: etcdHosts.map((h) => `https://${h.address}:2379`),
                        caFile: '/etc/kubernetes/pki/etcd/ca.crt',
                        certFile: '/etc/kubernetes/pki/apiserver-etcd-client.crt',
                        keyFile: '/etc/kubernetes/pki/apiserver-etcd-client.key',
                    },
                },
            }
            : {}),
    };
}
function nodeRegistration(host, taints) {
    return { name: host.name, criSocket: CRI_SOCKET, ...(taints === undefined ? {} : { taints }) };
}
function render(docs, user, componentConfigs) {
    const kinds = new Set(docs.map((d) => d['kind']));
    const merged = docs.map((d) => {
        const u = user.get(d['kind']);
        return u ? deepMerge(u, d) : d;
    });
    for (const [kind, doc] of user) {
        if (componentConfigs && !kinds.has(kind) && (kind === 'KubeletConfiguration' || kind === 'KubeProxyConfiguration'))
            merged.push(doc);
    }
    return merged.map((d) => stringify(d)).join('---\n');
}
/** `kubeadm init --config` for the first control plane: the certificate key lives here, never on the command line. */
export function initConfig(cluster, endpoint, host, secrets) {
    const user = userDocuments(cluster);
    const init = {
        apiVersion: API,
        kind: 'InitConfiguration',
        bootstrapTokens: [{ token: secrets.token, ttl: '24h0m0s', usages: ['signing', 'authentication'], groups: ['system:bootstrappers:kubeadm:default-node-token'] }],
        ...(secrets.certificateKey === undefined ? {} : { certificateKey: secrets.certificateKey }),
        localAPIEndpoint: { advertiseAddress: host.address, bindPort: 6443 },
        nodeRegistration: nodeRegistration(host),
    };
    return render([init, clusterConfiguration(cluster, endpoint)], user, true);
}
/**
 * `kubeadm certs renew|init phase certs --config` on a control plane: this node's InitConfiguration (no token, no
 * certificate key) and the cluster's ClusterConfiguration, so kubeadm needs neither the API nor a default route.
 */
export function certsConfig(cluster, endpoint, host) {
    const init = {
        apiVersion: API,
        kind: 'InitConfiguration',
        localAPIEndpoint: { advertiseAddress: host.address, bindPort: 6443 },
        nodeRegistration: nodeRegistration(host),
    };
    return render([init, clusterConfiguration(cluster, endpoint)], userDocuments(cluster), false);
}
export function writeCertsConfig(ctx, host) {
    return host.writeFiles([{ path: CERTS_CONFIG_PATH, data: certsConfig(ctx.cluster, ctx.endpoint, ctx.hosts.spec(host.name)), mode: 0o600 }]);
}
/** `kubeadm join --config` for a control plane or a worker. */
export function joinConfig(cluster, endpoint, host, secrets) {
    const user = userDocuments(cluster);
    const controlPlane = host.role === 'control-plane';
    const join = {
        apiVersion: API,
        kind: 'JoinConfiguration',
        discovery: {
            bootstrapToken: { token: secrets.token, apiServerEndpoint: `${endpoint.host}:${endpoint.port}`, caCertHashes: [secrets.caCertHash] },
        },
        nodeRegistration: nodeRegistration(host, controlPlane ? undefined : []),
        ...(controlPlane
            ? {
                controlPlane: {
                    localAPIEndpoint: { advertiseAddress: host.address, bindPort: 6443 },
                    ...(secrets.certificateKey === undefined ? {} : { certificateKey: secrets.certificateKey }),
                },
            }
            : {}),
    };
    // Join takes the kubelet and proxy configuration from the cluster's ConfigMaps, not from this file.
    return render([join], user, false);
}
/** kubeha's init config on this host, 0600 (it holds the token and the certificate key): both engines' `--config`. */
export function writeInitConfig(ctx, host, secrets) {
    return host.writeFiles([{ path: INIT_CONFIG_PATH, data: initConfig(ctx.cluster, ctx.endpoint, ctx.hosts.spec(host.name), secrets), mode: 0o600 }]);
}
/** The join config for this host, 0600 (it holds the token and the certificate key). */
export function writeJoinConfig(ctx, host, secrets) {
    const spec = ctx.hosts.spec(host.name);
    const config = joinConfig(ctx.cluster, ctx.endpoint, spec, {
        token: secrets.token,
        caCertHash: secrets.caCertHash,
        ...(spec.role === 'control-plane' && secrets.certificateKey !== '' ? { certificateKey: secrets.certificateKey } : {}),
    });
    return host.writeFiles([{ path: JOIN_CONFIG_PATH, data: config, mode: 0o600 }]);
}
/**
 * `kubeadm upgrade apply|node --config` for ctx's release: the user's UpgradeConfiguration (spec.kubeadm; the lab
 * names the preflight checks it skips there) with apply.kubernetesVersion set to the target.
 */
export function upgradeConfig(cluster) {
    const user = userDocuments(cluster).get('UpgradeConfiguration') ?? {};
    const ours = { apiVersion: API, kind: 'UpgradeConfiguration', apply: { kubernetesVersion: cluster.spec.kubernetesVersion } };
    return stringify(deepMerge(user, ours));
}
export function writeUpgradeConfig(ctx, host) {
    return host.writeFiles([{ path: UPGRADE_CONFIG_PATH, data: upgradeConfig(ctx.cluster), mode: 0o600 }]);
}
//# sourceMappingURL=config.js.map