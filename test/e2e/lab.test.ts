import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, readlink, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { artifactsDir } from '../../src/artifacts/layout.js';
import { KubehaError } from '../../src/errors.js';
import { LAB_BRIDGE, PAUSE_IMAGE, connectLabHost, createLab, destroyLab, execInHost, kubeletCgroupRoot, listLabs, type LabState } from '../../src/lab/index.js';
import { SshHost } from '../../src/transport/ssh.js';
import { run } from '../../src/util/process.js';
import { labName } from './lab-fixture.js';

const LAB = labName('e2e');

function binDir(): string {
  const artifacts = join(artifactsDir(), 'bin');
  return artifacts;
}

/**
 * The artifacts' images when they exist; otherwise a small local image (busybox sleeping) built offline with
 * umoci + skopeo under the pause image's name, so containerd and the kubelet have a sandbox image to run.
 */
async function imagesDir(scratch: string): Promise<string> {
  const artifacts = join(artifactsDir(), 'images');
  if (existsSync(join(artifacts, 'images.json'))) return artifacts;
  const dir = join(scratch, 'images');
  const layout = join(scratch, 'oci');
  const bundle = join(scratch, 'bundle');
  await run(['mkdir', '-p', dir]);
  await run(['umoci', 'init', '--layout', layout]);
  await run(['umoci', 'new', '--image', `${layout}:t`]);
  await run(['umoci', 'unpack', '--rootless', '--image', `${layout}:t`, bundle]);
  await run(['mkdir', '-p', join(bundle, 'rootfs', 'bin')]);
  await run(['cp', '/usr/bin/busybox', join(bundle, 'rootfs', 'bin', 'busybox')]);
  for (const applet of ['sh', 'sleep']) await run(['ln', '-s', 'busybox', join(bundle, 'rootfs', 'bin', applet)]);
  await run(['umoci', 'repack', '--image', `${layout}:t`, bundle]);
  await run(['umoci', 'config', '--image', `${layout}:t`, '--config.entrypoint', '/bin/sleep', '--config.cmd', 'infinity']);
  const archive = join(dir, 'pause.tar');
  await run(['skopeo', 'copy', '-q', `oci:${layout}:t`, `oci-archive:${archive}:${PAUSE_IMAGE}`]);
  await writeFile(join(dir, 'images.json'), JSON.stringify([{ ref: PAUSE_IMAGE, file: archive }]));
  return dir;
}

interface Snapshot {
  netns: string[];
  links: string[];
  mounts: string[];
  processes: string[];
  cgroups: string[];
}

/** What of this lab is visible on the machine (filtered to the lab: other work runs on the machine too). */
async function snapshot(labDir: string, lab: string): Promise<Snapshot> {
  const netns = (await run(['ip', 'netns', 'list'])).stdout.split('\n').map((l) => l.split(' ')[0]!).filter((n) => n.startsWith(`kubeha-${lab}-`));
  const links = (await run(['ip', '-o', 'link'])).stdout
    .split('\n')
    .map((l) => l.split(': ')[1]?.split('@')[0] ?? '')
    .filter((n) => n.startsWith('khv-') || n.startsWith('khp-') || n === LAB_BRIDGE);
  const mounts = (await readFile('/proc/self/mountinfo', 'utf8')).split('\n').filter((l) => l.includes(labDir) || l.includes(`kubeha-${lab}-`));
  const processes: string[] = [];
  for (const pid of await readdir('/proc')) {
    if (!/^\d+$/.test(pid)) continue;
    try {
      const statText = await readFile(`/proc/${pid}/stat`, 'utf8');
      if (statText.slice(statText.lastIndexOf(')') + 2).startsWith('Z')) continue;
      const environ = await readFile(`/proc/${pid}/environ`, 'utf8').catch(() => '');
      const root = await readlink(`/proc/${pid}/cwd`).catch(() => '');
      if (environ.includes(labDir) || root.includes(labDir)) processes.push(`${pid} ${statText.split(' ')[1]}`);
    } catch {
      // gone meanwhile
    }
  }
  const cgroups: string[] = [];
  for (const h of await readdir('/sys/fs/cgroup')) {
    for (const entry of await readdir(join('/sys/fs/cgroup', h)).catch(() => [] as string[])) {
      if (entry.startsWith(`kubeha-${lab}-`)) cgroups.push(`${h}/${entry}`);
    }
  }
  return { netns, links, mounts, processes, cgroups };
}

