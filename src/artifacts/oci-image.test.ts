import { test } from 'node:test';
import assert from 'node:assert/strict';
import { archiveName, indexImages, nameIndex, splitRef } from './oci-image.js';
import { parseLdd } from './rootfs.js';
import { versionsFromImages } from './ensure.js';

test('references split at the tag, not at a registry port', () => {
  assert.deepEqual(splitRef('registry.k8s.io/coredns/coredns:v1.14.6'), { name: 'registry.k8s.io/coredns/coredns', tag: 'v1.14.6' });
  assert.deepEqual(splitRef('localhost:5000/pause:3.10.2'), { name: 'localhost:5000/pause', tag: '3.10.2' });
  assert.throws(() => splitRef('localhost:5000/pause'), /^Error: image reference without a tag: localhost:5000\/pause$/);
  assert.equal(archiveName('registry.k8s.io/etcd:3.7.0-0'), 'registry.k8s.io_etcd_3.7.0-0.oci.tar');
});

test('the index carries the full name for containerd', () => {
  const index = JSON.stringify({
    schemaVersion: 2,
    manifests: [{ digest: 'sha256:x', annotations: { 'org.opencontainers.image.ref.name': 'v1.37.2' } }],
  });
  const named = JSON.parse(nameIndex(index, 'registry.k8s.io/kube-apiserver:v1.37.2')) as {
    manifests: Array<{ annotations: Record<string, string> }>;
  };
  assert.equal(named.manifests[0]!.annotations['io.containerd.image.name'], 'registry.k8s.io/kube-apiserver:v1.37.2');
});

test('ldd output gives libraries and the loader', () => {
  const out = '\tlinux-vdso.so.1 (0x00007ffd)\n\tlibmnl.so.0 => /lib/x86_64-linux-gnu/libmnl.so.0 (0x1)\n\t/lib64/ld-linux-x86-64.so.2 (0x2)\n';
  assert.deepEqual(parseLdd(out), ['/lib/x86_64-linux-gnu/libmnl.so.0', '/lib64/ld-linux-x86-64.so.2']);
  assert.deepEqual(parseLdd('\tnot a dynamic executable\n'), []);
});

test('component versions come from the images kubeadm lists', () => {
  const v = versionsFromImages('v1.37.2', [
    'registry.k8s.io/kube-apiserver:v1.37.2',
    'registry.k8s.io/coredns/coredns:v1.14.6',
    'registry.k8s.io/pause:3.10.2',
    'registry.k8s.io/etcd:3.7.0-0',
  ]);
  assert.equal(v.etcd, 'v3.7.0');
  assert.equal(v.coredns, 'v1.14.6');
  assert.equal(v.pause, '3.10.2');
});

test('an archive names its images in its index, each with the digest of its manifest', () => {
  const index = { manifests: [{ digest: 'sha256:5c38', annotations: { 'io.containerd.image.name': 'registry.k8s.io/e2e-test-images/busybox:1.37.0-2' } }, { digest: 'sha256:ab' }] };
  assert.deepEqual(indexImages(JSON.stringify(index)), [{ ref: 'registry.k8s.io/e2e-test-images/busybox:1.37.0-2', digest: 'sha256:5c38' }]);
});
