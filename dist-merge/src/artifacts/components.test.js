import { test } from 'node:test';
import assert from 'node:assert/strict';
import { etcdVersionFromImageTag, kubernetesComponent } from './components.js';
test('etcd image tags map to etcd releases', () => {
    assert.equal(etcdVersionFromImageTag('3.7.0-0'), 'v3.7.0');
    assert.equal(etcdVersionFromImageTag('3.6.5'), 'v3.6.5');
    assert.throws(() => etcdVersionFromImageTag('latest'), /^Error: unexpected etcd image tag: latest$/);
});
test('kubernetes binaries carry their version in the ldflags', () => {
    const c = kubernetesComponent('v1.37.2');
    assert.equal(c.binaries.length, 7);
    assert.match(c.ldflags, /-X k8s\.io\/component-base\/version\.gitVersion=v1\.37\.2 /);
    assert.match(c.ldflags, /gitMinor=37/);
});
//# sourceMappingURL=components.test.js.map