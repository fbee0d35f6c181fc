import { test } from 'node:test';
import assert from 'node:assert/strict';
import { controlPlaneEndpointUrl, kubeconfigSpecs, renderKubeconfig } from './kubeconfig.js';
test('server URLs and users', () => {
    const base = { nodeName: 'cp1', advertiseAddress: '10.0.0.1', bindPort: 6443, clusterName: 'kubernetes', encryptionAlgorithm: 'RSA-2048', certificateValidityPeriod: 1, certificatesDir: '/p', kubeconfigDir: '/k' };
    assert.equal(controlPlaneEndpointUrl({ ...base, controlPlaneEndpoint: 'lb' }), 'https://lb:6443');
    assert.equal(controlPlaneEndpointUrl({ ...base, controlPlaneEndpoint: 'lb:8443' }), 'https://lb:8443');
    assert.equal(controlPlaneEndpointUrl({ ...base, advertiseAddress: 'fd00::1' }), 'https://[fd00::1]:6443');
    const specs = kubeconfigSpecs({ ...base, controlPlaneEndpoint: 'lb:6443' });
    assert.deepEqual(specs.map((s) => [s.fileName, s.clientName, s.organizations.join(','), s.server]), [
        ['admin.conf', 'kubernetes-admin', 'kubeadm:cluster-admins', 'https://lb:6443'],
        ['super-admin.conf', 'kubernetes-super-admin', 'system:masters', 'https://lb:6443'],
        ['kubelet.conf', 'system:node:cp1', 'system:nodes', 'https://10.0.0.1:6443'],
        ['controller-manager.conf', 'system:kube-controller-manager', '', 'https://10.0.0.1:6443'],
        ['scheduler.conf', 'system:kube-scheduler', '', 'https://10.0.0.1:6443'],
    ]);
});
test('layout matches client-go writer', () => {
    const text = renderKubeconfig({ clusterName: 'kubernetes', server: 'https://10.0.0.1:6443', caPem: 'C', userName: 'system:kube-scheduler', clientCertPem: 'D', clientKeyPem: 'K' });
    assert.equal(text, 'apiVersion: v1\nclusters:\n- cluster:\n    certificate-authority-data: Qw==\n    server: https://10.0.0.1:6443\n  name: kubernetes\ncontexts:\n- context:\n    cluster: kubernetes\n    user: system:kube-scheduler\n  name: system:kube-scheduler@kubernetes\ncurrent-context: system:kube-scheduler@kubernetes\nkind: Config\nusers:\n- name: system:kube-scheduler\n  user:\n    client-certificate-data: RA==\n    client-key-data: Sw==\n');
});
//# sourceMappingURL=kubeconfig.test.js.map