import { nthAddress, parseCidr } from '../../kubeadm/config/net.js';
import { toKubeYaml } from '../../kubeadm/config/print.js';
import { DEFAULT_NODE_TOKEN_GROUP } from '../../kubeadm/token/objects.js';
import { clusterRoleBinding, role, roleBinding } from './cluster-objects.js';
import { minorOf, OLDER_RELEASE_PINS } from '../../kubeadm/manifests/images.js';
/** kubeadm's essential addons (phases/addons/dns and proxy, v1.37), as objects rather than templates. */
export const COREDNS_VERSION = 'v1.14.6';
const CONTROL_PLANE_TAINT_KEY = 'node-role.kubernetes.io/control-plane';
/** The DNS Service IP: the 10th address of the first service CIDR. */
export function dnsServiceIp(serviceSubnet) {
    const cidr = parseCidr(serviceSubnet.split(',')[0].trim());
    if (!cidr)
        throw new Error(`invalid service subnet ${serviceSubnet}`);
    return nthAddress(cidr, 10n);
}
export function coreDnsImage(cfg) {
    const repo = cfg.dns.imageRepository || `${cfg.imageRepository}/coredns`;
    return `${repo}/coredns:${cfg.dns.imageTag || OLDER_RELEASE_PINS[minorOf(cfg)]?.coredns || COREDNS_VERSION}`;
}
export function corefile(dnsDomain) {
    return `.:53 {
    errors
    health {
       lameduck 5s
    }
    ready
    kubernetes ${dnsDomain} in-addr.arpa ip6.arpa {
       pods insecure
       fallthrough in-addr.arpa ip6.arpa
       ttl 30
    }
    prometheus :9153
    forward . /etc/resolv.conf {
       max_concurrent 1000
    }
    cache 30 {
       disable success ${dnsDomain}
       disable denial ${dnsDomain}
    }
    loop
    reload
    loadbalance
}
`;
}
export function coreDnsObjects(cfg, replicas = 2) {
    const labels = { 'k8s-app': 'kube-dns' };
    const port = (name, containerPort, protocol) => ({ containerPort, name, protocol });
    return [
        { apiVersion: 'v1', kind: 'ServiceAccount', metadata: { name: 'coredns', namespace: 'kube-system' } },
        {
            apiVersion: 'rbac.authorization.k8s.io/v1',
            kind: 'ClusterRole',
            metadata: { name: 'system:coredns' },
            rules: [
                { apiGroups: [''], resources: ['endpoints', 'services', 'pods', 'namespaces'], verbs: ['list', 'watch'] },
                { apiGroups: ['discovery.k8s.io'], resources: ['endpointslices'], verbs: ['list', 'watch'] },
            ],
        },
        clusterRoleBinding('system:coredns', 'system:coredns', [{ kind: 'ServiceAccount', name: 'coredns', namespace: 'kube-system' }]),
        { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'coredns', namespace: 'kube-system' }, data: { Corefile: corefile(cfg.networking.dnsDomain) } },
        {
            apiVersion: 'apps/v1',
            kind: 'Deployment',
            metadata: { name: 'coredns', namespace: 'kube-system', labels },
            spec: {
                replicas,
                strategy: { type: 'RollingUpdate', rollingUpdate: { maxUnavailable: 1 } },
                selector: { matchLabels: labels },
                template: {
                    metadata: { labels },
                    spec: {
                        priorityClassName: 'system-cluster-critical',
                        serviceAccountName: 'coredns',
                        affinity: {
                            podAntiAffinity: {
                                preferredDuringSchedulingIgnoredDuringExecution: [
                                    {
                                        weight: 100,
                                        podAffinityTerm: {
                                            labelSelector: { matchExpressions: [{ key: 'k8s-app', operator: 'In', values: ['kube-dns'] }] },
                                            topologyKey: 'kubernetes.io/hostname',
                                        },
                                    },
                                ],
                            },
                        },
                        tolerations: [
                            { key: 'CriticalAddonsOnly', operator: 'Exists' },
                            { key: CONTROL_PLANE_TAINT_KEY, effect: 'NoSchedule' },
                        ],
                        nodeSelector: { 'kubernetes.io/os': 'linux' },
                        containers: [
                            {
                                name: 'coredns',
                                image: coreDnsImage(cfg),
                                imagePullPolicy: 'IfNotPresent',
                                resources: { limits: { memory: '170Mi' }, requests: { cpu: '100m', memory: '70Mi' } },
                                args: ['-conf', '/etc/coredns/Corefile'],
                                volumeMounts: [{ name: 'config-volume', mountPath: '/etc/coredns', readOnly: true }],
                                ports: [
                                    port('dns', 53, 'UDP'),
                                    port('dns-tcp', 53, 'TCP'),
                                    port('metrics', 9153, 'TCP'),
                                    port('liveness-probe', 8080, 'TCP'),
                                    port('readiness-probe', 8181, 'TCP'),
                                ],
                                livenessProbe: {
                                    httpGet: { path: '/health', port: 'liveness-probe', scheme: 'HTTP' },
                                    initialDelaySeconds: 60,
                                    timeoutSeconds: 5,
                                    successThreshold: 1,
                                    failureThreshold: 5,
                                },
                                readinessProbe: { httpGet: { path: '/ready', port: 'readiness-probe', scheme: 'HTTP' } },
                                securityContext: {
                                    allowPrivilegeEscalation: false,
                                    capabilities: { add: ['NET_BIND_SERVICE'], drop: ['ALL'] },
                                    readOnlyRootFilesystem: true,
                                },
                            },
                        ],
                        dnsPolicy: 'Default',
                        volumes: [{ name: 'config-volume', configMap: { name: 'coredns', items: [{ key: 'Corefile', path: 'Corefile' }] } }],
                    },
                },
            },
        },
        {
            apiVersion: 'v1',
            kind: 'Service',
            metadata: {
                name: 'kube-dns',
                namespace: 'kube-system',
                labels: { 'k8s-app': 'kube-dns', 'kubernetes.io/cluster-service': 'true', 'kubernetes.io/name': 'CoreDNS' },
                annotations: { 'prometheus.io/port': '9153', 'prometheus.io/scrape': 'true' },
            },
            spec: {
                clusterIP: dnsServiceIp(cfg.networking.serviceSubnet),
                ports: [
                    { name: 'dns', port: 53, protocol: 'UDP', targetPort: 53 },
                    { name: 'dns-tcp', port: 53, protocol: 'TCP', targetPort: 53 },
                    { name: 'metrics', port: 9153, protocol: 'TCP', targetPort: 9153 },
                ],
                selector: { 'k8s-app': 'kube-dns' },
            },
        },
    ];
}
/** The KubeProxyConfiguration after kubeadm's defaulting (componentconfigs/kubeproxy.go). */
export function kubeProxyConfiguration(user, cfg, advertiseAddress) {
    const out = { ...user, apiVersion: 'kubeproxy.config.k8s.io/v1alpha1', kind: 'KubeProxyConfiguration' };
    out['featureGates'] ??= {};
    out['bindAddress'] ??= advertiseAddress.includes(':') ? '::' : '0.0.0.0';
    if (out['clusterCIDR'] === undefined && cfg.networking.podSubnet)
        out['clusterCIDR'] = cfg.networking.podSubnet;
    const conn = { ...(out['clientConnection'] ?? {}) };
    conn['kubeconfig'] ??= '/var/lib/kube-proxy/kubeconfig.conf';
    out['clientConnection'] = conn;
    out['mode'] ??= 'iptables';
    return out;
}
export function kubeProxyObjects(proxyConfig, controlPlaneEndpointUrl, image) {
    const kubeconfig = `apiVersion: v1
kind: Config
clusters:
- cluster:
    certificate-authority: /var/run/secrets/kubernetes.io/serviceaccount/ca.crt
    server: ${controlPlaneEndpointUrl}
  name: default
contexts:
- context:
    cluster: default
    namespace: default
    user: default
  name: default
current-context: default
users:
- name: default
  user:
    tokenFile: /var/run/secrets/kubernetes.io/serviceaccount/token`;
    const labels = { 'k8s-app': 'kube-proxy' };
    return [
        { apiVersion: 'v1', kind: 'ServiceAccount', metadata: { name: 'kube-proxy', namespace: 'kube-system' } },
        clusterRoleBinding('kubeadm:node-proxier', 'system:node-proxier', [{ kind: 'ServiceAccount', name: 'kube-proxy', namespace: 'kube-system' }]),
        role('kube-proxy', 'kube-system', [{ apiGroups: [''], resources: ['configmaps'], resourceNames: ['kube-proxy'], verbs: ['get'] }]),
        roleBinding('kube-proxy', 'kube-system', 'kube-proxy', [{ kind: 'Group', name: DEFAULT_NODE_TOKEN_GROUP }]),
        {
            apiVersion: 'v1',
            kind: 'ConfigMap',
            metadata: { name: 'kube-proxy', namespace: 'kube-system', labels: { app: 'kube-proxy' } },
            data: { 'kubeconfig.conf': kubeconfig, 'config.conf': toKubeYaml(proxyConfig).replace(/\n$/, '') },
        },
        {
            apiVersion: 'apps/v1',
            kind: 'DaemonSet',
            metadata: { name: 'kube-proxy', namespace: 'kube-system', labels },
            spec: {
                selector: { matchLabels: labels },
                updateStrategy: { type: 'RollingUpdate' },
                template: {
                    metadata: { labels },
                    spec: {
                        priorityClassName: 'system-node-critical',
                        containers: [
                            {
                                name: 'kube-proxy',
                                image,
                                imagePullPolicy: 'IfNotPresent',
                                command: ['/usr/local/bin/kube-proxy', '--config=/var/lib/kube-proxy/config.conf', '--hostname-override=$(NODE_NAME)'],
                                securityContext: { privileged: true },
                                volumeMounts: [
                                    { mountPath: '/var/lib/kube-proxy', name: 'kube-proxy' },
                                    { mountPath: '/run/xtables.lock', name: 'xtables-lock', readOnly: false },
                                    { mountPath: '/lib/modules', name: 'lib-modules', readOnly: true },
                                ],
                                env: [{ name: 'NODE_NAME', valueFrom: { fieldRef: { fieldPath: 'spec.nodeName' } } }],
                            },
                        ],
                        hostNetwork: true,
                        serviceAccountName: 'kube-proxy',
                        volumes: [
                            { name: 'kube-proxy', configMap: { name: 'kube-proxy' } },
                            { name: 'xtables-lock', hostPath: { path: '/run/xtables.lock', type: 'FileOrCreate' } },
                            { name: 'lib-modules', hostPath: { path: '/lib/modules' } },
                        ],
                        tolerations: [{ operator: 'Exists' }],
                        nodeSelector: { 'kubernetes.io/os': 'linux' },
                    },
                },
            },
        },
    ];
}
//# sourceMappingURL=addons.js.map