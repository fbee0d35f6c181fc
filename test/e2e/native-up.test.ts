// End to end: `up` with the native engine on a fresh lab (1 LB, 3 control planes, 1 worker), then real
// kubeadm reads the cluster kubeha built.
import assert from 'node:assert/strict';
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { loadCluster } from '../../src/config/cluster.js';
import { labClusterFile } from '../../src/cluster/lab-cluster.js';
import { up } from '../../src/cluster/up.js';
import type { KubehaEvent } from '../../src/events.js';
import { startHost } from '../../src/lab/index.js';
import { bin, etcdctl, eventually, flannelImage, kubeadmCertsMismatches, kubeadmCertsOwner, podsReadyAndStable, podToPod, readyNodes, STACKED_CERTS_FILES } from './cluster-helpers.js';
import { readStoredSecrets } from '../../src/engines/stored-secrets.js';
import { run } from '../../src/util/process.js';
import { labFixture, labName } from './lab-fixture.js';
import { etcdctl as kubehaEtcdctl } from '../../src/cluster/etcdctl.js';
import { PreconditionError } from '../../src/errors.js';

const LAB = labName('nat');

test('native engine: an HA cluster with stacked etcd that real kubeadm can manage', { timeout: 40 * 60_000 }, async (t) => {
  const { lab, scratch, kubeconfig, connect, host, powerOff } = await labFixture(t, { name: LAB, loadBalancers: 1, controlPlanes: 3, etcd: 0, workers: 2 });
  const loaded = loadCluster(labClusterFile(lab, { engine: 'native' }), 'cluster.yaml');
  const events: KubehaEvent[] = [];
  const started = Date.now();
  const result = await up(loaded, {
    emit: (e) => {
      events.push(e);
      if (e.type === 'step-done' || e.type === 'step-fail') {
        console.log(`${e.type} ${e.step}${e.host ? ` ${e.host}` : ''} ${e.ms} ms${e.type === 'step-fail' ? `: ${e.error}` : ''}`);
      }
    },
    connect,
    adminKubeconfigPath: kubeconfig,
  });
  console.log(`up took ${Math.round((Date.now() - started) / 1000)} s`);
  assert.ok(result.outcomes.every((o) => o.status !== 'failed'), JSON.stringify(result.outcomes));

  // Through the load-balanced endpoint (the admin kubeconfig's server).
  assert.deepEqual(await readyNodes(kubeconfig), ['cp1', 'cp2', 'cp3', 'w1', 'w2']);
  const pods = (await Promise.all([podsReadyAndStable(kubeconfig), podsReadyAndStable(kubeconfig, 'kube-flannel')])).flat();
  for (const p of ['coredns-', 'kube-proxy-', 'kube-flannel-ds-', 'etcd-cp3', 'kube-apiserver-cp3']) assert.ok(pods.some((n) => n.startsWith(p)), `${p}… in ${pods.join(', ')}`);

  // kubeadm-certs: owned by a bootstrap token that expires 2 h after the upload, and opening with the kept key
  // into the bytes of cp1's files.
  const cp1 = await host('cp1');
  const { ttlMs } = await kubeadmCertsOwner(kubeconfig);
  assert.ok(Math.abs(ttlMs - 2 * 3_600_000) < 120_000, `owner token TTL ${ttlMs} ms, kubeadm's is 2 h`);
  assert.deepEqual(await kubeadmCertsMismatches(kubeconfig, cp1, (await readStoredSecrets(cp1)).certificateKey!, STACKED_CERTS_FILES), []);

  const cpAddresses = lab.hosts.filter((h) => h.role === 'control-plane').map((h) => `https://${h.address}:2379`);
  const members = (await etcdctl(cp1, cpAddresses, ['member', 'list', '-w', 'simple'])).trim().split('\n');
  assert.equal(members.length, 3, members.join('\n'));
  assert.ok(members.every((m) => m.endsWith(', false')), `all voting: ${members.join('\n')}`);

  // kubeha's etcdctl (the etcd image's, through ctr) on a joined control plane: how long one call takes, and
  // what a host without the image says.
  const cp3 = await host('cp3');
  const pinned = { certificatesDir: '/etc/kubernetes/pki', imageRepository: 'registry.k8s.io', kubernetesVersion: loaded.cluster.spec.kubernetesVersion, etcd: {} };
  const times: number[] = [];
  for (let i = 0; i < 5; i++) {
    const r = await kubehaEtcdctl(cp3, pinned, cpAddresses, ['endpoint', 'health']);
    assert.match(`${r.stdout}${r.stderr}`, /is healthy/);
    times.push(r.ms);
  }
  t.diagnostic(`etcdctl through ctr on cp3 (endpoint health, 3 endpoints): ${times.join(', ')} ms`);
  const missing = await kubehaEtcdctl(cp3, { ...pinned, imageRepository: 'registry.invalid' }, cpAddresses, ['endpoint', 'health']).catch((e: unknown) => e);
  assert.ok(missing instanceof PreconditionError, String(missing));
  assert.match(missing.message, /^the etcd image registry\.invalid\/etcd:3\.7\.0-0 is not in containerd's k8s\.io namespace on cp3/);
  const leftovers = await cp3.exec(['ctr', '-n', 'k8s.io', 'containers', 'ls', '-q']);
  assert.ok(!leftovers.stdout.includes('kubeha-etcdctl-'), leftovers.stdout);

  // Real kubeadm on the cluster the native engine built.
  const tokens = await cp1.exec(['kubeadm', 'token', 'list'], { doing: 'kubeadm token list' });
  assert.match(tokens.stdout, /system:bootstrappers:kubeadm:default-node-token/);
  const expiration = await cp1.exec(['kubeadm', 'certs', 'check-expiration'], { doing: 'kubeadm certs check-expiration' });
  assert.match(expiration.stdout, /apiserver\s/);
  assert.match(expiration.stdout, /etcd-server\s/);

  // The join commands, saved for the user with their secrets (0600), shown withheld.
  const saved = join(scratch, 'admin.join-commands');
  assert.equal((await stat(saved)).mode & 0o777, 0o600);
  assert.match(await readFile(saved, 'utf8'), /^kubeadm join 10\.250\.7\.\d+:6443 --token [a-z0-9]{6}\.[a-z0-9]{16} \\\n\t--discovery-token-ca-cert-hash sha256:[0-9a-f]{64} \\\n\t--control-plane --certificate-key [0-9a-f]{64}\n/);
  const shown = events.filter((e) => e.type === 'result').map((e) => JSON.stringify(e)).join('\n');
  assert.match(shown, /--token <value withheld>/);
  assert.ok(!/[a-z0-9]{6}\.[a-z0-9]{16}/.test(shown), 'no token in events');

  // The CNI: a pod on w1 reaches a pod on w2.
  assert.match(await podToPod(kubeconfig, await flannelImage(), 'w1', 'w2'), /hello/);

  // A second `up` has nothing to do.
  const again = await up(loaded, { emit: () => {}, connect, adminKubeconfigPath: kubeconfig });
  const changed = again.outcomes.filter((o) => o.status === 'done');
  assert.deepEqual(changed, [], `second up changed ${changed.map((o) => `${o.step}@${o.host}`).join(', ')}`);

  // Failover: power cp1 off; the API through the LB keeps answering and etcd keeps quorum on cp2 and cp3.
  await powerOff('cp1');
  await eventually(
    'the API through the LB with cp1 down',
    async () => (await run([bin('kubectl'), '--kubeconfig', kubeconfig, '--request-timeout=5s', 'get', '--raw', '/readyz'], { allowFailure: true })).stdout.trim() === 'ok',
    60_000,
  );
  const cp2 = await host('cp2');
  const rest = lab.hosts.filter((h) => h.name === 'cp2' || h.name === 'cp3').map((h) => `https://${h.address}:2379`);
  const health = JSON.parse(await etcdctl(cp2, rest, ['endpoint', 'health', '-w', 'json'])) as { health: boolean }[];
  assert.equal(health.filter((h) => h.health).length, 2);

  // Power cp1 back on: its kubelet starts the static pods again, etcd catches up, the node is Ready.
  await startHost(LAB, 'cp1');
  const all = lab.hosts.filter((h) => h.role === 'control-plane').map((h) => `https://${h.address}:2379`);
  await eventually(
    'cp1 back: 3 healthy etcd members and 5 Ready nodes',
    async () => {
      const h = JSON.parse(await etcdctl(cp2, all, ['endpoint', 'health', '-w', 'json'])) as { health: boolean }[];
      return h.filter((x) => x.health).length === 3 && (await readyNodes(kubeconfig)).length === 5;
    },
    180_000,
    2000,
  );
});
