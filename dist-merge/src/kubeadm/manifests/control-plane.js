import { isIPv6 } from 'node:net';
import { argumentsToCommand, lastArgValue, setArg } from './args.js';
import { kubernetesImage } from './images.js';
import { componentPod, joinHostPort, livenessProbe, mergeEnv, probeAddress, readinessProbe, startupProbe, } from './pod.js';
import { controlPlaneMounts } from './volumes.js';
const KUBERNETES_DIR = '/etc/kubernetes';
export const API_SERVER_ADVERTISE_ANNOTATION = 'kubeadm.kubernetes.io/kube-apiserver.advertise-address.endpoint';
const pki = (cfg, file) => `${cfg.certificatesDir}/${file}`;
export function apiServerCommand(cfg, facts) {
    const args = [
        { name: 'advertise-address', value: facts.advertiseAddress },
        { name: 'enable-admission-plugins', value: 'NodeRestriction' },
        { name: 'service-cluster-ip-range', value: cfg.networking.serviceSubnet },
        { name: 'service-account-key-file', value: pki(cfg, 'sa.pub') },
        { name: 'service-account-signing-key-file', value: pki(cfg, 'sa.key') },
        { name: 'service-account-issuer', value: `https://kubernetes.default.svc.${cfg.networking.dnsDomain}` },
        { name: 'client-ca-file', value: pki(cfg, 'ca.crt') },
        { name: 'tls-cert-file', value: pki(cfg, 'apiserver.crt') },
        { name: 'tls-private-key-file', value: pki(cfg, 'apiserver.key') },
        { name: 'kubelet-client-certificate', value: pki(cfg, 'apiserver-kubelet-client.crt') },
        { name: 'kubelet-client-key', value: pki(cfg, 'apiserver-kubelet-client.key') },
        { name: 'enable-bootstrap-token-auth', value: 'true' },
        { name: 'secure-port', value: String(facts.bindPort) },
        { name: 'allow-privileged', value: 'true' },
        { name: 'kubelet-preferred-address-types', value: 'InternalIP,ExternalIP,Hostname' },
        { name: 'requestheader-username-headers', value: 'X-Remote-User' },
        { name: 'requestheader-group-headers', value: 'X-Remote-Group' },
        { name: 'requestheader-extra-headers-prefix', value: 'X-Remote-Extra-' },
        { name: 'requestheader-client-ca-file', value: pki(cfg, 'front-proxy-ca.crt') },
        { name: 'requestheader-allowed-names', value: 'front-proxy-client' },
        { name: 'proxy-client-cert-file', value: pki(cfg, 'front-proxy-client.crt') },
        { name: 'proxy-client-key-file', value: pki(cfg, 'front-proxy-client.key') },
    ];
    const external = cfg.etcd.external;
    if (external) {
        setArg(args, 'etcd-servers', external.endpoints.join(','));
        if (external.caFile)
            setArg(args, 'etcd-cafile', external.caFile);
        if (external.certFile && external.keyFile) {
            setArg(args, 'etcd-certfile', external.certFile);
            setArg(args, 'etcd-keyfile', external.keyFile);
        }
    }
    else {
        // Stacked etcd: each apiserver talks to its own member only, over the advertise address's family.
        const localhost = isIPv6(facts.advertiseAddress) ? '::1' : '127.0.0.1';
        const advertised = cfg.etcd.local ? lastArgValue(cfg.etcd.local.extraArgs, 'advertise-client-urls') : undefined;
        setArg(args, 'etcd-servers', advertised ?? `https://${joinHostPort(localhost, 2379)}`);
        setArg(args, 'etcd-cafile', pki(cfg, 'etcd/ca.crt'));
        setArg(args, 'etcd-certfile', pki(cfg, 'apiserver-etcd-client.crt'));
        setArg(args, 'etcd-keyfile', pki(cfg, 'apiserver-etcd-client.key'));
    }
    if (lastArgValue(cfg.apiServer.extraArgs, 'authorization-config') === undefined)
        setArg(args, 'authorization-mode', 'Node,RBAC');
    return ['kube-apiserver', ...argumentsToCommand(args, cfg.apiServer.extraArgs)];
}
export function controllerManagerCommand(cfg, facts) {
    const kubeconfig = `${KUBERNETES_DIR}/controller-manager.conf`;
    const ca = pki(cfg, 'ca.crt');
    const args = [
        { name: 'bind-address', value: '127.0.0.1' },
        { name: 'leader-elect', value: 'true' },
        { name: 'kubeconfig', value: kubeconfig },
        { name: 'authentication-kubeconfig', value: kubeconfig },
        { name: 'authorization-kubeconfig', value: kubeconfig },
        { name: 'client-ca-file', value: ca },
        { name: 'requestheader-client-ca-file', value: pki(cfg, 'front-proxy-ca.crt') },
        { name: 'root-ca-file', value: ca },
        { name: 'service-account-private-key-file', value: pki(cfg, 'sa.key') },
        { name: 'cluster-signing-cert-file', value: ca },
        { name: 'cluster-signing-key-file', value: pki(cfg, 'ca.key') },
        { name: 'use-service-account-credentials', value: 'true' },
        { name: 'controllers', value: '*,bootstrapsigner,tokencleaner' },
    ];
    if (facts.externalCA) {
        // Without ca.key the CSR signer must not start, so it gets empty paths.
        setArg(args, 'cluster-signing-key-file', '');
        setArg(args, 'cluster-signing-cert-file', '');
    }
    if (cfg.networking.podSubnet) {
        setArg(args, 'allocate-node-cidrs', 'true');
        setArg(args, 'cluster-cidr', cfg.networking.podSubnet);
        setArg(args, 'service-cluster-ip-range', cfg.networking.serviceSubnet);
    }
    if (cfg.clusterName)
        setArg(args, 'cluster-name', cfg.clusterName);
    return ['kube-controller-manager', ...argumentsToCommand(args, cfg.controllerManager.extraArgs)];
}
export function schedulerCommand(cfg) {
    const kubeconfig = `${KUBERNETES_DIR}/scheduler.conf`;
    const args = [
        { name: 'bind-address', value: '127.0.0.1' },
        { name: 'leader-elect', value: 'true' },
        { name: 'kubeconfig', value: kubeconfig },
        { name: 'authentication-kubeconfig', value: kubeconfig },
        { name: 'authorization-kubeconfig', value: kubeconfig },
    ];
    return ['kube-scheduler', ...argumentsToCommand(args, cfg.scheduler.extraArgs)];
}
function withEnv(container, env) {
    return env && env.length > 0 ? { ...container, env } : container;
}
/** kube-apiserver, kube-controller-manager and kube-scheduler, as `kubeadm init phase control-plane all` writes them. */
export function controlPlanePods(cfg, facts) {
    const mounts = controlPlaneMounts(cfg, facts.existingCaCertDirs);
    const timeout = facts.controlPlaneComponentHealthCheck ?? '4m0s';
    const proxyEnv = facts.proxyEnv ?? [];
    const apiHost = facts.advertiseAddress ? probeAddress(facts.advertiseAddress) : '127.0.0.1';
    const apiserver = componentPod(withEnv({
        name: 'kube-apiserver',
        image: kubernetesImage('kube-apiserver', cfg),
        imagePullPolicy: 'IfNotPresent',
        command: apiServerCommand(cfg, facts),
        livenessProbe: livenessProbe(apiHost, '/livez', 'HTTPS'),
        readinessProbe: readinessProbe(apiHost, '/readyz', 'HTTPS'),
        startupProbe: startupProbe(apiHost, '/livez', 'HTTPS', timeout),
        ports: [{ name: 'probe-port', containerPort: facts.bindPort, protocol: 'TCP' }],
        resources: { requests: { cpu: '250m' } },
        volumeMounts: mounts.apiserver.mounts,
    }, mergeEnv(proxyEnv, cfg.apiServer.extraEnvs)), mounts.apiserver.volumes, { [API_SERVER_ADVERTISE_ANNOTATION]: joinHostPort(facts.advertiseAddress, facts.bindPort) });
    const kcmHost = probeHost(cfg.controllerManager.extraArgs);
    const controllerManager = componentPod(withEnv({
        name: 'kube-controller-manager',
        image: kubernetesImage('kube-controller-manager', cfg),
        imagePullPolicy: 'IfNotPresent',
        command: controllerManagerCommand(cfg, facts),
        livenessProbe: livenessProbe(kcmHost, '/healthz', 'HTTPS'),
        startupProbe: startupProbe(kcmHost, '/healthz', 'HTTPS', timeout),
        ports: [{ name: 'probe-port', containerPort: 10257, protocol: 'TCP' }],
        resources: { requests: { cpu: '200m' } },
        volumeMounts: mounts.controllerManager.mounts,
    }, mergeEnv(proxyEnv, cfg.controllerManager.extraEnvs)), mounts.controllerManager.volumes);
    const schedHost = probeHost(cfg.scheduler.extraArgs);
    const scheduler = componentPod(withEnv({
        name: 'kube-scheduler',
        image: kubernetesImage('kube-scheduler', cfg),
        imagePullPolicy: 'IfNotPresent',
        command: schedulerCommand(cfg),
        livenessProbe: livenessProbe(schedHost, '/livez', 'HTTPS'),
        readinessProbe: readinessProbe(schedHost, '/readyz', 'HTTPS'),
        startupProbe: startupProbe(schedHost, '/livez', 'HTTPS', timeout),
        ports: [{ name: 'probe-port', containerPort: 10259, protocol: 'TCP' }],
        resources: { requests: { cpu: '100m' } },
        volumeMounts: mounts.scheduler.mounts,
    }, mergeEnv(proxyEnv, cfg.scheduler.extraEnvs)), mounts.scheduler.volumes);
    return { 'kube-apiserver': apiserver, 'kube-controller-manager': controllerManager, 'kube-scheduler': scheduler };
}
/** Where kcm's and the scheduler's probes go: their bind address (kubeadm's rule), 127.0.0.1 by default. */
function probeHost(extraArgs) {
    const bind = lastArgValue(extraArgs, 'bind-address');
    return bind === undefined ? '127.0.0.1' : probeAddress(bind);
}
//# sourceMappingURL=control-plane.js.map