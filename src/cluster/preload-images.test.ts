import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { loadCluster } from '../config/cluster.js';
import { InputError } from '../errors.js';
import { run } from '../util/process.js';
import { preloadImages } from './preload-images.js';

const file = (images: string[], prepareHosts = true) => `apiVersion: kubeha.dev/v1alpha1
kind: Cluster
metadata: {name: c}
spec:
  prepareHosts: ${prepareHosts}
  images: ${JSON.stringify(images)}
  hosts:
    - {name: lb1, address: 10.0.0.2, role: load-balancer}
    - {name: cp1, address: 10.0.0.3, role: control-plane}
`;

test('spec.images: absolute paths, imported by host preparation only', () => {
  assert.throws(() => loadCluster(file(['images/a.tar']), 'c.yaml'), (e: unknown) => e instanceof InputError && e.message === 'spec.images[0]: must be an absolute path on this machine');
  assert.throws(() => loadCluster(file(['/a.tar'], false), 'c.yaml'), (e: unknown) => e instanceof InputError && e.message === 'spec.images: are imported by host preparation: set prepareHosts: true, or import them yourself');
});

test('each archive names its images in its index; a missing or unnamed archive is bad input naming the field', async (t) => {
  const dir = await mkdtemp(join(tmpdir(), 'kubeha-preload-'));
  t.after(() => rm(dir, { recursive: true, force: true }));
  const index = { schemaVersion: 2, manifests: [{ digest: 'sha256:aa', annotations: { 'io.containerd.image.name': 'registry.k8s.io/e2e-test-images/agnhost:2.66.1' } }] };
  await writeFile(join(dir, 'index.json'), JSON.stringify(index));
  await run(['tar', '-C', dir, '-cf', join(dir, 'a.tar'), 'index.json']);
  await writeFile(join(dir, 'index.json'), JSON.stringify({ manifests: [{}] }));
  await run(['tar', '-C', dir, '-cf', join(dir, 'b.tar'), 'index.json']);
  const ok = loadCluster(file([join(dir, 'a.tar')]), 'c.yaml');
  assert.deepEqual(await preloadImages(ok.cluster, 'c.yaml'), [{ ref: 'registry.k8s.io/e2e-test-images/agnhost:2.66.1', digest: 'sha256:aa', file: join(dir, 'a.tar') }]);
  const bad = loadCluster(file([join(dir, 'b.tar'), join(dir, 'none.tar')]), 'c.yaml');
  await assert.rejects(preloadImages(bad.cluster, 'c.yaml'), (e: unknown) => {
    assert.ok(e instanceof InputError);
    assert.equal(e.exitCode, 2);
    assert.equal(e.context.file, 'c.yaml');
    assert.deepEqual(e.context.issues?.map((i) => i.path), ['spec.images[0]', 'spec.images[1]']);
    assert.match(e.context.issues![0]!.message, /names no image/);
    assert.match(e.context.issues![1]!.message, /not a readable OCI archive/);
    return true;
  });
});
