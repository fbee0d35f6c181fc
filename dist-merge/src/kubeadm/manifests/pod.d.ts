import type { EnvVar } from '../config/types.js';
/**
 * The subset of core/v1 Pod that kubeadm's static pods use, shaped like kubeadm serialises them
 * (Go omitempty: false booleans, zero numbers and empty lists are left out).
 */
export interface HostPathVolume {
    name: string;
    hostPath: {
        path: string;
        type: string;
    };
}
export interface VolumeMount {
    name: string;
    mountPath: string;
    readOnly?: true;
}
export interface HttpProbe {
    httpGet: {
        host?: string;
        path: string;
        port: 'probe-port';
        scheme: 'HTTP' | 'HTTPS';
    };
    initialDelaySeconds?: number;
    timeoutSeconds: number;
    failureThreshold: number;
    periodSeconds: number;
}
export interface Container {
    name: string;
    image: string;
    imagePullPolicy: 'IfNotPresent';
    command: string[];
    env?: EnvVar[];
    livenessProbe: HttpProbe;
    readinessProbe?: HttpProbe;
    startupProbe: HttpProbe;
    ports: Array<{
        name: 'probe-port';
        containerPort: number;
        protocol: 'TCP';
    }>;
    resources: {
        requests: Record<string, string>;
    };
    volumeMounts: VolumeMount[];
}
export interface StaticPod {
    apiVersion: 'v1';
    kind: 'Pod';
    metadata: {
        name: string;
        namespace: 'kube-system';
        labels: {
            component: string;
            tier: 'control-plane';
        };
        annotations?: Record<string, string>;
    };
    spec: {
        containers: [Container];
        hostNetwork: true;
        priority: number;
        priorityClassName: 'system-node-critical';
        securityContext: {
            seccompProfile: {
                type: 'RuntimeDefault';
            };
        };
        volumes: HostPathVolume[];
    };
    status: Record<string, never>;
}
export declare function componentPod(container: Container, volumes: readonly HostPathVolume[], annotations?: Record<string, string>): StaticPod;
export declare function byName<T extends {
    name: string;
}>(items: readonly T[]): T[];
export declare function hostPathVolume(name: string, path: string, type: string): HostPathVolume;
export declare function volumeMount(name: string, mountPath: string, readOnly: boolean): VolumeMount;
type Scheme = 'HTTP' | 'HTTPS';
export declare const livenessProbe: (host: string, path: string, scheme: Scheme) => HttpProbe;
export declare const readinessProbe: (host: string, path: string, scheme: Scheme) => HttpProbe;
/** Enough failures at a 10 s period to cover the whole control-plane health-check timeout. */
export declare function startupProbe(host: string, path: string, scheme: Scheme, healthCheckTimeout: string): HttpProbe;
/** A wildcard bind address cannot be probed; empty makes the kubelet use the pod IP. */
export declare function probeAddress(address: string): string;
/** net.JoinHostPort. */
export declare function joinHostPort(host: string, port: number): string;
/** kubeadm's MergeKubeadmEnvVars: later lists win by name, result sorted by name. */
export declare function mergeEnv(...lists: ReadonlyArray<readonly EnvVar[]>): EnvVar[];
export {};
