import { test } from 'node:test';
import assert from 'node:assert/strict';
import { stringify } from 'yaml';
import { InputError } from '../errors.js';
import { engineOfHost, loadCluster } from './cluster.js';
import { demoCluster } from './demo-cluster.js';

/** lb1, cp1..cp3, w1: a plain object each test may change. */
function base(): any {
  return demoCluster();
}

function issuesOf(doc: unknown): string[] {
  try {
    loadCluster(stringify(doc));
  } catch (err) {
    assert.ok(err instanceof InputError);
    return (err.context.issues ?? []).map((i) => `${i.path}: ${i.message}`);
  }
  assert.fail('expected an InputError');
}

test('a minimal cluster gets the defaults and the LB as endpoint', () => {
  const { cluster, endpoint, warnings } = loadCluster(stringify(base()));
  assert.deepEqual(endpoint, { host: '10.250.7.10', port: 6443 });
  assert.equal(cluster.spec.topology, 'stacked');
  assert.equal(cluster.spec.certificates, 'upload');
  assert.equal(cluster.spec.networking.podSubnet, '10.244.0.0/16');
  assert.deepEqual(warnings, []);
});

test('every problem is reported at once with its path', () => {
  const doc = base();
  doc.spec.hosts[2].name = 'cp1';
  doc.spec.hosts[3].address = 'not an address!';
  doc.spec.hosts[4].role = 'boss';
  doc.spec.networking = { podSubnet: '10.96.0.0/16', bogus: 1 };
  doc.spec.surprise = true;
  const issues = issuesOf(doc);
  assert.ok(issues.some((i) => i.startsWith('spec.hosts[3].address:')), issues.join('\n'));
  assert.ok(issues.some((i) => i.startsWith('spec.hosts[4].role:')));
  assert.ok(issues.some((i) => i === 'spec.networking.bogus: unknown field'));
  assert.ok(issues.some((i) => i === 'spec.surprise: unknown field'));
});

test("the guide's rules: endpoint equals the LB, control planes, etcd hosts, VIP", () => {
  const wrongEndpoint = base();
  wrongEndpoint.spec.controlPlaneEndpoint = '10.250.7.11:6443';
  assert.match(issuesOf(wrongEndpoint).join('\n'), /spec.controlPlaneEndpoint: must be the load balancer's address/);

  const byName = base();
  byName.spec.controlPlaneEndpoint = 'lb1:6443';
  assert.deepEqual(loadCluster(stringify(byName)).endpoint, { host: 'lb1', port: 6443 });

  const noCp = base();
  noCp.spec.hosts = noCp.spec.hosts.filter((h: any) => h.role !== 'control-plane');
  assert.match(issuesOf(noCp).join('\n'), /at least one control-plane host/);

  const even = base();
  even.spec.hosts.splice(3, 1);
  assert.match(loadCluster(stringify(even)).warnings[0]!.message, /odd number/);

  const dup = base();
  dup.spec.hosts[4].name = 'cp1';
  assert.match(issuesOf(dup).join('\n'), /spec.hosts\[4\].name: duplicate host name "cp1"/);

  const external = base();
  external.spec.topology = 'external';
  assert.match(issuesOf(external).join('\n'), /spec.topology: external etcd needs hosts with role etcd/);

  const stackedWithEtcd = base();
  stackedWithEtcd.spec.hosts.push({ name: 'etcd1', address: '10.250.7.31', role: 'etcd' });
  assert.match(issuesOf(stackedWithEtcd).join('\n'), /need topology: external/);

  const vip = base();
  vip.spec.loadBalancer = { managed: { virtualIP: '10.250.7.100' } };
  assert.match(issuesOf(vip).join('\n'), /virtual IP needs two or more/);
  vip.spec.hosts.push({ name: 'lb2', address: '10.250.7.9', role: 'load-balancer' });
  assert.deepEqual(loadCluster(stringify(vip)).endpoint, { host: '10.250.7.100', port: 6443 });

  const overlap = base();
  overlap.spec.networking = { podSubnet: '10.96.0.0/16' };
  assert.match(issuesOf(overlap).join('\n'), /podSubnet: overlaps serviceSubnet/);
});

test('YAML syntax errors and duplicate keys name the line', () => {
  assert.throws(() => loadCluster('apiVersion: a\napiVersion: b\n'), (e: unknown) => e instanceof InputError && /line 2/.test(e.context.issues![0]!.path));
});

test('a mixed cluster: control planes and workers may name their own engine, other hosts may not', () => {
  const doc = base();
  doc.spec.engine = 'kubeadm';
  doc.spec.hosts[2].engine = 'native';
  doc.spec.hosts[4].engine = 'native';
  const { cluster } = loadCluster(stringify(doc));
  assert.deepEqual(cluster.spec.hosts.map((h) => engineOfHost(cluster, h.name)), ['kubeadm', 'kubeadm', 'native', 'kubeadm', 'native']);

  const onLb = base();
  onLb.spec.hosts[0].engine = 'kubeadm';
  onLb.spec.hosts[1].engine = 'kubeadmm';
  const issues = issuesOf(onLb);
  assert.ok(issues.some((i) => i.startsWith('spec.hosts[1].engine:')), issues.join('\n'));
  assert.deepEqual(issuesOf({ ...onLb, spec: { ...onLb.spec, hosts: [onLb.spec.hosts[0], ...base().spec.hosts.slice(1)] } }), [
    'spec.hosts[0].engine: only control-plane and worker hosts have an engine (kubeha sets up load-balancer hosts itself)',
  ]);
});
