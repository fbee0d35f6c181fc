import { test } from 'node:test';
import assert from 'node:assert/strict';
import { e2eImagesComponent, sampleApiserverComponent } from './test-image-components.js';
import { DEBIAN_ROOTS, parseApplets, testImageRecipes } from './test-image-recipes.js';
import { rootfsKey } from './debian-rootfs.js';
import { entryVersion, substitutionsOf } from './test-images.js';

// test/utils/image/manifest.go of k8s.io/kubernetes v1.37.2, lines 213-232: the images a conformance spec runs
// that kubeha builds (pause and etcd are the release's own images).
const MANIFEST_REFS = [
  'registry.k8s.io/e2e-test-images/agnhost:2.55',
  'registry.k8s.io/e2e-test-images/agnhost:2.66.1',
  'registry.k8s.io/e2e-test-images/sample-apiserver:1.29.2',
  'registry.k8s.io/e2e-test-images/busybox:1.37.0-2',
  'registry.k8s.io/e2e-test-images/glibc-dns-testing:2.1.1',
  'registry.k8s.io/e2e-test-images/nautilus:1.8',
  'registry.k8s.io/e2e-test-images/nginx:1.27.0-2',
  'registry.k8s.io/e2e-test-images/nonewprivs:1.4',
];

test('the images are named exactly as manifest.go names them', () => {
  assert.deepEqual(testImageRecipes().map((r) => r.ref), MANIFEST_REFS);
});

test("each image's entrypoint and command are upstream's", () => {
  const config = Object.fromEntries(testImageRecipes().map((r) => [r.ref.split('/').pop(), r.config]));
  assert.deepEqual(config['agnhost:2.66.1'], { entrypoint: ['/agnhost'], cmd: ['pause'] });
  assert.deepEqual(config['agnhost:2.55'], { entrypoint: ['/agnhost'], cmd: ['pause'] });
  assert.deepEqual(config['nautilus:1.8'], { entrypoint: ['/agnhost'], cmd: ['test-webserver'] });
  assert.deepEqual(config['busybox:1.37.0-2'], { cmd: ['sh'] });
  assert.deepEqual(config['nginx:1.27.0-2'], { cmd: ['nginx', '-g', 'daemon off;'], stopSignal: 'SIGQUIT' });
  assert.deepEqual(config['glibc-dns-testing:2.1.1'], { cmd: ['bash'] });
  assert.deepEqual(config['nonewprivs:1.4'], { cmd: ['nnp'] });
  assert.deepEqual(config['sample-apiserver:1.29.2'], { entrypoint: ['/sample-apiserver'] });
});

test('the two agnhosts are built apart, with their own stamps, never in the release build directory', () => {
  const main = e2eImagesComponent('v1.37.2');
  const prev = e2eImagesComponent('v1.37.2', '2.55');
  assert.equal(main.name, 'k8s-e2e-images');
  assert.equal(prev.name, 'k8s-e2e-agnhost-2.55');
  assert.match(main.ldflags, /-X main\.Version=2\.66\.1$/);
  assert.match(prev.ldflags, /-X main\.Version=2\.55$/);
  assert.deepEqual(main.binaries.map((b) => b.file), ['agnhost', 'nnp']);
  assert.equal(main.stagingReplaces, true);
  assert.notEqual(main.name, 'k8s');
  assert.deepEqual(sampleApiserverComponent().binaries, [{ pkg: 'k8s.io/sample-apiserver', file: 'sample-apiserver' }]);
});

test('every image says what it needs, and every one that differs from upstream says how', () => {
  for (const r of testImageRecipes()) {
    for (const root of r.debianRoots) assert.ok(DEBIAN_ROOTS[root], `${r.ref}: ${root}`);
    assert.ok(r.substitutions.length > 0, r.ref);
  }
  const lines = substitutionsOf(testImageRecipes());
  assert.ok(lines.every((l) => l.startsWith('registry.k8s.io/e2e-test-images/')));
  assert.ok(lines.some((l) => l.startsWith('registry.k8s.io/e2e-test-images/agnhost:2.55: agnhost built from')));
});

test('a root file system is keyed by its packages in any order, its variant and the apt sources', () => {
  const a = rootfsKey({ variant: 'minbase', packages: ['curl', 'bash'] }, ['deb x']);
  assert.equal(a, rootfsKey({ variant: 'minbase', packages: ['bash', 'curl'] }, ['deb x']));
  assert.notEqual(a, rootfsKey({ variant: 'extract', packages: ['bash', 'curl'] }, ['deb x']));
  assert.notEqual(a, rootfsKey({ variant: 'minbase', packages: ['bash', 'curl'] }, ['deb y']));
});

test('busybox applets are the names of its list, without itself', () => {
  assert.deepEqual(parseApplets('[\n[[\nbusybox\nsh\nsysctl\n\n'), ['[', '[[', 'sh', 'sysctl']);
});

test('the entry is keyed by the release and the recipes', () => {
  const recipes = testImageRecipes();
  const key = entryVersion('v1.37.2', recipes);
  assert.match(key, /^v1\.37\.2\+[0-9a-f]{12}$/);
  assert.equal(entryVersion('v1.37.2', testImageRecipes()), key);
  const changed = recipes.map((r, i) => (i === 0 ? { ...r, config: { ...r.config, cmd: ['other'] } } : r));
  assert.notEqual(entryVersion('v1.37.2', changed), key);
});
