import { appendSans, endpointHost, firstServiceIp } from './alt-names.js';
import { isIP } from 'node:net';
export const HOUR_MS = 3_600_000;
export const pkiDefaults = {
    serviceSubnet: '10.96.0.0/12',
    dnsDomain: 'cluster.local',
    encryptionAlgorithm: 'RSA-2048',
    certificateValidityPeriod: 8760 * HOUR_MS,
    caCertificateValidityPeriod: 87600 * HOUR_MS,
    certificatesDir: '/etc/kubernetes/pki',
};
/** kubeadm's `CertificateBackdate`: NotBefore is the start time minus this. */
export const CERTIFICATE_BACKDATE_MS = 5 * 60_000;
export const saKeyBaseName = 'sa';
export function apiServerAltNames(inputs) {
    const altNames = {
        dnsNames: [
            inputs.nodeName,
            'kubernetes',
            'kubernetes.default',
            'kubernetes.default.svc',
            `kubernetes.default.svc.${inputs.dnsDomain}`,
        ],
        ips: [firstServiceIp(inputs.serviceSubnet), inputs.advertiseAddress],
    };
    if (inputs.controlPlaneEndpoint) {
        const host = endpointHost(inputs.controlPlaneEndpoint);
        if (isIP(host) !== 0)
            altNames.ips.push(host);
        else
            altNames.dnsNames.push(host);
    }
    const ignored = appendSans(altNames, inputs.certSANs);
    return { altNames, ignored };
}
export function etcdAltNames(inputs, extra) {
    const altNames = { dnsNames: [inputs.nodeName, 'localhost'], ips: [inputs.advertiseAddress, '127.0.0.1', '::1'] };
    const ignored = appendSans(altNames, extra);
    return { altNames, ignored };
}
function ca(name, baseName, commonName) {
    return { name, baseName, commonName, organization: [], usages: [], altNames: { dnsNames: [commonName], ips: [] }, ignoredSans: [] };
}
function leaf(name, baseName, caName, commonName, usages) {
    return { name, baseName, ca: caName, commonName, organization: [], usages, altNames: { dnsNames: [], ips: [] }, ignoredSans: [] };
}
/**
 * kubeadm's certificate list in its order (`certs all`). External etcd drops the etcd CA, its leafs and
 * apiserver-etcd-client: those come from the user.
 */
export function certList(inputs) {
    const apiserver = apiServerAltNames(inputs);
    const server = etcdAltNames(inputs, inputs.etcdServerSANs);
    const peer = etcdAltNames(inputs, inputs.etcdPeerSANs);
    const list = [
        ca('ca', 'ca', 'kubernetes'),
        { ...leaf('apiserver', 'apiserver', 'ca', 'kube-apiserver', ['serverAuth']), altNames: apiserver.altNames, ignoredSans: apiserver.ignored },
        // No O since v1.37 (and the 1.33–1.36 patch backports): access comes from the
        // kubeadm:apiserver-kubelet-client ClusterRoleBinding instead of a group.
        leaf('apiserver-kubelet-client', 'apiserver-kubelet-client', 'ca', 'kube-apiserver-kubelet-client', ['clientAuth']),
        ca('front-proxy-ca', 'front-proxy-ca', 'front-proxy-ca'),
        leaf('front-proxy-client', 'front-proxy-client', 'front-proxy-ca', 'front-proxy-client', ['clientAuth']),
    ];
    if (inputs.externalEtcd)
        return list;
    list.push(ca('etcd-ca', 'etcd/ca', 'etcd-ca'), {
        ...leaf('etcd-server', 'etcd/server', 'etcd-ca', inputs.nodeName, ['serverAuth', 'clientAuth']),
        altNames: server.altNames,
        ignoredSans: server.ignored,
    }, {
        ...leaf('etcd-peer', 'etcd/peer', 'etcd-ca', inputs.nodeName, ['serverAuth', 'clientAuth']),
        altNames: peer.altNames,
        ignoredSans: peer.ignored,
    }, leaf('etcd-healthcheck-client', 'etcd/healthcheck-client', 'etcd-ca', 'kube-etcd-healthcheck-client', ['clientAuth']), leaf('apiserver-etcd-client', 'apiserver-etcd-client', 'etcd-ca', 'kube-apiserver-etcd-client', ['clientAuth']));
    return list;
}
/** All phase names `kubeadm init phase certs` accepts, in order (incl. `sa`). */
export const certPhaseNames = [
    'ca',
    'apiserver',
    'apiserver-kubelet-client',
    'front-proxy-ca',
    'front-proxy-client',
    'etcd-ca',
    'etcd-server',
    'etcd-peer',
    'etcd-healthcheck-client',
    'apiserver-etcd-client',
    'sa',
];
//# sourceMappingURL=certlist.js.map