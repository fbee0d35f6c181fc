import { isIPv6 } from 'node:net';
import { InputError } from '../../errors.js';
import { argumentsToCommand, lastArgValue, setArg } from './args.js';
import { etcdImage } from './images.js';
import { componentPod, hostPathVolume, joinHostPort, livenessProbe, mergeEnv, readinessProbe, startupProbe, volumeMount } from './pod.js';
export const ETCD_ADVERTISE_CLIENT_URLS_ANNOTATION = 'kubeadm.kubernetes.io/etcd.advertise-client-urls';
export const etcdClientURL = (advertiseAddress) => `https://${joinHostPort(advertiseAddress, 2379)}`;
export const etcdPeerURL = (advertiseAddress) => `https://${joinHostPort(advertiseAddress, 2380)}`;
/**
 * The etcd command. `initialCluster` empty: the first member (init). Otherwise the member list returned
 * by MemberAddAsLearner, including this node, and the state "existing" (join).
 */
export function etcdCommand(cfg, facts, initialCluster = []) {
    const local = requireLocal(cfg);
    const localhost = isIPv6(facts.advertiseAddress) ? '::1' : '127.0.0.1';
    const client = etcdClientURL(facts.advertiseAddress);
    const peer = etcdPeerURL(facts.advertiseAddress);
    const pki = `${cfg.certificatesDir}/etcd`;
    const args = [
        { name: 'name', value: facts.nodeName },
        { name: 'listen-client-urls', value: `https://${joinHostPort(localhost, 2379)},${client}` },
        { name: 'advertise-client-urls', value: client },
        { name: 'listen-peer-urls', value: peer },
        { name: 'initial-advertise-peer-urls', value: peer },
        { name: 'data-dir', value: local.dataDir },
        { name: 'cert-file', value: `${pki}/server.crt` },
        { name: 'key-file', value: `${pki}/server.key` },
        { name: 'trusted-ca-file', value: `${pki}/ca.crt` },
        { name: 'client-cert-auth', value: 'true' },
        { name: 'peer-cert-file', value: `${pki}/peer.crt` },
        { name: 'peer-key-file', value: `${pki}/peer.key` },
        { name: 'peer-trusted-ca-file', value: `${pki}/ca.crt` },
        { name: 'peer-client-cert-auth', value: 'true' },
        { name: 'snapshot-count', value: '10000' },
        { name: 'listen-metrics-urls', value: `http://${joinHostPort(localhost, 2381)}` },
        { name: 'feature-gates', value: 'InitialCorruptCheck=true' },
        { name: 'watch-progress-notify-interval', value: '5s' },
    ];
    if (initialCluster.length === 0) {
        setArg(args, 'initial-cluster', `${facts.nodeName}=${peer}`);
    }
    else {
        setArg(args, 'initial-cluster', initialCluster.map((m) => `${m.name}=${m.peerURL}`).join(','));
        setArg(args, 'initial-cluster-state', 'existing');
    }
    return ['etcd', ...argumentsToCommand(args, local.extraArgs)];
}
/** Where the probes go: the first listen-metrics-urls entry when the user set one, else http://localhost:2381. */
function probeEndpoint(cfg, ipv6) {
    const localhost = ipv6 ? '::1' : '127.0.0.1';
    const fallback = { host: localhost, port: 2381, scheme: 'HTTP' };
    const metrics = cfg.etcd.local ? lastArgValue(cfg.etcd.local.extraArgs, 'listen-metrics-urls') : undefined;
    if (metrics === undefined)
        return fallback;
    let u;
    try {
        u = new URL(metrics.split(',')[0]);
    }
    catch {
        return fallback;
    }
    const port = u.port === '' ? 2381 : Number(u.port);
    return { host: u.hostname.replace(/^\[(.*)\]$/, '$1') || localhost, port, scheme: u.protocol === 'https:' ? 'HTTPS' : 'HTTP' };
}
/** The stacked etcd member's static pod (phases/etcd/local.go GetEtcdPodSpec). */
export function etcdPod(cfg, facts, initialCluster = []) {
    const local = requireLocal(cfg);
    const certDir = `${cfg.certificatesDir}/etcd`;
    const probe = probeEndpoint(cfg, isIPv6(facts.advertiseAddress));
    const timeout = facts.controlPlaneComponentHealthCheck ?? '4m0s';
    const env = mergeEnv(local.extraEnvs);
    const container = {
        name: 'etcd',
        image: etcdImage(cfg),
        imagePullPolicy: 'IfNotPresent',
        command: etcdCommand(cfg, facts, initialCluster),
        ...(env.length > 0 ? { env } : {}),
        livenessProbe: livenessProbe(probe.host, '/livez', probe.scheme),
        readinessProbe: readinessProbe(probe.host, '/readyz', probe.scheme),
        startupProbe: startupProbe(probe.host, '/readyz', probe.scheme, timeout),
        ports: [{ name: 'probe-port', containerPort: probe.port, protocol: 'TCP' }],
        resources: { requests: { cpu: '100m', memory: '100Mi' } },
        // The data directory first, then the certificates: kubeadm's fixed order, not sorted.
        volumeMounts: [volumeMount('etcd-data', local.dataDir, false), volumeMount('etcd-certs', certDir, false)],
    };
    return componentPod(container, [hostPathVolume('etcd-data', local.dataDir, 'DirectoryOrCreate'), hostPathVolume('etcd-certs', certDir, 'DirectoryOrCreate')], { [ETCD_ADVERTISE_CLIENT_URLS_ANNOTATION]: etcdClientURL(facts.advertiseAddress) });
}
function requireLocal(cfg) {
    if (!cfg.etcd.local) {
        throw new InputError('building the etcd static pod', [{ path: 'ClusterConfiguration.etcd', message: 'etcd is external; there is no local etcd member to run' }]);
    }
    return cfg.etcd.local;
}
//# sourceMappingURL=etcd.js.map