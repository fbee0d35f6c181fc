// The guide's stacked-etcd procedure with engine: kubeadm, on a lab of real hosts-as-namespaces: one LB,
// three control planes, two workers; real kubeadm, kubelet, containerd, etcd, haproxy, flannel.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadCluster } from '../../src/config/cluster.js';
import { labClusterFile } from '../../src/cluster/lab-cluster.js';
import { up } from '../../src/cluster/up.js';
import { etcdctl, eventually, flannelImage, kubectlJson, podToPod, readyNodes } from './cluster-helpers.js';
import { run } from '../../src/util/process.js';
import { bin } from './cluster-helpers.js';
import { labFixture, labName } from './lab-fixture.js';

const LAB = labName('e2ek');

test('kubeadm engine: stacked HA cluster behind two load balancers with a virtual IP', { timeout: 30 * 60_000 }, async (t) => {
  const fixture = await labFixture(t, { name: LAB, loadBalancers: 2, controlPlanes: 3, etcd: 0, workers: 2 });
  const { lab, kubeconfig, host } = fixture;
  const loaded = loadCluster(labClusterFile(lab, { engine: 'kubeadm' }));
  // Step failures (with kubeadm's phase and output) go to the test's diagnostics.
  await fixture.up(loaded);

  // Through the LB endpoint: every node Ready, every kube-system pod Running.
  assert.deepEqual(await readyNodes(kubeconfig), ['cp1', 'cp2', 'cp3', 'w1', 'w2']);
  // The endpoint is the virtual IP held by one of the two load balancers.
  assert.equal(loaded.endpoint.host, '10.250.7.250');
  type Pods = { items: { metadata: { name: string }; status: { phase: string } }[] };
  const pods = await eventually(
    'kube-system pods Running',
    async () => {
      const p = await kubectlJson<Pods>(kubeconfig, ['-n', 'kube-system', 'get', 'pods']);
      return p.items.every((x) => x.status.phase === 'Running') ? p : undefined;
    },
    180_000,
  );
  assert.ok(pods.items.some((p) => p.metadata.name === 'etcd-cp3'));

  const cp1 = await host('cp1');
  const cps = lab.hosts.filter((h) => h.role === 'control-plane');
  const members = JSON.parse(await etcdctl(cp1, cps.map((h) => `https://${h.address}:2379`), ['member', 'list', '-w', 'json'])) as {
    members: { name: string; isLearner?: boolean }[];
  };
  assert.deepEqual(members.members.map((m) => m.name).sort(), ['cp1', 'cp2', 'cp3']);
  assert.ok(members.members.every((m) => !m.isLearner), 'all voting members');

  // The uploaded certificates and their owner token; real kubeadm reads this cluster.
  await run([bin('kubectl'), '--kubeconfig', kubeconfig, '-n', 'kube-system', 'get', 'secret', 'kubeadm-certs']);
  const tokens = await cp1.exec(['kubeadm', 'token', 'list']);
  assert.match(tokens.stdout, /Proxy for managing TTL for the kubeadm-certs secret/);
  await cp1.exec(['kubeadm', 'certs', 'check-expiration']);

  // The CNI: a pod on w1 reaches a pod on w2.
  assert.match(await podToPod(kubeconfig, await flannelImage(), 'w1', 'w2'), /hello/);

  // A second `up` has nothing to do.
  const again = await up(loaded, { emit: () => {}, adminKubeconfigPath: kubeconfig });
  const changed = again.outcomes.filter((o) => o.status === 'done');
  assert.deepEqual(changed, [], `second up changed ${changed.map((o) => `${o.step}@${o.host}`).join(', ')}`);

  // Load-balancer failover: power lb1 off (its PID 1, and its link, so its kernel stops answering for the
  // VIP); the virtual IP moves to lb2 and the API keeps answering.
  assert.equal(loaded.endpoint.host, '10.250.7.250');
  const lb1 = lab.hosts.find((h) => h.name === 'lb1')!;
  process.kill(lb1.pid1!.pid, 'SIGKILL');
  await run(['ip', 'link', 'set', lb1.veth.outside, 'down']);
  const movedMs = await eventually(
    'the API through the VIP with lb1 down',
    async () => {
      const t0 = Date.now();
      const r = await run([bin('kubectl'), '--kubeconfig', kubeconfig, '--request-timeout=3s', 'get', '--raw', '/readyz'], { allowFailure: true });
      return r.stdout.trim() === 'ok' ? Date.now() - t0 + 1 : undefined;
    },
    30_000,
    200,
  );
  t.diagnostic(`API answered through the moved VIP (last request ${movedMs} ms)`);

  // Control-plane failover: power cp1 off (its PID 1); the API through the LB keeps answering, etcd keeps quorum.
  const cp1State = lab.hosts.find((h) => h.name === 'cp1')!;
  process.kill(cp1State.pid1!.pid, 'SIGKILL');
  const cp2 = await host('cp2');
  await eventually(
    'the API through the LB with cp1 down',
    async () => (await run([bin('kubectl'), '--kubeconfig', kubeconfig, '--request-timeout=5s', 'get', '--raw', '/readyz'], { allowFailure: true })).stdout.trim() === 'ok',
    60_000,
  );
  const health = await etcdctl(cp2, cps.filter((h) => h.name !== 'cp1').map((h) => `https://${h.address}:2379`), ['endpoint', 'health', '-w', 'json']);
  assert.equal((JSON.parse(health) as { health: boolean }[]).filter((h) => h.health).length, 2);
});
