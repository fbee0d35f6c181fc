import { isIPv6 } from 'node:net';
import { parseGoDuration } from '../config/duration.js';
import type { EnvVar } from '../config/types.js';

/**
 * The subset of core/v1 Pod that kubeadm's static pods use, shaped like kubeadm serialises them
 * (Go omitempty: false booleans, zero numbers and empty lists are left out).
 */

export interface HostPathVolume {
  name: string;
  hostPath: { path: string; type: string };
}

export interface VolumeMount {
  name: string;
  mountPath: string;
  readOnly?: true;
}

export interface HttpProbe {
  httpGet: { host?: string; path: string; port: 'probe-port'; scheme: 'HTTP' | 'HTTPS' };
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
  ports: Array<{ name: 'probe-port'; containerPort: number; protocol: 'TCP' }>;
  resources: { requests: Record<string, string> };
  volumeMounts: VolumeMount[];
}

export interface StaticPod {
  apiVersion: 'v1';
  kind: 'Pod';
  metadata: {
    name: string;
    namespace: 'kube-system';
    labels: { component: string; tier: 'control-plane' };
    annotations?: Record<string, string>;
  };
  spec: {
    containers: [Container];
    hostNetwork: true;
    priority: number;
    priorityClassName: 'system-node-critical';
    securityContext: { seccompProfile: { type: 'RuntimeDefault' } };
    volumes: HostPathVolume[];
  };
  status: Record<string, never>;
}

/** Priority value of the system-node-critical class. */
const SYSTEM_NODE_CRITICAL = 2000001000;

export function componentPod(container: Container, volumes: readonly HostPathVolume[], annotations?: Record<string, string>): StaticPod {
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: {
      name: container.name,
      namespace: 'kube-system',
      labels: { component: container.name, tier: 'control-plane' },
      ...(annotations ? { annotations } : {}),
    },
    spec: {
      containers: [container],
      hostNetwork: true,
      priority: SYSTEM_NODE_CRITICAL,
      priorityClassName: 'system-node-critical',
      securityContext: { seccompProfile: { type: 'RuntimeDefault' } },
      volumes: byName(volumes),
    },
    status: {},
  };
}

export function byName<T extends { name: string }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

export function hostPathVolume(name: string, path: string, type: string): HostPathVolume {
  return { name, hostPath: { path, type } };
}

export function volumeMount(name: string, mountPath: string, readOnly: boolean): VolumeMount {
  return readOnly ? { name, mountPath, readOnly: true } : { name, mountPath };
}

type Scheme = 'HTTP' | 'HTTPS';

function probe(host: string, path: string, scheme: Scheme, delay: number, timeout: number, failure: number, period: number): HttpProbe {
  return {
    httpGet: { ...(host === '' ? {} : { host }), path, port: 'probe-port', scheme },
    ...(delay === 0 ? {} : { initialDelaySeconds: delay }),
    timeoutSeconds: timeout,
    failureThreshold: failure,
    periodSeconds: period,
  };
}

export const livenessProbe = (host: string, path: string, scheme: Scheme) => probe(host, path, scheme, 10, 15, 8, 10);
export const readinessProbe = (host: string, path: string, scheme: Scheme) => probe(host, path, scheme, 0, 15, 3, 1);

/** Enough failures at a 10 s period to cover the whole control-plane health-check timeout. */
export function startupProbe(host: string, path: string, scheme: Scheme, healthCheckTimeout: string): HttpProbe {
  const seconds = Number(parseGoDuration(healthCheckTimeout) ?? 240_000_000_000n) / 1e9;
  return probe(host, path, scheme, 10, 15, Math.ceil(seconds / 10), 10);
}

/** A wildcard bind address cannot be probed; empty makes the kubelet use the pod IP. */
export function probeAddress(address: string): string {
  return address === '0.0.0.0' || address === '::' ? '' : address;
}

/** net.JoinHostPort. */
export function joinHostPort(host: string, port: number): string {
  return isIPv6(host) ? `[${host}]:${port}` : `${host}:${port}`;
}

/** kubeadm's MergeKubeadmEnvVars: later lists win by name, result sorted by name. */
export function mergeEnv(...lists: ReadonlyArray<readonly EnvVar[]>): EnvVar[] {
  const byKey = new Map<string, EnvVar>();
  for (const list of lists) for (const e of list) byKey.set(e.name, e);
  return byName([...byKey.values()]);
}
