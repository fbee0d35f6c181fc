import { stringify } from 'yaml';
export function flannelManifest(o) {
    const ns = 'kube-flannel';
    const labels = { app: 'flannel', 'k8s-app': 'flannel', tier: 'node' };
    const cniConf = {
        name: 'cbr0',
        cniVersion: '0.3.1',
        plugins: [
            { type: 'flannel', delegate: { hairpinMode: true, isDefaultGateway: true } },
            { type: 'portmap', capabilities: { portMappings: true } },
        ],
    };
    const netConf = { Network: o.podSubnet, EnableNFTables: false, Backend: { Type: o.backend ?? 'vxlan' } };
    const docs = [
        { apiVersion: 'v1', kind: 'Namespace', metadata: { name: ns, labels: { 'k8s-app': 'flannel', 'pod-security.kubernetes.io/enforce': 'privileged' } } },
        { apiVersion: 'v1', kind: 'ServiceAccount', metadata: { name: 'flannel', namespace: ns, labels: { 'k8s-app': 'flannel' } } },
        {
            apiVersion: 'rbac.authorization.k8s.io/v1',
            kind: 'ClusterRole',
            metadata: { name: 'flannel', labels: { 'k8s-app': 'flannel' } },
            rules: [
                { apiGroups: [''], resources: ['pods'], verbs: ['get'] },
                { apiGroups: [''], resources: ['nodes'], verbs: ['get', 'list', 'watch'] },
                { apiGroups: [''], resources: ['nodes/status'], verbs: ['patch'] },
            ],
        },
        {
            apiVersion: 'rbac.authorization.k8s.io/v1',
            kind: 'ClusterRoleBinding',
            metadata: { name: 'flannel', labels: { 'k8s-app': 'flannel' } },
            roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name: 'flannel' },
            subjects: [{ kind: 'ServiceAccount', name: 'flannel', namespace: ns }],
        },
        {
            apiVersion: 'v1',
            kind: 'ConfigMap',
            metadata: { name: 'kube-flannel-cfg', namespace: ns, labels },
            data: { 'cni-conf.json': JSON.stringify(cniConf, null, 2), 'net-conf.json': JSON.stringify(netConf, null, 2) },
        },
        {
            apiVersion: 'apps/v1',
            kind: 'DaemonSet',
            metadata: { name: 'kube-flannel-ds', namespace: ns, labels },
            spec: {
                selector: { matchLabels: { app: 'flannel' } },
                template: {
                    metadata: { labels },
                    spec: {
                        affinity: {
                            nodeAffinity: {
                                requiredDuringSchedulingIgnoredDuringExecution: {
                                    nodeSelectorTerms: [{ matchExpressions: [{ key: 'kubernetes.io/os', operator: 'In', values: ['linux'] }] }],
                                },
                            },
                        },
                        hostNetwork: true,
                        priorityClassName: 'system-node-critical',
                        tolerations: [{ operator: 'Exists', effect: 'NoSchedule' }],
                        serviceAccountName: 'flannel',
                        initContainers: [
                            {
                                name: 'install-cni-plugin',
                                image: o.cniPluginImage,
                                imagePullPolicy: 'Never',
                                command: ['cp'],
                                args: ['-f', '/flannel', '/opt/cni/bin/flannel'],
                                volumeMounts: [{ name: 'cni-plugin', mountPath: '/opt/cni/bin' }],
                            },
                            {
                                name: 'install-cni',
                                image: o.image,
                                imagePullPolicy: 'Never',
                                command: ['cp'],
                                args: ['-f', '/etc/kube-flannel/cni-conf.json', '/etc/cni/net.d/10-flannel.conflist'],
                                volumeMounts: [
                                    { name: 'cni', mountPath: '/etc/cni/net.d' },
                                    { name: 'flannel-cfg', mountPath: '/etc/kube-flannel/' },
                                ],
                            },
                        ],
                        containers: [
                            {
                                name: 'kube-flannel',
                                image: o.image,
                                imagePullPolicy: 'Never',
                                command: ['/opt/bin/flanneld'],
                                args: ['--ip-masq', '--kube-subnet-mgr'],
                                resources: { requests: { cpu: '100m', memory: '50Mi' } },
                                securityContext: { privileged: false, capabilities: { add: ['NET_ADMIN', 'NET_RAW'] } },
                                env: [
                                    { name: 'POD_NAME', valueFrom: { fieldRef: { fieldPath: 'metadata.name' } } },
                                    { name: 'POD_NAMESPACE', valueFrom: { fieldRef: { fieldPath: 'metadata.namespace' } } },
                                    { name: 'EVENT_QUEUE_DEPTH', value: '5000' },
                                ],
                                volumeMounts: [
                                    { name: 'run', mountPath: '/run/flannel' },
                                    { name: 'flannel-cfg', mountPath: '/etc/kube-flannel/' },
                                    { name: 'xtables-lock', mountPath: '/run/xtables.lock' },
                                ],
                            },
                        ],
                        volumes: [
                            { name: 'run', hostPath: { path: '/run/flannel' } },
                            { name: 'cni-plugin', hostPath: { path: '/opt/cni/bin' } },
                            { name: 'cni', hostPath: { path: '/etc/cni/net.d' } },
                            { name: 'flannel-cfg', configMap: { name: 'kube-flannel-cfg' } },
                            { name: 'xtables-lock', hostPath: { path: '/run/xtables.lock', type: 'FileOrCreate' } },
                        ],
                    },
                },
            },
        },
    ];
    return docs.map((d) => stringify(d)).join('---\n');
}
//# sourceMappingURL=flannel.js.map