import { normalizeGoDuration } from './duration.js';
/** kubeadm v1beta4 defaults (defaults.go, defaults_unix.go, constants.go). */
export const DEFAULTS = {
    kubernetesVersion: 'stable-1',
    serviceSubnet: '10.96.0.0/12',
    dnsDomain: 'cluster.local',
    certificatesDir: '/etc/kubernetes/pki',
    imageRepository: 'registry.k8s.io',
    clusterName: 'kubernetes',
    etcdDataDir: '/var/lib/etcd',
    encryptionAlgorithm: 'RSA-2048',
    certificateValidityPeriod: '8760h0m0s',
    caCertificateValidityPeriod: '87600h0m0s',
    bindPort: 6443,
    criSocket: 'unix:///var/run/containerd/containerd.sock',
    caCertPath: '/etc/kubernetes/pki/ca.crt',
    tokenTTL: '24h0m0s',
    tokenUsages: ['signing', 'authentication'],
    tokenGroups: ['system:bootstrappers:kubeadm:default-node-token'],
    timeouts: {
        controlPlaneComponentHealthCheck: '4m0s',
        kubeletHealthCheck: '4m0s',
        kubernetesAPICall: '1m0s',
        etcdAPICall: '2m0s',
        tlsBootstrap: '5m0s',
        discovery: '5m0s',
        upgradeManifests: '5m0s',
    },
};
const args = (a) => (a ?? []).map((x) => ({ name: x.name, value: x.value ?? '' }));
const envs = (e) => (e ?? []).map((x) => ({ ...x }));
const volumes = (v) => (v ?? []).map((x) => ({ name: x.name, hostPath: x.hostPath, mountPath: x.mountPath, readOnly: x.readOnly ?? false, pathType: x.pathType ?? '' }));
function component(c) {
    return { extraArgs: args(c?.extraArgs), extraVolumes: volumes(c?.extraVolumes), extraEnvs: envs(c?.extraEnvs) };
}
function timeouts(t) {
    const out = { ...DEFAULTS.timeouts };
    for (const key of Object.keys(out)) {
        const given = t?.[key];
        if (given !== undefined)
            out[key] = normalizeGoDuration(given);
    }
    return out;
}
function nodeRegistration(n) {
    return {
        ...(n?.name === undefined ? {} : { name: n.name }),
        criSocket: n?.criSocket ?? DEFAULTS.criSocket,
        ...(n?.taints == null ? {} : { taints: n.taints.map((t) => ({ key: t.key, ...(t.value === undefined ? {} : { value: t.value }), effect: t.effect })) }),
        kubeletExtraArgs: args(n?.kubeletExtraArgs),
        ignorePreflightErrors: n?.ignorePreflightErrors ?? [],
        imagePullPolicy: n?.imagePullPolicy ?? 'IfNotPresent',
        imagePullSerial: n?.imagePullSerial ?? true,
    };
}
function apiEndpoint(e) {
    return {
        ...(e?.advertiseAddress ? { advertiseAddress: e.advertiseAddress } : {}),
        bindPort: e?.bindPort || DEFAULTS.bindPort,
    };
}
export function defaultInit(raw) {
    const tokens = raw?.bootstrapTokens?.length ? raw.bootstrapTokens : [{}];
    return {
        kind: 'InitConfiguration',
        bootstrapTokens: tokens.map((t) => ({
            ...(t.token === undefined ? {} : { token: t.token }),
            ...(t.description === undefined ? {} : { description: t.description }),
            // expires and ttl are exclusive: a token with an expiry gets no default TTL.
            ...(t.expires !== undefined ? { expires: t.expires } : { ttl: normalizeGoDuration(t.ttl ?? DEFAULTS.tokenTTL) }),
            usages: t.usages ?? [...DEFAULTS.tokenUsages],
            groups: t.groups ?? [...DEFAULTS.tokenGroups],
        })),
        dryRun: raw?.dryRun ?? false,
        nodeRegistration: nodeRegistration(raw?.nodeRegistration),
        localAPIEndpoint: apiEndpoint(raw?.localAPIEndpoint),
        ...(raw?.certificateKey ? { certificateKey: raw.certificateKey.toLowerCase() } : {}),
        skipPhases: raw?.skipPhases ?? [],
        ...(raw?.patches ? { patches: raw.patches } : {}),
        timeouts: timeouts(raw?.timeouts),
    };
}
/** "1.37.2" → "v1.37.2", as kubeadm normalises concrete versions; labels stay. */
function normalizeVersion(v) {
    return /^\d+\.\d+\.\d+/.test(v) ? `v${v}` : v;
}
export function defaultCluster(raw) {
    const externalRaw = raw?.etcd?.external;
    const localRaw = raw?.etcd?.local;
    const etcd = externalRaw
        ? {
            external: {
                endpoints: externalRaw.endpoints,
                httpEndpoints: externalRaw.httpEndpoints?.length ? externalRaw.httpEndpoints : [...externalRaw.endpoints],
                caFile: externalRaw.caFile ?? '',
                certFile: externalRaw.certFile ?? '',
                keyFile: externalRaw.keyFile ?? '',
            },
        }
        : {
            local: {
                ...(localRaw?.imageRepository ? { imageRepository: localRaw.imageRepository } : {}),
                ...(localRaw?.imageTag ? { imageTag: localRaw.imageTag } : {}),
                dataDir: localRaw?.dataDir || DEFAULTS.etcdDataDir,
                extraArgs: args(localRaw?.extraArgs),
                extraEnvs: envs(localRaw?.extraEnvs),
                serverCertSANs: localRaw?.serverCertSANs ?? [],
                peerCertSANs: localRaw?.peerCertSANs ?? [],
            },
        };
    return {
        kind: 'ClusterConfiguration',
        etcd,
        networking: {
            serviceSubnet: raw?.networking?.serviceSubnet || DEFAULTS.serviceSubnet,
            ...(raw?.networking?.podSubnet ? { podSubnet: raw.networking.podSubnet } : {}),
            dnsDomain: raw?.networking?.dnsDomain || DEFAULTS.dnsDomain,
        },
        kubernetesVersion: normalizeVersion(raw?.kubernetesVersion || DEFAULTS.kubernetesVersion),
        ...(raw?.controlPlaneEndpoint ? { controlPlaneEndpoint: raw.controlPlaneEndpoint } : {}),
        apiServer: { ...component(raw?.apiServer), certSANs: raw?.apiServer?.certSANs ?? [] },
        controllerManager: component(raw?.controllerManager),
        scheduler: component(raw?.scheduler),
        dns: {
            ...(raw?.dns?.imageRepository ? { imageRepository: raw.dns.imageRepository } : {}),
            ...(raw?.dns?.imageTag ? { imageTag: raw.dns.imageTag } : {}),
            disabled: raw?.dns?.disabled ?? false,
        },
        proxy: { disabled: raw?.proxy?.disabled ?? false },
        certificatesDir: raw?.certificatesDir || DEFAULTS.certificatesDir,
        imageRepository: raw?.imageRepository || DEFAULTS.imageRepository,
        featureGates: raw?.featureGates ?? {},
        clusterName: raw?.clusterName || DEFAULTS.clusterName,
        encryptionAlgorithm: raw?.encryptionAlgorithm ?? 'RSA-2048',
        certificateValidityPeriod: normalizeGoDuration(raw?.certificateValidityPeriod ?? DEFAULTS.certificateValidityPeriod),
        caCertificateValidityPeriod: normalizeGoDuration(raw?.caCertificateValidityPeriod ?? DEFAULTS.caCertificateValidityPeriod),
    };
}
export function defaultJoin(raw) {
    const bt = raw.discovery.bootstrapToken;
    let file = raw.discovery.file;
    if (file?.kubeConfigPath.startsWith('file://'))
        file = { kubeConfigPath: file.kubeConfigPath.slice('file://'.length) };
    const tlsBootstrapToken = raw.discovery.tlsBootstrapToken || bt?.token;
    return {
        kind: 'JoinConfiguration',
        dryRun: raw.dryRun ?? false,
        nodeRegistration: nodeRegistration(raw.nodeRegistration),
        caCertPath: raw.caCertPath || DEFAULTS.caCertPath,
        discovery: {
            ...(bt
                ? {
                    bootstrapToken: {
                        token: bt.token,
                        apiServerEndpoint: bt.apiServerEndpoint,
                        caCertHashes: bt.caCertHashes ?? [],
                        unsafeSkipCAVerification: bt.unsafeSkipCAVerification ?? false,
                    },
                }
                : {}),
            ...(file ? { file } : {}),
            ...(tlsBootstrapToken ? { tlsBootstrapToken } : {}),
        },
        ...(raw.controlPlane
            ? {
                controlPlane: {
                    localAPIEndpoint: apiEndpoint(raw.controlPlane.localAPIEndpoint),
                    ...(raw.controlPlane.certificateKey ? { certificateKey: raw.controlPlane.certificateKey.toLowerCase() } : {}),
                },
            }
            : {}),
        skipPhases: raw.skipPhases ?? [],
        ...(raw.patches ? { patches: raw.patches } : {}),
        timeouts: timeouts(raw.timeouts),
    };
}
//# sourceMappingURL=defaults.js.map