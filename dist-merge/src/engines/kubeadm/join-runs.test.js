import assert from 'node:assert/strict';
import { test } from 'node:test';
import { controlPlaneJoinRun, initPhaseRun, JOIN_PHASES } from './join-runs.js';
const CP_PHASES = ['control-plane-prepare', 'kubelet-start', 'etcd-join', 'mark-control-plane'];
test('a control-plane join: every kubeadm join phase runs exactly once across the steps, and logs do not collide', () => {
    const runs = CP_PHASES.map((p) => controlPlaneJoinRun(p, true));
    assert.deepEqual(runs[0].args, ['join', '--config', '/etc/kubeha/kubeadm-join.yaml', '--skip-phases', 'check-etcd,kubelet-start,etcd-join,kubelet-wait-bootstrap,control-plane-join,wait-control-plane']);
    assert.deepEqual(runs[2].args, ['join', 'phase', 'etcd-join', '--config', '/etc/kubeha/kubeadm-join.yaml']);
    for (const phase of JOIN_PHASES) {
        const runsIt = runs.filter((r) => (r.args[1] === 'phase' ? r.args[2] === phase : !r.args[r.args.length - 1].split(',').includes(phase)));
        assert.equal(runsIt.length, 1, phase);
    }
    assert.equal(new Set(runs.map((r) => r.log)).size, runs.length);
});
test('a control-plane-prepare run after an earlier one got past preflight skips preflight', () => {
    assert.match(controlPlaneJoinRun('control-plane-prepare', false).args.at(-1), /^preflight,check-etcd,/);
});
test('init phases run as `kubeadm init phase` with the init config, each with its own log', () => {
    assert.deepEqual(initPhaseRun('upload-certs').args, ['init', 'phase', 'upload-certs', '--upload-certs', '--config', '/etc/kubeha/kubeadm-init.yaml']);
    assert.deepEqual(initPhaseRun('etcd').args, ['init', 'phase', 'etcd', 'local', '--config', '/etc/kubeha/kubeadm-init.yaml']);
    assert.equal(initPhaseRun('addon').log, 'init-phase-addon');
    // wait-control-plane's phase command takes no --config: the workflow runs with every other phase skipped.
    assert.deepEqual(initPhaseRun('wait-control-plane').args, ['init', '--config', '/etc/kubeha/kubeadm-init.yaml', '--skip-phases', 'preflight,certs,kubeconfig,etcd,control-plane,kubelet-start,upload-config,upload-certs,mark-control-plane,bootstrap-token,kubelet-finalize,addon,show-join-command']);
});
//# sourceMappingURL=join-runs.test.js.map