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
  before('load-balancer', 'init/config');
  // kubeadm init's phases, in kubeadm's order, each its own step.
  const init = ['config', 'certs', 'kubeconfig', 'etcd', 'control-plane', 'kubelet-start', 'wait-control-plane', 'upload-config', 'upload-certs', 'mark-control-plane', 'bootstrap-token', 'kubelet-finalize', 'addon'].map((p) => `init/${p}`);
  for (let i = 1; i < init.length; i++) before(init[i - 1]!, init[i]!);
  before('init/addon', 'cni');
  const join = ['control-plane-prepare', 'kubelet-start', 'etcd-join', 'mark-control-plane'].map((p) => `join/${p}`);
  before('cni', join[0]!);
  for (let i = 1; i < join.length; i++) before(join[i - 1]!, join[i]!);
  before('join/mark-control-plane', 'load-balancer/backends');
  before('cni', 'join/worker');
  // The guide's order: workers join once every control plane is behind the load balancer.
  before('load-balancer/backends', 'join/worker');
  for (const id of init) assert.deepEqual(plan.steps.find((s) => s.id === id)!.hosts, ['cp1'], id);
  for (const id of join) assert.deepEqual(plan.steps.find((s) => s.id === id)!.hosts, ['cp2', 'cp3'], id);
});

test('control planes join in parallel with stacked etcd, except etcd-join; one by one with external etcd', () => {
  const step = (t: 'stacked' | 'external', id: string) => planUp(cluster(t)).steps.find((s) => s.id === id)!;
  for (const id of ['join/control-plane-prepare', 'join/kubelet-start', 'join/mark-control-plane']) {
    assert.ok(step('stacked', id).concurrency > 1, id);
    assert.equal(step('external', id).concurrency, 1, id);
  }
  assert.equal(step('stacked', 'join/etcd-join').concurrency, 1);
  assert.deepEqual(step('external', 'join/etcd-join').hosts, []);
  assert.deepEqual(step('external', 'init/etcd').hosts, []);
});

test('steps that do not apply to this cluster have no hosts', () => {
  const manual = loadCluster(demoClusterYaml({ workers: 1 }, { certificates: 'manual' }));
  assert.deepEqual(planUp(manual).steps.find((s) => s.id === 'init/upload-certs')!.hosts, []);
});

test('external etcd: the etcd cluster and the first control plane’s client certificate come before init', () => {
  const plan = planUp(cluster('external'));
  const ids = plan.steps.map((s) => s.id);
  assert.ok(ids.indexOf('preflight') < ids.indexOf('etcd/cluster'));
  assert.ok(ids.indexOf('etcd/cluster') < ids.indexOf('etcd/client-certs'));
  assert.ok(ids.indexOf('etcd/client-certs') < ids.indexOf('init/config'));
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
  for (const id of ['prepare/kernel', 'preflight', 'load-balancer', 'etcd/cluster', 'init/certs', 'cni', 'join/kubelet-start', 'join/worker']) assert.doesNotMatch(line(stacked, id), /etcd after/, id);
  assert.match(line(stacked, 'init/etcd'), /etcd after: 1 member\(s\), quorum 1$/);
  assert.match(line(stacked, 'join/etcd-join'), /etcd after: 3 member\(s\), quorum 2$/);
  const external = describePlan(cluster('external'), planUp(cluster('external')), []);
  assert.match(line(external, 'etcd/cluster'), /etcd after: 3 member\(s\), quorum 2$/);
  for (const id of ['init/etcd', 'join/etcd-join']) assert.doesNotMatch(line(external, id), /etcd after/, id);
});
