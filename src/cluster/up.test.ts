import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadCluster } from '../config/cluster.js';
import { demoClusterYaml } from '../config/demo-cluster.js';
import { planUp } from './up.js';
import { describePlan } from './describe-plan.js';

function cluster(topology: 'stacked' | 'external', engines: Record<string, 'native' | 'kubeadm'> = {}) {
  return loadCluster(demoClusterYaml({ workers: 2, etcd: topology === 'external' ? 3 : 0, engines }, { topology }));
}

test("the up plan follows the guide's order", () => {
  const plan = planUp(cluster('stacked'));
  const ids = plan.steps.map((s) => s.id);
  const before = (a: string, b: string) => assert.ok(ids.indexOf(a) < ids.indexOf(b), `${a} before ${b}`);
  before('preflight', 'load-balancer');
  before('load-balancer', 'init/first-control-plane');
  before('init/first-control-plane', 'cni');
  before('cni', 'join/control-planes');
  before('join/control-planes', 'load-balancer/backends');
  before('cni', 'join/workers');
  assert.deepEqual(plan.steps.find((s) => s.id === 'init/first-control-plane')!.hosts, ['cp1']);
  assert.deepEqual(plan.steps.find((s) => s.id === 'join/control-planes')!.hosts, ['cp2', 'cp3']);
});

test('control planes join in parallel with stacked etcd, one by one with external etcd', () => {
  assert.ok(planUp(cluster('stacked')).steps.find((s) => s.id === 'join/control-planes')!.concurrency > 1);
  assert.equal(planUp(cluster('external')).steps.find((s) => s.id === 'join/control-planes')!.concurrency, 1);
});

test('external etcd: the etcd cluster and the first control plane’s client certificate come before init', () => {
  const plan = planUp(cluster('external'));
  const ids = plan.steps.map((s) => s.id);
  assert.ok(ids.indexOf('preflight') < ids.indexOf('etcd/cluster'));
  assert.ok(ids.indexOf('etcd/cluster') < ids.indexOf('etcd/client-certs'));
  assert.ok(ids.indexOf('etcd/client-certs') < ids.indexOf('init/first-control-plane'));
  assert.deepEqual(plan.steps.find((s) => s.id === 'etcd/cluster')!.hosts, ['etcd1', 'etcd2', 'etcd3']);
  assert.deepEqual(plan.steps.find((s) => s.id === 'etcd/client-certs')!.hosts, ['cp1']);
  const stacked = planUp(cluster('stacked'));
  assert.deepEqual(stacked.steps.find((s) => s.id === 'etcd/cluster')!.hosts, []);
  assert.deepEqual(stacked.steps.find((s) => s.id === 'etcd/client-certs')!.hosts, []);
});

test('a mixed cluster has the same plan; its description says which engine works on which host', () => {
  const mixed = cluster('stacked', { cp2: 'kubeadm', w1: 'kubeadm' });
  const strip = (p: ReturnType<typeof planUp>) => p.steps.map((s) => [s.id, s.hosts, s.concurrency]);
  assert.deepEqual(strip(planUp(mixed)), strip(planUp(cluster('stacked'))));
  const text = describePlan(mixed, planUp(mixed), []);
  assert.match(text, /^mixed cluster: cp2 uses the kubeadm engine, w1 uses the kubeadm engine; the other hosts the native engine$/m);
  assert.match(text, /^   cp1: not probed \(native engine\)$/m);
  assert.match(text, /^   cp2: not probed \(kubeadm engine\)$/m);
  assert.match(text, /^   w1: not probed \(kubeadm engine\)$/m);
  assert.doesNotMatch(describePlan(cluster('stacked'), planUp(cluster('stacked')), []), /engine\)/);
});

test('the plan shows etcd members only where a step changes them', () => {
  const line = (text: string, id: string) => text.split('\n').find((l) => l.includes(`[${id}]`))!;
  const stacked = describePlan(cluster('stacked'), planUp(cluster('stacked')), []);
  for (const id of ['prepare/kernel', 'preflight', 'load-balancer', 'etcd/cluster', 'cni', 'join/workers']) assert.doesNotMatch(line(stacked, id), /etcd after/, id);
  assert.match(line(stacked, 'init/first-control-plane'), /etcd after: 1 member\(s\), quorum 1$/);
  assert.match(line(stacked, 'join/control-planes'), /etcd after: 3 member\(s\), quorum 2$/);
  const external = describePlan(cluster('external'), planUp(cluster('external')), []);
  assert.match(line(external, 'etcd/cluster'), /etcd after: 3 member\(s\), quorum 2$/);
  for (const id of ['init/first-control-plane', 'join/control-planes']) assert.doesNotMatch(line(external, id), /etcd after/, id);
});
