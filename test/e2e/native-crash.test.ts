// Crash: `kubeha up` is killed while the control planes join; running it again completes the cluster with
// exactly three etcd members (no second member for a host, no "peer URL exists").
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { loadCluster } from '../../src/config/cluster.js';
import { labClusterFile } from '../../src/cluster/lab-cluster.js';
import { defaultAdminKubeconfigPath, joinCommandsPath, up } from '../../src/cluster/up.js';
import { etcdctl, readyNodes } from './cluster-helpers.js';
import { labFixture, labName } from './lab-fixture.js';

const LAB = labName('e2ec');

test('native engine: up killed during the control-plane joins, then run again', { timeout: 20 * 60_000 }, async (t) => {
  const { lab, scratch, kubeconfig, connect, host } = await labFixture(t, { name: LAB, loadBalancers: 1, controlPlanes: 3, etcd: 0, workers: 0 });
  // The spawned `kubeha up` writes its kubeconfig and join commands to the default paths, outside scratch.
  t.after(async () => {
    await rm(defaultAdminKubeconfigPath(LAB), { force: true });
    await rm(joinCommandsPath(defaultAdminKubeconfigPath(LAB)), { force: true });
  });
  const text = labClusterFile(lab, { engine: 'native' });
  const file = join(scratch, 'cluster.yaml');
  await writeFile(file, text, { mode: 0o600 });

  const child = spawn(process.execPath, ['bin/kubeha.js', 'up', '-f', file, '-o', 'json'], { stdio: ['ignore', 'pipe', 'inherit'] });
  let killedAt: string | undefined;
  const lines = createInterface({ input: child.stdout });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  for await (const line of lines) {
    const event = JSON.parse(line) as { type: string; step: string; host?: string };
    if (event.type === 'step-start' && event.step === 'join/control-planes') {
      // Long enough for the joins to be under way (discovery, certificates, etcd member add).
      await new Promise((r) => setTimeout(r, 8000));
      killedAt = event.step;
      child.kill('SIGKILL');
      break;
    }
  }
  await exited;
  assert.equal(killedAt, 'join/control-planes', 'up was killed during the control-plane joins');

  await up(loadCluster(text, file), { emit: () => {}, connect, adminKubeconfigPath: kubeconfig });
  assert.deepEqual(await readyNodes(kubeconfig), ['cp1', 'cp2', 'cp3']);
  const cp1 = await host('cp1');
  const cps = lab.hosts.filter((h) => h.role === 'control-plane');
  const list = JSON.parse(await etcdctl(cp1, cps.map((h) => `https://${h.address}:2379`), ['member', 'list', '-w', 'json'])) as {
    members: { name: string; isLearner?: boolean; peerURLs: string[] }[];
  };
  assert.equal(list.members.length, 3, JSON.stringify(list.members));
  assert.deepEqual(list.members.map((m) => m.name).sort(), ['cp1', 'cp2', 'cp3']);
  assert.ok(list.members.every((m) => !m.isLearner));
});
