import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { access, mkdtemp, readFile, rm, stat, unlink, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureArtifacts } from '../../src/artifacts/ensure.js';
import { downloadReleaseBinaries } from '../../src/artifacts/download.js';
import { checkManifest } from '../../src/artifacts/manifest.js';
import { DEFAULT_KUBERNETES_VERSION, type ArtifactSet } from '../../src/artifacts/layout.js';
import { KubehaError } from '../../src/errors.js';
import type { KubehaEvent } from '../../src/events.js';
import { run } from '../../src/util/process.js';
import { scratchContainerd } from './scratch-containerd.js';

const V = DEFAULT_KUBERNETES_VERSION;
let set: ArtifactSet;

before(async () => {
  // Warm cache: verifies the entry's manifest and returns; cold, this builds everything.
  set = await ensureArtifacts({ version: V, releaseBaseUrl: null });
});

test('every binary reports the pinned version', async () => {
  const bin = (name: string): string => join(set.binDir, name);
  const out = async (argv: string[]): Promise<string> => {
    const r = await run(argv, { doing: `asking ${argv[0]} its version` });
    return r.stdout + r.stderr;
  };
  for (const b of ['kube-apiserver', 'kube-controller-manager', 'kube-scheduler', 'kube-proxy', 'kubelet']) {
    assert.equal((await out([bin(b), '--version'])).trim(), `Kubernetes ${V}`, b);
  }
  assert.equal((await out([bin('kubeadm'), 'version', '-o', 'short'])).trim(), V);
  assert.match(await out([bin('kubectl'), 'version', '--client']), new RegExp(`Client Version: ${V.replace(/\./g, '\\.')}`));
  const etcd = set.versions.etcd.slice(1);
  assert.match(await out([bin('etcd'), '--version']), new RegExp(`etcd Version: ${etcd}`));
  assert.match(await out([bin('etcdctl'), 'version']), new RegExp(`etcdctl version: ${etcd}`));
  assert.match(await out([bin('coredns'), '-version']), new RegExp(`CoreDNS-${set.versions.coredns.slice(1)}`));
  assert.equal((await out([bin('flanneld'), '--version'])).trim(), set.versions.flannel);
  assert.match(await out([join(set.cniDir, 'flannel')]), new RegExp(`CNI flannel plugin ${set.versions.flannelCniPlugin}`));
  const refs = (await out([bin('kubeadm'), 'config', 'images', 'list', '--kubernetes-version', V])).trim().split('\n');
  for (const ref of refs) assert.ok(set.images.some((i) => i.ref === ref), `no archive for ${ref}`);
  assert.equal(set.images.length, refs.length + 2);
});

test('every image imports into a real containerd, and kube-apiserver runs from its image', async (t) => {
  const ctr = await scratchContainerd(t);
  for (const image of set.images) await ctr(['images', 'import', image.file]);
  const listed = (await ctr(['images', 'ls', '-q'])).stdout.trim().split('\n');
  for (const image of set.images) assert.ok(listed.includes(image.ref), `${image.ref} not imported (have ${listed.join(', ')})`);
  const apiserver = `registry.k8s.io/kube-apiserver:${V}`;
  const result = await ctr(['run', '--rm', apiserver, `kubeha-test-${process.pid}`, 'kube-apiserver', '--version']);
  assert.equal(result.stdout.trim(), `Kubernetes ${V}`);
  const flannelPlugin = set.images.find((i) => i.ref.includes('flannel-cni-plugin'))!.ref;
  await ctr(['run', '--rm', flannelPlugin, `kubeha-test-cp-${process.pid}`, 'cp', '-f', '/flannel', '/tmp/flannel']);
});

