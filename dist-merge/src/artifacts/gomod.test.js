import { test } from 'node:test';
import assert from 'node:assert/strict';
import { goBinaryName, inheritedReplaces, parseReplaces, renderGoMod, renderToolsGo, stagingVersion } from './gomod.js';
const kubernetesGoMod = `module k8s.io/kubernetes

go 1.26.0

require (
\tk8s.io/api v0.0.0
)

replace (
\tk8s.io/api => ./staging/src/k8s.io/api
\tk8s.io/client-go => ./staging/src/k8s.io/client-go // a comment
)
`;
test('staging replaces become the published v0 releases', () => {
    assert.equal(stagingVersion('v1.37.2'), 'v0.37.2');
    assert.deepEqual(inheritedReplaces(kubernetesGoMod, { stagingVersion: 'v0.37.2' }), [
        { from: 'k8s.io/api', to: 'k8s.io/api', toVersion: 'v0.37.2' },
        { from: 'k8s.io/client-go', to: 'k8s.io/client-go', toVersion: 'v0.37.2' },
    ]);
});
test('sibling directories are dropped and module replaces are kept', () => {
    const etcd = 'module go.etcd.io/etcd/server/v3\n\nreplace (\n\tgo.etcd.io/etcd/api/v3 => ../api\n)\n' +
        'replace github.com/a/b v1.0.0 => github.com/c/b v1.2.0\n';
    assert.deepEqual(parseReplaces(etcd), [
        { from: 'go.etcd.io/etcd/api/v3', to: '../api' },
        { from: 'github.com/a/b', to: 'github.com/c/b', toVersion: 'v1.2.0' },
    ]);
    assert.deepEqual(inheritedReplaces(etcd), [{ from: 'github.com/a/b', to: 'github.com/c/b', toVersion: 'v1.2.0' }]);
});
test('a commented-out replace is ignored', () => {
    assert.deepEqual(parseReplaces('// replace a => b v1.0.0\n'), []);
});
test('renders the build module', () => {
    const text = renderGoMod({
        goVersion: '1.26',
        module: 'k8s.io/kubernetes',
        version: 'v1.37.2',
        replaces: [{ from: 'k8s.io/api', to: 'k8s.io/api', toVersion: 'v0.37.2' }],
    });
    assert.equal(text, 'module kubeha.local/build\n\ngo 1.26\n\nrequire k8s.io/kubernetes v1.37.2\n\nreplace (\n\tk8s.io/api => k8s.io/api v0.37.2\n)\n');
    assert.match(renderToolsGo(['k8s.io/kubernetes/cmd/kubeadm']), /^\/\/go:build tools\n\npackage build\n\nimport \(\n\t_ "k8s.io\/kubernetes\/cmd\/kubeadm"\n\)\n$/);
});
test('binary names follow go build', () => {
    assert.equal(goBinaryName('go.etcd.io/etcd/server/v3'), 'server');
    assert.equal(goBinaryName('k8s.io/kubernetes/cmd/kube-apiserver'), 'kube-apiserver');
    assert.equal(goBinaryName('github.com/flannel-io/flannel/cmd/install_conf'), 'install_conf');
});
//# sourceMappingURL=gomod.test.js.map