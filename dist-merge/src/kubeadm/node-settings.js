import { hostname } from 'node:os';
import { InputError } from '../errors.js';
import { parseGoDuration } from './config/duration.js';
import { CA_CERTS_EXTRA_DIRS, controlPlanePods, etcdPod, writeStaticPods } from './manifests/index.js';
import { MANIFESTS_DIR } from './manifests/write.js';
export function durationMs(text) {
    const ns = parseGoDuration(text);
    if (ns === undefined)
        throw new Error(`invalid duration ${text}`);
    return Number(ns / 1000000n);
}
/**
 * The settings of this machine from a loaded `--config` file, as kubeadm init resolves them: the node name
 * defaults to the lower-cased hostname; the advertise address must be given (kubeha does not guess it from routes).
 */
export function nodeSettingsFromConfig(loaded, source, machineName = hostname().toLowerCase()) {
    const init = loaded.init;
    const cluster = loaded.cluster;
    if (!init || !cluster) {
        throw new InputError(`reading ${source}`, [{ path: 'InitConfiguration', message: 'an InitConfiguration or ClusterConfiguration document is required' }]);
    }
    const advertiseAddress = init.localAPIEndpoint.advertiseAddress;
    if (!advertiseAddress) {
        throw new InputError(`reading ${source}`, [{ path: 'InitConfiguration.localAPIEndpoint.advertiseAddress', message: 'is required (kubeha does not guess it)' }]);
    }
    return { cluster, nodeName: init.nodeRegistration.name ?? machineName, advertiseAddress, bindPort: init.localAPIEndpoint.bindPort, init };
}
export function pkiInputs(c) {
    const cfg = c.cluster;
    return {
        nodeName: c.nodeName,
        advertiseAddress: c.advertiseAddress,
        ...(cfg.controlPlaneEndpoint ? { controlPlaneEndpoint: cfg.controlPlaneEndpoint } : {}),
        serviceSubnet: cfg.networking.serviceSubnet,
        dnsDomain: cfg.networking.dnsDomain,
        certSANs: cfg.apiServer.certSANs,
        etcdServerSANs: cfg.etcd.local?.serverCertSANs ?? [],
        etcdPeerSANs: cfg.etcd.local?.peerCertSANs ?? [],
        encryptionAlgorithm: cfg.encryptionAlgorithm,
        certificateValidityPeriod: durationMs(cfg.certificateValidityPeriod),
        caCertificateValidityPeriod: durationMs(cfg.caCertificateValidityPeriod),
        externalEtcd: cfg.etcd.external !== undefined,
        certificatesDir: cfg.certificatesDir,
    };
}
export function kubeconfigInputs(c, kubeconfigDir = '/etc/kubernetes') {
    const cfg = c.cluster;
    return {
        nodeName: c.nodeName,
        advertiseAddress: c.advertiseAddress,
        bindPort: c.bindPort,
        ...(cfg.controlPlaneEndpoint ? { controlPlaneEndpoint: cfg.controlPlaneEndpoint } : {}),
        clusterName: cfg.clusterName,
        encryptionAlgorithm: cfg.encryptionAlgorithm,
        certificateValidityPeriod: durationMs(cfg.certificateValidityPeriod),
        certificatesDir: cfg.certificatesDir,
        kubeconfigDir,
    };
}
/** Which of kubeadm's optional CA directories exist on the host (read-only probe). */
export async function existingCaCertDirs(host) {
    const r = await host.exec(['sh', '-c', 'for d in "$@"; do if [ -d "$d" ]; then echo "$d"; fi; done', 'sh', ...CA_CERTS_EXTRA_DIRS], {
        doing: 'looking for CA certificate directories',
    });
    return r.stdout.split('\n').filter(Boolean);
}
export const CONTROL_PLANE_COMPONENTS = ['kube-apiserver', 'kube-controller-manager', 'kube-scheduler'];
/** `init phase control-plane`: the static pods of the named components (all three by default). */
export async function writeControlPlaneManifests(host, c, options = {}) {
    const facts = {
        nodeName: c.nodeName,
        advertiseAddress: c.advertiseAddress,
        bindPort: c.bindPort,
        existingCaCertDirs: await existingCaCertDirs(host),
        controlPlaneComponentHealthCheck: c.init.timeouts.controlPlaneComponentHealthCheck,
    };
    const pods = controlPlanePods(c.cluster, facts);
    const chosen = (options.only ?? CONTROL_PLANE_COMPONENTS).map((name) => pods[name]);
    await writeStaticPods(host, chosen, options.dir ?? MANIFESTS_DIR);
    return chosen;
}
/** `init phase etcd local` (no initial cluster) or the join's etcd static pod. */
export async function writeEtcdManifest(host, c, initialCluster = [], dir = MANIFESTS_DIR) {
    const facts = { nodeName: c.nodeName, advertiseAddress: c.advertiseAddress, controlPlaneComponentHealthCheck: c.init.timeouts.controlPlaneComponentHealthCheck };
    const pod = etcdPod(c.cluster, facts, initialCluster);
    await writeStaticPods(host, [pod], dir);
    return pod;
}
//# sourceMappingURL=node-settings.js.map