import { InputError } from '../../errors.js';
/** etcd image tags per Kubernetes minor (constants.SupportedEtcdVersion of kubeadm v1.37.2); outside the table the nearest entry is used. */
const SUPPORTED_ETCD = [
    [34, '3.7.0-0'],
    [35, '3.7.0-0'],
    [36, '3.7.0-0'],
];
export const DEFAULT_ETCD_VERSION = '3.7.0-0';
/**
 * What an older kubeadm release pins instead, by the cluster's minor: the pins follow the kubeadm that inits (or
 * upgrades) a cluster, not only its minor. kubeadm v1.36.5 pins etcd 3.6.8-0 and CoreDNS v1.14.2 (its
 * constants.go), v1.37.x pins 3.7.0-0 for minors 34–36 and CoreDNS v1.14.6. A cluster at v1.36 is one that
 * kubeadm v1.36 made; kubeha builds v1.36.5, the newest v1.36 patch the module proxy serves.
 */
export const OLDER_RELEASE_PINS = {
    36: { etcd: '3.6.8-0', coredns: 'v1.14.2' },
};
export function minorOf(cfg) {
    return Number(/^v?\d+\.(\d+)/.exec(concreteVersion(cfg))[1]);
}
function concreteVersion(cfg) {
    if (!/^v\d+\.\d+\.\d+/.test(cfg.kubernetesVersion)) {
        throw new InputError('building static pod manifests', [
            {
                path: 'ClusterConfiguration.kubernetesVersion',
                message: `"${cfg.kubernetesVersion}" is a release label; kubeha does not look labels up, set a concrete version such as v1.37.2`,
            },
        ]);
    }
    return cfg.kubernetesVersion;
}
export function kubernetesImage(component, cfg) {
    return `${cfg.imageRepository}/${component}:${concreteVersion(cfg).replace(/[^-\w.]/g, '_')}`;
}
export function etcdImage(cfg) {
    const repo = cfg.etcd.local?.imageRepository || cfg.imageRepository;
    let tag = cfg.etcd.local?.imageTag;
    if (!tag)
        tag = OLDER_RELEASE_PINS[minorOf(cfg)]?.etcd;
    if (!tag) {
        const minor = minorOf(cfg);
        const exact = SUPPORTED_ETCD.find(([m]) => m === minor);
        tag = exact ? exact[1] : minor < SUPPORTED_ETCD[0][0] ? SUPPORTED_ETCD[0][1] : SUPPORTED_ETCD[SUPPORTED_ETCD.length - 1][1];
    }
    return `${repo}/etcd:${tag}`;
}
//# sourceMappingURL=images.js.map