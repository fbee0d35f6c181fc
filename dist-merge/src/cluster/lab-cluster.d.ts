import { type LabState } from '../lab/index.js';
import type { EngineName } from '../config/cluster.js';
/**
 * What only a lab needs from the cluster config, kept in the cluster file (not in kubeha's defaults):
 * kube-proxy must not touch the conntrack sysctls (global, read-only from a host's network namespace), the
 * kubelet must not evict or collect images for a disk that is not the host's own, and kubeadm's preflight
 * checks that cannot pass in a namespace host are named one by one.
 */
export declare const LAB_KUBEADM_DOCUMENTS: ({
    apiVersion: string;
    kind: string;
    mode: string;
    conntrack: {
        maxPerCore: number;
        tcpEstablishedTimeout: string;
        tcpCloseWaitTimeout: string;
    };
    cgroupDriver?: undefined;
    failCgroupV1?: undefined;
    imageGCHighThresholdPercent?: undefined;
    evictionHard?: undefined;
    nodeRegistration?: undefined;
    apply?: undefined;
    node?: undefined;
} | {
    apiVersion: string;
    kind: string;
    cgroupDriver: string;
    failCgroupV1: boolean;
    imageGCHighThresholdPercent: number;
    evictionHard: {
        'memory.available': string;
        'nodefs.available': string;
        'imagefs.available': string;
        'nodefs.inodesFree': string;
    };
    mode?: undefined;
    conntrack?: undefined;
    nodeRegistration?: undefined;
    apply?: undefined;
    node?: undefined;
} | {
    apiVersion: string;
    kind: string;
    nodeRegistration: {
        ignorePreflightErrors: string[];
    };
    mode?: undefined;
    conntrack?: undefined;
    cgroupDriver?: undefined;
    failCgroupV1?: undefined;
    imageGCHighThresholdPercent?: undefined;
    evictionHard?: undefined;
    apply?: undefined;
    node?: undefined;
} | {
    apiVersion: string;
    kind: string;
    apply: {
        ignorePreflightErrors: string[];
    };
    node: {
        ignorePreflightErrors: string[];
    };
    mode?: undefined;
    conntrack?: undefined;
    cgroupDriver?: undefined;
    failCgroupV1?: undefined;
    imageGCHighThresholdPercent?: undefined;
    evictionHard?: undefined;
    nodeRegistration?: undefined;
})[];
export interface LabClusterOptions {
    topology?: 'stacked' | 'external';
    engine?: EngineName;
    /** Hosts whose engine differs from `engine` (a mixed cluster), by host name. */
    hostEngines?: Readonly<Record<string, EngineName>>;
    certificates?: 'upload' | 'manual';
    kubernetesVersion?: string;
}
/** The cluster file for a lab: every lab host, reached over SSH with the lab's key and recorded host keys. */
export declare function labClusterFile(lab: LabState, options?: LabClusterOptions): string;
