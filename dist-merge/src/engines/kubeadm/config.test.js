import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseAllDocuments } from 'yaml';
import { loadCluster } from '../../config/cluster.js';
import { demoClusterYaml } from '../../config/demo-cluster.js';
import { initConfig, joinConfig, upgradeConfig } from './config.js';
const clusterYaml = (extra = {}) => demoClusterYaml({ controlPlanes: 2, etcd: 1 }, {
    topology: 'external',
    kubeadm: 'apiVersion: kubelet.config.k8s.io/v1beta1\nkind: KubeletConfiguration\nfailCgroupV1: false\n---\napiVersion: kubeadm.k8s.io/v1beta4\nkind: ClusterConfiguration\napiServer:\n  certSANs: [extra.example]\n',
    ...extra,
});
const docs = (text) => parseAllDocuments(text).map((d) => d.toJS());
test('init config: endpoint, key in the config, external etcd, user documents merged under kubeha’s', () => {
    const { cluster, endpoint } = loadCluster(clusterYaml());
    const cp1 = cluster.spec.hosts[1];
    const out = docs(initConfig(cluster, endpoint, cp1, { token: 'abcdef.0123456789abcdef', certificateKey: 'a'.repeat(64) }));
    const [init, cc, kubelet] = out;
    assert.equal(init.kind, 'InitConfiguration');
    assert.equal(init.certificateKey, 'a'.repeat(64));
    assert.equal(init.localAPIEndpoint.advertiseAddress, '10.250.7.11');
    assert.equal(cc.controlPlaneEndpoint, '10.250.7.10:6443');
    assert.deepEqual(cc.etcd.external.endpoints, ['https://10.250.7.31:2379']);
    assert.deepEqual(cc.apiServer.certSANs, ['extra.example']);
    assert.equal(kubelet.kind, 'KubeletConfiguration');
});
test('join config: control planes get the key and their own advertise address; workers no taints', () => {
    const { cluster, endpoint } = loadCluster(clusterYaml());
    const secrets = { token: 'abcdef.0123456789abcdef', caCertHash: `sha256:${'b'.repeat(64)}`, certificateKey: 'a'.repeat(64) };
    const [cp] = docs(joinConfig(cluster, endpoint, cluster.spec.hosts[2], secrets));
    assert.equal(cp.controlPlane.localAPIEndpoint.advertiseAddress, '10.250.7.12');
    assert.equal(cp.controlPlane.certificateKey, 'a'.repeat(64));
    assert.deepEqual(cp.discovery.bootstrapToken.caCertHashes, [secrets.caCertHash]);
    const w = docs(joinConfig(cluster, endpoint, cluster.spec.hosts[3], secrets));
    assert.equal(w.length, 1);
    assert.equal(w[0].controlPlane, undefined);
    assert.deepEqual(w[0].nodeRegistration.taints, []);
});
test('upgrade config: the user UpgradeConfiguration, with the target release kubeha upgrades to', () => {
    const withUser = loadCluster(demoClusterYaml({ controlPlanes: 3, etcd: 0 }, { kubeadm: 'apiVersion: kubeadm.k8s.io/v1beta4\nkind: UpgradeConfiguration\napply:\n  ignorePreflightErrors: [SystemVerification]\n  kubernetesVersion: v1.0.0\nnode:\n  ignorePreflightErrors: [SystemVerification]\n' }));
    const [doc] = docs(upgradeConfig(withUser.cluster));
    assert.deepEqual(doc, {
        apiVersion: 'kubeadm.k8s.io/v1beta4',
        kind: 'UpgradeConfiguration',
        apply: { ignorePreflightErrors: ['SystemVerification'], kubernetesVersion: withUser.cluster.spec.kubernetesVersion },
        node: { ignorePreflightErrors: ['SystemVerification'] },
    });
    assert.deepEqual(docs(upgradeConfig(loadCluster(clusterYaml()).cluster))[0].apply, { kubernetesVersion: 'v1.37.2' });
});
//# sourceMappingURL=config.test.js.map