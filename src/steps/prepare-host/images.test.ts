import assert from 'node:assert/strict';
import { test } from 'node:test';
import { imagesForRole, parseImageList } from './images.js';

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

test("ctr images ls: each reference with its digest (a rebuilt archive's tag is imported again)", () => {
  const out = [
    'REF                                              TYPE                                       DIGEST                                                                  SIZE      PLATFORMS   LABELS',
    'registry.k8s.io/e2e-test-images/busybox:1.37.0-2 application/vnd.oci.image.manifest.v1+json sha256:befa5ed10fc9bb91ff59f5c732bd530843ea5a632493615a7773d4550e5a9c21 1.0 MiB   linux/amd64 io.cri-containerd.image=managed',
    '',
  ].join('\n');
  assert.deepEqual([...parseImageList(out)], [['registry.k8s.io/e2e-test-images/busybox:1.37.0-2', 'sha256:befa5ed10fc9bb91ff59f5c732bd530843ea5a632493615a7773d4550e5a9c21']]);
});