test('a release download is accepted only when its checksum matches', async (t) => {
  const payload = await readFile(join(set.binDir, 'kubectl'));
  const right = createHash('sha256').update(payload).digest('hex');
  const wrong = createHash('sha256').update('something else').digest('hex');
  const server: Server = createServer((req, res) => {
    const url = req.url ?? '';
    if (url === `/good/${V}/bin/linux/amd64/kubectl.sha256`) res.end(`${right}\n`);
    else if (url === `/bad/${V}/bin/linux/amd64/kubectl.sha256`) res.end(`${wrong}  kubectl\n`);
    else if (url.endsWith('/bin/linux/amd64/kubectl')) res.end(payload);
    else res.writeHead(404).end();
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  t.after(() => new Promise<void>((r) => server.close(() => r())));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const dest = await mkdtemp(join(tmpdir(), 'kubeha-download-'));
  t.after(() => rm(dest, { recursive: true, force: true }));

  await assert.rejects(
    downloadReleaseBinaries({ baseUrl: `${base}/bad`, version: V, binaries: ['kubectl'], destDir: dest }),
    (err: unknown) => err instanceof KubehaError && /checksum mismatch for kubectl/.test(err.message),
  );
  await assert.rejects(access(join(dest, 'kubectl')), { code: 'ENOENT' });

  await downloadReleaseBinaries({ baseUrl: `${base}/good`, version: V, binaries: ['kubectl'], destDir: dest });
  const got = await readFile(join(dest, 'kubectl'));
  assert.equal(createHash('sha256').update(got).digest('hex'), right);
  assert.equal((await stat(join(dest, 'kubectl'))).mode & 0o777, 0o755);

  // A server that is not there fails at once, so ensure can fall through to the next source.
  const closed = createServer();
  await new Promise<void>((r) => closed.listen(0, '127.0.0.1', r));
  const deadPort = (closed.address() as AddressInfo).port;
  await new Promise<void>((r) => closed.close(() => r()));
  const started = Date.now();
  await assert.rejects(
    downloadReleaseBinaries({ baseUrl: `http://127.0.0.1:${deadPort}`, version: V, binaries: ['kubectl'], destDir: dest, connectTimeoutMs: 1000 }),
    KubehaError,
  );
  assert.ok(Date.now() - started < 2000);
});

test('a damaged cache entry is detected and rebuilt, reusing what is intact', async (t) => {
  // A private cache root on the same file system, holding hard links to the real entry: files are only ever
  // replaced (never written in place), so the real cache is untouched.
  const root = await mkdtemp(join(set.dir, '..', '..', 'e2e-'));
  t.after(() => rm(root, { recursive: true, force: true }));
  const copy = join(root, 'artifacts', V);
  await run(['mkdir', '-p', join(root, 'artifacts')]);
  await run(['cp', '-al', set.dir, copy]);
  const pause = set.images.find((i) => i.ref.startsWith('registry.k8s.io/pause:'))!;
  const pauseRel = join('images', pause.file.split('/').pop()!);
  const whole = await readFile(join(copy, pauseRel));
  await unlink(join(copy, pauseRel));
  await writeFile(join(copy, pauseRel), whole.subarray(0, 1000));

  const before = await checkManifest(copy, V);
  assert.equal(before.ok, false);
  if (!before.ok) assert.deepEqual(before.problems, [`${pauseRel} has 1000 bytes, expected ${whole.length}`]);

  const events: KubehaEvent[] = [];
  const rebuilt = await ensureArtifacts({ version: V, cacheRoot: root, releaseBaseUrl: null, emit: (e) => events.push(e) });
  assert.equal(rebuilt.dir, copy);
  assert.ok(events.some((e) => e.type === 'log' && e.level === 'warn' && e.message.includes(pauseRel)));
  const builtImages = events.filter((e) => e.type === 'progress' && e.message.startsWith('building image'));
  assert.deepEqual(builtImages.map((e) => (e.type === 'progress' ? e.message : '')), [`building image ${pause.ref}`]);
  assert.ok(!events.some((e) => e.type === 'progress' && e.scope !== 'artifacts/images'), 'nothing else was built');
  assert.equal((await checkManifest(copy, V)).ok, true);
  assert.ok((await stat(join(copy, pauseRel))).size > 1000);
  assert.equal((await stat(pause.file)).size, whole.length, 'the real cache is untouched');
});

