import { test } from 'node:test';
import assert from 'node:assert/strict';
import { InputError } from '../../errors.js';
import { loadKubeadmConfig } from './load.js';
import { formatGoDuration, parseGoDuration } from './duration.js';
const CLUSTER = 'apiVersion: kubeadm.k8s.io/v1beta4\nkind: ClusterConfiguration\nkubernetesVersion: 1.37.2\n';
test('defaults follow v1beta4 defaults.go', () => {
    const cfg = loadKubeadmConfig(`${CLUSTER}etcd:
  external:
    endpoints: [https://10.0.0.5:2379]
---
apiVersion: kubeadm.k8s.io/v1beta4
kind: JoinConfiguration
discovery:
  bootstrapToken:
    token: abcdef.0123456789abcdef
    apiServerEndpoint: lb:6443
    unsafeSkipCAVerification: true
controlPlane: {}
---
apiVersion: kubelet.config.k8s.io/v1beta1
kind: KubeletConfiguration
cgroupDriver: cgroupfs
`);
    assert.equal(cfg.cluster.kubernetesVersion, 'v1.37.2');
    assert.deepEqual(cfg.cluster.etcd.external.httpEndpoints, ['https://10.0.0.5:2379']);
    assert.equal(cfg.cluster.networking.serviceSubnet, '10.96.0.0/12');
    assert.equal(cfg.init.bootstrapTokens[0].ttl, '24h0m0s');
    assert.equal(cfg.join.discovery.tlsBootstrapToken, 'abcdef.0123456789abcdef');
    assert.equal(cfg.join.controlPlane.localAPIEndpoint.bindPort, 6443);
    assert.equal(cfg.join.caCertPath, '/etc/kubernetes/pki/ca.crt');
    assert.deepEqual(cfg.kubeletConfiguration, { apiVersion: 'kubelet.config.k8s.io/v1beta1', kind: 'KubeletConfiguration', cgroupDriver: 'cgroupfs' });
});
test('--certificate-key with --config is refused, and its value is not echoed', () => {
    const key = 'ab'.repeat(32);
    assert.throws(() => loadKubeadmConfig(CLUSTER, { certificateKeyFlag: key }), (e) => e instanceof InputError && e.context.issues[0].path === '--certificate-key' && !JSON.stringify(e.context).includes(key));
});
test('Go durations parse and print like time.Duration', () => {
    assert.equal(formatGoDuration(parseGoDuration('24h')), '24h0m0s');
    assert.equal(formatGoDuration(parseGoDuration('90s')), '1m30s');
    assert.equal(formatGoDuration(parseGoDuration('1.5h')), '1h30m0s');
    assert.equal(formatGoDuration(parseGoDuration('500ms')), '500ms');
    assert.equal(parseGoDuration('5 minutes'), undefined);
});
test('a YAML syntax error names its document, line and column (kubeha config validate)', () => {
    const text = 'apiVersion: kubeadm.k8s.io/v1beta4\nkind: ClusterConfiguration\n---\napiVersion: kubeadm.k8s.io/v1beta4\nkind: InitConfiguration\nlocalAPIEndpoint: { bindPort: 6443\n';
    assert.throws(() => loadKubeadmConfig(text, { source: 'kubeadm.yaml' }), (e) => e instanceof InputError &&
        e.context.file === 'kubeadm.yaml' &&
        e.context.issues?.length === 1 &&
        e.context.issues[0].path === 'document[1]' &&
        /^YAML syntax at line 7, column 1: /.test(e.context.issues[0].message));
});
//# sourceMappingURL=load.test.js.map