import type { ClusterConfiguration, ExternalEtcd } from '../config/types.js';
import { type HostPathVolume, type VolumeMount } from './pod.js';
export interface ComponentMounts {
    volumes: HostPathVolume[];
    mounts: VolumeMount[];
}
/** Host-path volumes of kube-apiserver, kube-controller-manager and kube-scheduler (phases/controlplane/volumes.go). */
export declare function controlPlaneMounts(cfg: ClusterConfiguration, existingCaCertDirs: readonly string[]): {
    apiserver: ComponentMounts;
    controllerManager: ComponentMounts;
    scheduler: ComponentMounts;
};
/**
 * Directories holding the external etcd client files that are not already mounted, parents absorbing
 * their subdirectories, in sorted order (they become etcd-certs-0, -1, ...).
 */
export declare function externalEtcdCertDirs(etcd: ExternalEtcd, certificatesDir: string): string[];
