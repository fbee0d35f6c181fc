import type { ClusterConfiguration } from '../config/types.js';
export declare const DEFAULT_ETCD_VERSION = "3.7.0-0";
/**
 * What an older kubeadm release pins instead, by the cluster's minor: the pins follow the kubeadm that inits (or
 * upgrades) a cluster, not only its minor. kubeadm v1.36.5 pins etcd 3.6.8-0 and CoreDNS v1.14.2 (its
 * constants.go), v1.37.x pins 3.7.0-0 for minors 34–36 and CoreDNS v1.14.6. A cluster at v1.36 is one that
 * kubeadm v1.36 made; kubeha builds v1.36.5, the newest v1.36 patch the module proxy serves.
 */
export declare const OLDER_RELEASE_PINS: Readonly<Record<number, {
    etcd: string;
    coredns: string;
}>>;
export declare function minorOf(cfg: Pick<ClusterConfiguration, 'kubernetesVersion'>): number;
export declare function kubernetesImage(component: string, cfg: ClusterConfiguration): string;
export declare function etcdImage(cfg: Pick<ClusterConfiguration, 'imageRepository' | 'kubernetesVersion' | 'etcd'>): string;
