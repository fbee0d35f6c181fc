import { hostname } from 'node:os';
import { stringify } from 'yaml';
import { DEFAULTS } from './defaults.js';
/**
 * The documents `kubeadm config print init-defaults` / `join-defaults` print: the static defaults with
 * kubeadm's placeholders (token abcdef.0123456789abcdef, advertise address 1.2.3.4, node name "node").
 */
const PLACEHOLDER_TOKEN = 'abcdef.0123456789abcdef';
/** kubeadm prints its own minor release with patch 0 (constants.CurrentKubernetesVersion). */
const PRINTED_KUBERNETES_VERSION = '1.37.0';
/** YAML the way kubeadm's marshaller writes it: keys sorted, sequences not indented. */
export function toKubeYaml(value) {
    return stringify(value, { sortMapEntries: true, indentSeq: false, lineWidth: 0 });
}
function nodeRegistration(name) {
    return {
        criSocket: DEFAULTS.criSocket,
        imagePullPolicy: 'IfNotPresent',
        imagePullSerial: true,
        name,
        taints: null,
    };
}
export function printInitDefaults() {
    const init = {
        apiVersion: 'kubeadm.k8s.io/v1beta4',
        kind: 'InitConfiguration',
        bootstrapTokens: [
            { groups: [...DEFAULTS.tokenGroups], token: PLACEHOLDER_TOKEN, ttl: DEFAULTS.tokenTTL, usages: [...DEFAULTS.tokenUsages] },
        ],
        localAPIEndpoint: { advertiseAddress: '1.2.3.4', bindPort: DEFAULTS.bindPort },
        nodeRegistration: nodeRegistration('node'),
        timeouts: { ...DEFAULTS.timeouts },
    };
    const cluster = {
        apiVersion: 'kubeadm.k8s.io/v1beta4',
        kind: 'ClusterConfiguration',
        apiServer: {},
        caCertificateValidityPeriod: DEFAULTS.caCertificateValidityPeriod,
        certificateValidityPeriod: DEFAULTS.certificateValidityPeriod,
        certificatesDir: DEFAULTS.certificatesDir,
        clusterName: DEFAULTS.clusterName,
        controllerManager: {},
        dns: {},
        encryptionAlgorithm: DEFAULTS.encryptionAlgorithm,
        etcd: { local: { dataDir: DEFAULTS.etcdDataDir } },
        imageRepository: DEFAULTS.imageRepository,
        kubernetesVersion: PRINTED_KUBERNETES_VERSION,
        networking: { dnsDomain: DEFAULTS.dnsDomain, serviceSubnet: DEFAULTS.serviceSubnet },
        proxy: {},
        scheduler: {},
    };
    return `${toKubeYaml(init)}---\n${toKubeYaml(cluster)}`;
}
export function printJoinDefaults(options = {}) {
    const join = {
        apiVersion: 'kubeadm.k8s.io/v1beta4',
        kind: 'JoinConfiguration',
        caCertPath: DEFAULTS.caCertPath,
        discovery: {
            bootstrapToken: { apiServerEndpoint: 'kube-apiserver:6443', token: PLACEHOLDER_TOKEN, unsafeSkipCAVerification: true },
            tlsBootstrapToken: PLACEHOLDER_TOKEN,
        },
        // kubeadm fills the node name from the machine's hostname here.
        nodeRegistration: nodeRegistration(options.nodeName ?? hostname().toLowerCase()),
        timeouts: { ...DEFAULTS.timeouts },
    };
    return toKubeYaml(join);
}
//# sourceMappingURL=print.js.map