test('a 6-host lab: SSH with host keys, isolation, containerd, a static pod, and a clean destroy', { timeout: 600_000 }, async (t) => {
  assert.equal(process.getuid?.(), 0, 'the lab needs root');
  const scratch = await mkdtemp(join(tmpdir(), 'kubeha-lab-e2e-'));
  const labDir = `/var/lib/kubeha/labs/${LAB}`;
  const bridgeBefore = (await run(['ip', 'link', 'show', 'dev', LAB_BRIDGE], { allowFailure: true })).code === 0;
  const before = await snapshot(labDir, LAB);
  const open: SshHost[] = [];
  t.after(async () => {
    for (const c of open) await c.close().catch(() => {});
    await destroyLab(LAB).catch(() => {});
    await rm(scratch, { recursive: true, force: true });
  });

  const images = await imagesDir(scratch);
  const t0 = Date.now();
  const lab: LabState = await createLab({ name: LAB, loadBalancers: 1, controlPlanes: 3, etcd: 0, workers: 2 }, { binDir: binDir(), imagesDir: images });
  t.diagnostic(`created 6 hosts in ${Date.now() - t0} ms`);
  assert.deepEqual(lab.hosts.map((h) => h.name), ['lb1', 'cp1', 'cp2', 'cp3', 'w1', 'w2']);
  assert.equal((await stat(lab.clientKeyFile)).mode & 0o777, 0o600);
  assert.equal((await stat(labDir)).mode & 0o777, 0o700);
  const listed = (await listLabs()).find((l) => l.name === LAB);
  assert.ok(listed && listed.phase === 'ready' && listed.hosts.every((h) => h.running));

  await t.test('every host answers over SSH with its recorded host key, and only with it', async () => {
    for (const h of lab.hosts) {
      const c = await connectLabHost(lab, h.name);
      open.push(c);
      const r = await c.exec(['sh', '-c', 'hostname; ip -o -4 addr show dev eth0; for b in kubelet kubeadm kubectl systemctl; do command -v $b; done']);
      const [hostname, addr, ...bins] = r.stdout.trim().split('\n');
      assert.equal(hostname, h.name);
      assert.match(addr!, new RegExp(` ${h.address.replace(/\./g, '\\.')}/24 `));
      assert.deepEqual(bins, ['/usr/local/bin/kubelet', '/usr/local/bin/kubeadm', '/usr/local/bin/kubectl', '/usr/local/bin/systemctl']);
    }
    const other = lab.hosts[1]!;
    await assert.rejects(
      SshHost.connect({ name: 'lb1', address: lab.hosts[0]!.address, privateKey: await readFile(lab.clientKeyFile), knownHostKeys: [other.hostKey!] }),
      (err: unknown) => err instanceof KubehaError && /host key does not match/.test(err.message),
    );
    // Hosts resolve each other by name and reach each other over the bridge.
    const cp1 = open.find((c) => c.name === 'cp1')!;
    const ping = await cp1.exec(['sh', '-c', 'getent hosts w2; nc -z -w 2 w2 22 && echo open']);
    assert.match(ping.stdout, /10\.250\.7\.\d+\s+w2/);
    assert.match(ping.stdout, /open/);
  });

  await t.test('hosts have their own /etc/kubernetes', async () => {
    const cp1 = open.find((c) => c.name === 'cp1')!;
    const cp2 = open.find((c) => c.name === 'cp2')!;
    await cp1.writeFiles([{ path: '/etc/kubernetes/probe.txt', data: 'only on cp1', mode: 0o600 }]);
    assert.equal((await cp1.readFile('/etc/kubernetes/probe.txt'))?.toString(), 'only on cp1');
    assert.equal(await cp2.readFile('/etc/kubernetes/probe.txt'), undefined);
    assert.equal(existsSync('/etc/kubernetes/probe.txt'), false);
    const ids = await Promise.all(open.map(async (c) => (await c.exec(['cat', '/etc/machine-id'])).stdout));
    assert.equal(new Set(ids).size, ids.length, 'machine IDs differ');
  });

  await t.test('systemctl maps onto runit and nothing starts the load balancer daemons', async () => {
    const lb1 = open.find((c) => c.name === 'lb1')!;
    const cp1 = open.find((c) => c.name === 'cp1')!;
    assert.equal((await cp1.exec(['systemctl', 'is-active', 'containerd'])).stdout.trim(), 'active');
    assert.equal((await lb1.exec(['systemctl', 'is-active', 'haproxy'], { allowFailure: true })).stdout.trim(), 'inactive');
    assert.equal((await lb1.exec(['sh', '-c', 'command -v haproxy; command -v keepalived'])).stdout.trim().split('\n').length, 2);
    const sv = await execInHost(lab, 'cp1', ['sv', 'status', 'sshd']);
    assert.match(sv.stdout, /^run: sshd/);
  });

  await t.test('containerd answers on every container host and runs the pause image', async () => {
    for (const c of open.filter((x) => x.name !== 'lb1')) {
      const r = await c.exec(['ctr', '-n', 'k8s.io', 'images', 'ls', '-q']);
      assert.ok(r.stdout.split('\n').includes(PAUSE_IMAGE), `${c.name} has ${PAUSE_IMAGE}`);
    }
    const w1 = open.find((c) => c.name === 'w1')!;
    const started = Date.now();
    await w1.exec(['ctr', '-n', 'k8s.io', 'run', '-d', '--cgroup', `${kubeletCgroupRoot(LAB, 'w1')}/ctr-probe`, PAUSE_IMAGE, 'ctr-probe']);
    const tasks = await w1.exec(['ctr', '-n', 'k8s.io', 'tasks', 'ls']);
    assert.match(tasks.stdout, /ctr-probe\s+\d+\s+RUNNING/);
    t.diagnostic(`ctr run -d took ${Date.now() - started} ms`);
  });

  await t.test('a standalone kubelet runs a static pod from the local images', { timeout: 180_000 }, async () => {
    const cp1 = open.find((c) => c.name === 'cp1')!;
    const address = lab.hosts.find((h) => h.name === 'cp1')!.address;
    const kubeletConfig = [
      'apiVersion: kubelet.config.k8s.io/v1beta1',
      'kind: KubeletConfiguration',
      'staticPodPath: /etc/kubernetes/manifests',
      'containerRuntimeEndpoint: unix:///run/containerd/containerd.sock',
      'failSwapOn: false',
      'authentication: {anonymous: {enabled: true}, webhook: {enabled: false}}',
      'authorization: {mode: AlwaysAllow}',
      `address: ${address}`,
      'readOnlyPort: 10255',
      'healthzBindAddress: 127.0.0.1',
      '',
    ].join('\n');
    const pod = [
      'apiVersion: v1',
      'kind: Pod',
      'metadata: {name: probe, namespace: default}',
      'spec:',
      '  hostNetwork: true',
      `  containers: [{name: sleeper, image: "${PAUSE_IMAGE}", imagePullPolicy: Never}]`,
      '',
    ].join('\n');
    await cp1.writeFiles([
      { path: '/var/lib/kubelet/standalone.yaml', data: kubeletConfig, mode: 0o644 },
      { path: '/etc/kubernetes/manifests/probe.yaml', data: pod, mode: 0o644 },
    ]);
    // Not the runit service (that one waits for kubeadm's files): a kubelet started by hand, with the lab's flags.
    await cp1.exec([
      'sh',
      '-c',
      '. /etc/default/kubelet; nohup kubelet --config=/var/lib/kubelet/standalone.yaml $KUBELET_EXTRA_ARGS >/var/log/kubeha/kubelet-standalone.log 2>&1 </dev/null &',
    ]);
    const started = Date.now();
    let running = false;
    while (!running && Date.now() - started < 150_000) {
      await new Promise((r) => setTimeout(r, 1000));
      const list = await cp1.exec(['ctr', '-n', 'k8s.io', 'containers', 'ls', 'labels."io.kubernetes.container.name"==sleeper'], { allowFailure: true });
      const id = list.stdout.split('\n')[1]?.split(/\s+/)[0];
      if (!id) continue;
      const tasks = await cp1.exec(['ctr', '-n', 'k8s.io', 'tasks', 'ls'], { allowFailure: true });
      running = new RegExp(`${id}\\s+\\d+\\s+RUNNING`).test(tasks.stdout);
    }
    if (!running) {
      const log = await cp1.exec(['tail', '-n', '40', '/var/log/kubeha/kubelet-standalone.log'], { allowFailure: true });
      assert.fail(`the static pod did not run within 150 s; kubelet log:\n${log.stdout}`);
    }
    t.diagnostic(`static pod running ${Date.now() - started} ms after the kubelet started`);
    const healthz = await fetch(`http://${address}:10255/healthz`);
    assert.equal(await healthz.text(), 'ok');
    const podLogs = await cp1.exec(['ls', '/var/log/pods']);
    assert.match(podLogs.stdout, /default_probe-cp1_/);
  });

  for (const c of open.splice(0)) await c.close();
  const t1 = Date.now();
  assert.equal(await destroyLab(LAB), true);
  t.diagnostic(`destroyed 6 hosts in ${Date.now() - t1} ms`);
  const after = await snapshot(labDir, LAB);
  assert.deepEqual(after.netns, before.netns);
  assert.deepEqual(after.mounts, before.mounts);
  assert.deepEqual(after.processes, before.processes);
  assert.deepEqual(after.cgroups, before.cgroups);
  const othersLeft = (await listLabs()).length > 0;
  assert.deepEqual(after.links.filter((l) => l !== LAB_BRIDGE), before.links.filter((l) => l !== LAB_BRIDGE));
  if (!bridgeBefore && !othersLeft) assert.ok(!after.links.includes(LAB_BRIDGE), 'the bridge goes with the last lab');
  assert.equal(existsSync(labDir), false);
  assert.equal(await destroyLab(LAB), false, 'destroying twice is harmless');
});

