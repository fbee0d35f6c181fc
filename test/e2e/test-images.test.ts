import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { access, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_KUBERNETES_VERSION } from '../../src/artifacts/layout.js';
import { splitRef } from '../../src/artifacts/oci-image.js';
import { ensureTestImages, type TestImageSet } from '../../src/artifacts/test-images.js';
import { run } from '../../src/util/process.js';
import { parseImageList } from '../../src/steps/prepare-host/images.js';
import { scratchContainerd } from './scratch-containerd.js';

// The conformance test images work without a cluster: each archive unpacked (umoci) and its programs run
// chrooted, in their own mount, pid and network namespaces with /proc and /dev as a runtime gives them.
// With KUBEHA_E2E_FULL=1 (built when missing; a cold build takes about 15 minutes): in the suite, the conformance
// test runs these images in real pods, its busybox spec on environment variable names included.

const V = DEFAULT_KUBERNETES_VERSION;
const skip = process.env['KUBEHA_E2E_FULL'] === '1' ? false : 'set KUBEHA_E2E_FULL=1';
let set: TestImageSet;

before(async () => {
  if (skip === false) set = await ensureTestImages({ version: V });
});

function archive(ref: string): string {
  const image = set.images.find((i) => i.ref === `registry.k8s.io/e2e-test-images/${ref}`);
  assert.ok(image, `no archive for ${ref}`);
  return image.file;
}

interface Unpacked {
  rootfs: string;
  config: { Entrypoint?: string[]; Cmd?: string[]; StopSignal?: string; Env?: string[] };
  /** The manifest's digest, and the name containerd will give the image. */
  digest: string;
  name: string | undefined;
}

async function unpack(t: { after: (fn: () => Promise<void>) => void }, file: string, ref: string): Promise<Unpacked> {
  const dir = await mkdtemp(join(tmpdir(), 'kubeha-test-image-'));
  t.after(() => rm(dir, { recursive: true, force: true }));
  const layout = join(dir, 'oci');
  await run(['mkdir', '-p', layout]);
  await run(['tar', '-xf', file, '-C', layout]);
  await run(['umoci', 'unpack', '--image', `${layout}:${splitRef(ref).tag}`, join(dir, 'bundle')], { timeoutMs: 300_000 });
  const index = JSON.parse(await readFile(join(layout, 'index.json'), 'utf8')) as {
    manifests: Array<{ digest: string; annotations?: Record<string, string> }>;
  };
  const blob = async (digest: string): Promise<unknown> => JSON.parse(await readFile(join(layout, 'blobs', ...digest.split(':')), 'utf8'));
  const manifest = index.manifests[0]!;
  const configDigest = ((await blob(manifest.digest)) as { config: { digest: string } }).config.digest;
  const config = ((await blob(configDigest)) as { config: Unpacked['config'] }).config;
  const rootfs = join(dir, 'bundle', 'rootfs');
  // What kubelet mounts into every container.
  await writeFile(join(rootfs, 'etc/hosts'), '127.0.0.1\tlocalhost\n::1\tlocalhost ip6-localhost\n');
  return { rootfs, config, digest: manifest.digest, name: manifest.annotations?.['io.containerd.image.name'] };
}

/** Runs argv in the image's root, as `user` (uid:gid) and with no_new_privs if asked; stdout and stderr together. */
interface InImage {
  user?: string;
  noNewPrivs?: boolean;
  /** The root file system read-only, as a pod's with readOnlyRootFilesystem. */
  readOnly?: boolean;
}

async function inImage(rootfs: string, argv: string[], opts: InImage = {}): Promise<{ code: number; out: string }> {
  const chroot = ['chroot', ...(opts.user ? [`--userspec=${opts.user}`] : []), rootfs, ...argv];
  const readOnly = opts.readOnly ? 'mount --bind "$0" "$0" && mount -o remount,bind,ro "$0" && ' : '';
  const script = `mkdir -p "$0/proc" "$0/dev" && ${readOnly}mount -t proc proc "$0/proc" && mount --rbind /dev "$0/dev" && exec "$@"`;
  const inner = [...(opts.noNewPrivs ? ['setpriv', '--no-new-privs'] : []), ...chroot];
  const r = await run(['unshare', '--mount', '--pid', '--fork', '--net', 'sh', '-c', script, rootfs, ...inner], {
    allowFailure: true,
    timeoutMs: 60_000,
  });
  return { code: r.code ?? -1, out: `${r.stdout}${r.stderr}` };
}

