import assert from 'node:assert/strict';
import { test } from 'node:test';
import { joinRuns } from './join-runs.js';

test('joinRuns: a stacked control plane joins in three runs; only etcd-join is serialized; logs do not collide', () => {
  const runs = joinRuns('control-plane', true);
  assert.deepEqual(runs.map((r) => r.args), [
    ['join', '--config', '/etc/kubeha/kubeadm-join.yaml', '--skip-phases', 'etcd-join,kubelet-wait-bootstrap,control-plane-join,wait-control-plane'],
    ['join', 'phase', 'etcd-join', '--config', '/etc/kubeha/kubeadm-join.yaml'],
    ['join', '--config', '/etc/kubeha/kubeadm-join.yaml', '--skip-phases', 'preflight,control-plane-prepare,check-etcd,kubelet-start,etcd-join'],
  ]);
  assert.deepEqual(runs.map((r) => r.etcdJoin), [false, true, false]);
  // Every phase of `kubeadm join --help` (v1.37.2) and the hidden check-etcd runs exactly once.
  const phases = ['preflight', 'control-plane-prepare', 'check-etcd', 'kubelet-start', 'etcd-join', 'kubelet-wait-bootstrap', 'control-plane-join', 'wait-control-plane'];
  for (const phase of phases) {
    const runsIt = runs.filter((r) => (r.args[1] === 'phase' ? r.args[2] === phase : !r.args[r.args.length - 1]!.split(',').includes(phase)));
    assert.equal(runsIt.length, 1, phase);
  }
  assert.deepEqual(runs.map((r) => r.log), ['join-until-kubelet-start', undefined, 'join-after-etcd-join']);
});

test('joinRuns: workers and external-etcd control planes: one kubeadm join', () => {
  assert.deepEqual(joinRuns('worker', true), [{ args: ['join', '--config', '/etc/kubeha/kubeadm-join.yaml'], doing: 'kubeadm join', etcdJoin: false }]);
  assert.deepEqual(joinRuns('control-plane', false), [{ args: ['join', '--config', '/etc/kubeha/kubeadm-join.yaml'], doing: 'kubeadm join --control-plane', etcdJoin: false }]);
});
