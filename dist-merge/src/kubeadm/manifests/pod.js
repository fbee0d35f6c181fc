import { isIPv6 } from 'node:net';
import { parseGoDuration } from '../config/duration.js';
/** Priority value of the system-node-critical class. */
const SYSTEM_NODE_CRITICAL = 2000001000;
export function componentPod(container, volumes, annotations) {
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
export function byName(items) {
    return [...items].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}
export function hostPathVolume(name, path, type) {
    return { name, hostPath: { path, type } };
}
export function volumeMount(name, mountPath, readOnly) {
    return readOnly ? { name, mountPath, readOnly: true } : { name, mountPath };
}
function probe(host, path, scheme, delay, timeout, failure, period) {
    return {
        httpGet: { ...(host === '' ? {} : { host }), path, port: 'probe-port', scheme },
        ...(delay === 0 ? {} : { initialDelaySeconds: delay }),
        timeoutSeconds: timeout,
        failureThreshold: failure,
        periodSeconds: period,
    };
}
export const livenessProbe = (host, path, scheme) => probe(host, path, scheme, 10, 15, 8, 10);
export const readinessProbe = (host, path, scheme) => probe(host, path, scheme, 0, 15, 3, 1);
/** Enough failures at a 10 s period to cover the whole control-plane health-check timeout. */
export function startupProbe(host, path, scheme, healthCheckTimeout) {
    const seconds = Number(parseGoDuration(healthCheckTimeout) ?? 240000000000n) / 1e9;
    return probe(host, path, scheme, 10, 15, Math.ceil(seconds / 10), 10);
}
/** A wildcard bind address cannot be probed; empty makes the kubelet use the pod IP. */
export function probeAddress(address) {
    return address === '0.0.0.0' || address === '::' ? '' : address;
}
/** net.JoinHostPort. */
export function joinHostPort(host, port) {
    return isIPv6(host) ? `[${host}]:${port}` : `${host}:${port}`;
}
/** kubeadm's MergeKubeadmEnvVars: later lists win by name, result sorted by name. */
export function mergeEnv(...lists) {
    const byKey = new Map();
    for (const list of lists)
        for (const e of list)
            byKey.set(e.name, e);
    return byName([...byKey.values()]);
}
//# sourceMappingURL=pod.js.map