async function ok(rootfs: string, argv: string[], opts: InImage = {}): Promise<string> {
  const r = await inImage(rootfs, argv, opts);
  assert.equal(r.code, 0, `${argv.join(' ')}: ${r.out}`);
  return r.out;
}

test('agnhost 2.66.1: its version, agnhost-2, the userland the specs shell out to, user and files', { skip }, async (t) => {
  const ref = 'agnhost:2.66.1';
  const img = await unpack(t, archive(ref), `registry.k8s.io/e2e-test-images/${ref}`);
  assert.equal(img.name, `registry.k8s.io/e2e-test-images/${ref}`);
  assert.deepEqual([img.config.Entrypoint, img.config.Cmd], [['/agnhost'], ['pause']]);
  const r = img.rootfs;
  assert.match(await ok(r, ['/agnhost', '--version']), /version 2\.66\.1$/m);
  assert.match(await ok(r, ['/agnhost-2', '--version']), /version 2\.66\.1$/m);
  const tools = await ok(r, ['sh', '-c', 'dig -v; curl --version; nc -h 2>&1 | head -1; getent hosts localhost; ip -V; iperf -v 2>&1; socat -V | head -2; bash --version | head -1; ipcs -V; ps --version; test -d /uploads && echo uploads']);
  for (const expected of [/DiG 9\./, /^curl \d/m, /OpenBSD netcat/, /^(127\.0\.0\.1|::1)\s+localhost/m, /^ip utility, iproute2/m, /^iperf version 2/m, /socat version/, /GNU bash/, /ipcs from util-linux/, /procps-ng/, /^uploads$/m]) {
    assert.match(tools, expected);
  }
  assert.match(await ok(r, ['id', 'user-defined-in-image']), /^uid=1000\(user-defined-in-image\) gid=1000\(user-defined-in-image\) groups=1000\(user-defined-in-image\),50000\(group-defined-in-image\)$/m);
  assert.match(await ok(r, ['readlink', '/usr/local/bin/iperf']), /^\/usr\/bin\/iperf$/m);
  assert.match(await ok(r, ['head', '-1', '/localhost.crt']), /BEGIN CERTIFICATE/);
  assert.match(await ok(r, ['head', '-1', '/localhost.key']), /BEGIN (RSA )?PRIVATE KEY/);
  // The runtime's, not this machine's (mmdebstrap copies them).
  for (const f of ['etc/resolv.conf', 'etc/hostname']) await assert.rejects(access(join(r, f)), { code: 'ENOENT' }, f);
});

test('agnhost 2.55 says 2.55, and is a different image from 2.66.1', { skip }, async (t) => {
  const prev = await unpack(t, archive('agnhost:2.55'), 'registry.k8s.io/e2e-test-images/agnhost:2.55');
  const main = await unpack(t, archive('agnhost:2.66.1'), 'registry.k8s.io/e2e-test-images/agnhost:2.66.1');
  assert.match(await ok(prev.rootfs, ['/agnhost', '--version']), /version 2\.55$/m);
  assert.match(await ok(prev.rootfs, ['/agnhost-2', '--version']), /version 2\.55$/m);
  assert.notEqual(prev.digest, main.digest);
});

test('busybox: every applet in /bin, the ones specs call work, the library image users', { skip }, async (t) => {
  const img = await unpack(t, archive('busybox:1.37.0-2'), 'registry.k8s.io/e2e-test-images/busybox:1.37.0-2');
  assert.deepEqual(img.config.Cmd, ['sh']);
  const r = img.rootfs;
  assert.match(await ok(r, ['/bin/sysctl', '-n', 'kernel.ostype']), /^Linux$/m);
  assert.match(await ok(r, ['/bin/sh', '-c', '/bin/wget --help 2>&1 | head -1']), /BusyBox v1\.37\.0/);
  assert.match(await ok(r, ['/bin/sh', '-c', '/bin/nslookup 2>&1 | head -1']), /BusyBox v1\.37\.0/);
  // ash, word for word as "Kubelet when scheduling a read only busybox container should not write to root filesystem" expects it.
  const readOnly = await inImage(r, ['/bin/sh', '-c', 'echo test > /file; sleep 0'], { readOnly: true });
  assert.equal(readOnly.out, '/bin/sh: can\'t create /file: Read-only file system\n');
  await ok(r, ['/bin/true']);
  assert.equal((await inImage(r, ['/bin/false'])).code, 1);
  assert.match(await ok(r, ['/bin/sh', '-c', 'id -u; echo hi > /tmp/x && cat /tmp/x; timeout 5 sleep 0; hostname >/dev/null && echo named']), /^0\nhi\nnamed\n$/);
  // The conformance specs on environment variable names pass names that are no shell names through `sh -c env`.
  const env = await ok(r, ['/bin/env', '-i', '1-data-1=value-1', '$_-data-1=v', '/bin/sh', '-c', 'env']);
  for (const line of ['1-data-1=value-1', '$_-data-1=v']) assert.ok(env.split('\n').includes(line), `${line} in:\n${env}`);
  assert.match(await readFile(join(r, 'etc/passwd'), 'utf8'), /^nobody:x:65534:65534:/m);
  assert.equal((await stat(join(r, 'tmp'))).mode & 0o7777, 0o1777);
});