test('destroy cleans up after a create that crashed half-way', { timeout: 120_000 }, async (t) => {
  const name = `${LAB}c`;
  t.after(async () => {
    await destroyLab(name).catch(() => {});
  });
  await assert.rejects(
    createLab({ name, loadBalancers: 0, controlPlanes: 2, workers: 0 }, { binDir: '/nonexistent' }),
    (err: unknown) => err instanceof KubehaError && /kubelet, kubeadm, kubectl not found/.test(err.message),
  );
  // keepOnFailure leaves the half-made lab as a crash would; a tiny ready timeout makes the wait fail.
  await assert.rejects(createLab({ name, loadBalancers: 0, controlPlanes: 2, workers: 0 }, { binDir: binDir(), imagesDir: '/nonexistent', keepOnFailure: true, readyTimeoutMs: 1 }));
  await assert.rejects(createLab({ name, loadBalancers: 0, controlPlanes: 2, workers: 0 }, { binDir: binDir(), imagesDir: '/nonexistent' }), /half-created/);
  assert.equal(await destroyLab(name), true);
  const netns = (await run(['ip', 'netns', 'list'])).stdout;
  assert.ok(!netns.includes(`kubeha-${name}-`));
  assert.equal(existsSync(`/var/lib/kubeha/labs/${name}`), false);
});
