import assert from 'node:assert/strict';
import { test } from 'node:test';
import { imagesForRole } from './images.js';
const REFS = [
    'registry.k8s.io/kube-apiserver:v1.37.2',
    'registry.k8s.io/kube-controller-manager:v1.37.2',
    'registry.k8s.io/kube-scheduler:v1.37.2',
    'registry.k8s.io/kube-proxy:v1.37.2',
    'registry.k8s.io/coredns/coredns:v1.14.6',
    'registry.k8s.io/pause:3.10.2',
    'registry.k8s.io/etcd:3.7.0-0',
    'ghcr.io/flannel-io/flannel:v0.28.10',
    'ghcr.io/flannel-io/flannel-cni-plugin:v0.9.1',
];
test("each role gets exactly the images its pods use (nothing is pulled)", () => {
    assert.deepEqual(imagesForRole(REFS, 'control-plane'), REFS);
    assert.deepEqual(imagesForRole(REFS, 'worker'), [
        'registry.k8s.io/kube-proxy:v1.37.2',
        'registry.k8s.io/coredns/coredns:v1.14.6',
        'registry.k8s.io/pause:3.10.2',
        'ghcr.io/flannel-io/flannel:v0.28.10',
        'ghcr.io/flannel-io/flannel-cni-plugin:v0.9.1',
    ]);
    assert.deepEqual(imagesForRole(REFS, 'etcd'), ['registry.k8s.io/pause:3.10.2', 'registry.k8s.io/etcd:3.7.0-0']);
    assert.deepEqual(imagesForRole(REFS, 'load-balancer'), []);
});
//# sourceMappingURL=images.test.js.map