test('nginx: its configuration is valid, logs go to the container output, it stops on SIGQUIT', { skip }, async (t) => {
  const img = await unpack(t, archive('nginx:1.27.0-2'), 'registry.k8s.io/e2e-test-images/nginx:1.27.0-2');
  assert.deepEqual(img.config.Cmd, ['nginx', '-g', 'daemon off;']);
  assert.equal(img.config.StopSignal, 'SIGQUIT');
  // Through a pipe, as a runtime's log FIFO: /dev/stderr of a socket (what node gives a child) cannot be opened.
  const checked = await ok(img.rootfs, ['sh', '-c', '{ nginx -t; echo "status $?"; } 2>&1 | cat']);
  assert.match(checked, /syntax is ok[\s\S]*test is successful[\s\S]*^status 0$/m);
  assert.match(await ok(img.rootfs, ['readlink', '/var/log/nginx/access.log', '/var/log/nginx/error.log']), /^\/dev\/stdout\n\/dev\/stderr$/m);
});

test('glibc-dns-testing: dig and glibc getent', { skip }, async (t) => {
  const img = await unpack(t, archive('glibc-dns-testing:2.1.1'), 'registry.k8s.io/e2e-test-images/glibc-dns-testing:2.1.1');
  const out = await ok(img.rootfs, ['sh', '-c', 'dig -v; getent hosts localhost; seq 1 2']);
  assert.match(out, /DiG 9\./);
  assert.match(out, /^(127\.0\.0\.1|::1)\s+localhost/m);
});

test('nautilus: agnhost serving data.json from /', { skip }, async (t) => {
  const img = await unpack(t, archive('nautilus:1.8'), 'registry.k8s.io/e2e-test-images/nautilus:1.8');
  assert.deepEqual([img.config.Entrypoint, img.config.Cmd], [['/agnhost'], ['test-webserver']]);
  assert.match(await ok(img.rootfs, ['/agnhost', '--version']), /version 2\.66\.1$/m);
  assert.match(await readFile(join(img.rootfs, 'data.json'), 'utf8'), /"image": "nautilus.jpg"/);
  await access(join(img.rootfs, 'nautilus.jpg'));
});

test('nonewprivs: nnp is setuid root; with no_new_privs, as uid 1000, it stays 1000', { skip }, async (t) => {
  const img = await unpack(t, archive('nonewprivs:1.4'), 'registry.k8s.io/e2e-test-images/nonewprivs:1.4');
  assert.deepEqual(img.config.Cmd, ['nnp']);
  const nnp = await stat(join(img.rootfs, 'usr/local/bin/nnp'));
  assert.deepEqual([nnp.uid, nnp.mode & 0o7777], [0, 0o4755]);
  assert.match(await ok(img.rootfs, ['nnp'], { user: '1000:1000' }), /Effective uid: 0/);
  assert.match(await ok(img.rootfs, ['nnp'], { user: '1000:1000', noNewPrivs: true }), /Effective uid: 1000/);
});

test('sample-apiserver: the binary runs', { skip }, async (t) => {
  const img = await unpack(t, archive('sample-apiserver:1.29.2'), 'registry.k8s.io/e2e-test-images/sample-apiserver:1.29.2');
  assert.deepEqual(img.config.Entrypoint, ['/sample-apiserver']);
  assert.match(await ok(img.rootfs, ['/sample-apiserver', '--help']), /--etcd-servers/);
});

test('every test image imports into a real containerd under its reference', { skip }, async (t) => {
  const ctr = await scratchContainerd(t);
  for (const image of set.images) await ctr(['images', 'import', image.file], 300_000);
  const listed = parseImageList((await ctr(['images', 'ls'])).stdout);
  for (const image of set.images) assert.ok(listed.has(image.ref), `${image.ref} not imported`);
  const digest = (ref: string) => listed.get(ref);
  assert.notEqual(digest('registry.k8s.io/e2e-test-images/agnhost:2.55'), digest('registry.k8s.io/e2e-test-images/agnhost:2.66.1'));
});
