import { toKubeYaml } from './print.js';
export const INIT_FLAG_NAMES = {
    apiserverAdvertiseAddress: '--apiserver-advertise-address',
    apiserverBindPort: '--apiserver-bind-port',
    nodeName: '--node-name',
    controlPlaneEndpoint: '--control-plane-endpoint',
    serviceCidr: '--service-cidr',
    serviceDnsDomain: '--service-dns-domain',
    apiserverCertExtraSans: '--apiserver-cert-extra-sans',
    kubernetesVersion: '--kubernetes-version',
    encryptionAlgorithm: '--encryption-algorithm',
};
/** The flags that were given, by their kubeadm names. */
export function givenInitFlags(flags) {
    return Object.keys(INIT_FLAG_NAMES).filter((k) => flags[k] !== undefined).map((k) => INIT_FLAG_NAMES[k]);
}
/** A v1beta4 Init+Cluster configuration carrying the flags, so flags and --config go through the same loader. */
export function initConfigFromFlags(flags) {
    const port = flags.apiserverBindPort === undefined ? undefined : Number(flags.apiserverBindPort);
    const init = {
        apiVersion: 'kubeadm.k8s.io/v1beta4',
        kind: 'InitConfiguration',
        localAPIEndpoint: {
            ...(flags.apiserverAdvertiseAddress ? { advertiseAddress: flags.apiserverAdvertiseAddress } : {}),
            ...(port === undefined ? {} : { bindPort: Number.isInteger(port) ? port : flags.apiserverBindPort }),
        },
        nodeRegistration: flags.nodeName ? { name: flags.nodeName } : {},
    };
    const sans = (flags.apiserverCertExtraSans ?? '').split(',').map((s) => s.trim()).filter(Boolean);
    const cluster = {
        apiVersion: 'kubeadm.k8s.io/v1beta4',
        kind: 'ClusterConfiguration',
        ...(flags.kubernetesVersion ? { kubernetesVersion: flags.kubernetesVersion } : {}),
        ...(flags.controlPlaneEndpoint ? { controlPlaneEndpoint: flags.controlPlaneEndpoint } : {}),
        ...(flags.encryptionAlgorithm ? { encryptionAlgorithm: flags.encryptionAlgorithm } : {}),
        networking: {
            ...(flags.serviceCidr ? { serviceSubnet: flags.serviceCidr } : {}),
            ...(flags.serviceDnsDomain ? { dnsDomain: flags.serviceDnsDomain } : {}),
        },
        ...(sans.length > 0 ? { apiServer: { certSANs: sans } } : {}),
    };
    return `${toKubeYaml(init)}---\n${toKubeYaml(cluster)}`;
}
//# sourceMappingURL=from-flags.js.map