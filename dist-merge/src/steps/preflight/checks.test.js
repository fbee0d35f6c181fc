import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkFacts } from './checks.js';
const good = {
    missingCommands: [],
    swapOn: false,
    ipForward: true,
    bridgeNetfilter: true,
    listening: [22],
    kubelet: 'v1.37.2',
    kubeadm: 'v1.37.2',
    containerd: true,
    haproxy: false,
    configured: false,
};
test('a good host passes; every problem of a bad one is listed', () => {
    assert.deepEqual(checkFacts(good, 'control-plane', 'v1.37.2'), []);
    const bad = { ...good, swapOn: true, kubelet: 'v1.36.0', listening: [22, 6443, 2379] };
    const issues = checkFacts(bad, 'control-plane', 'v1.37.2').map((i) => i.path);
    assert.deepEqual(issues, ['swap', 'kubelet', 'port 6443', 'port 2379']);
});
test('a configured host may use its ports; a load balancer needs haproxy only', () => {
    assert.deepEqual(checkFacts({ ...good, configured: true, listening: [6443] }, 'control-plane', 'v1.37.2'), []);
    assert.deepEqual(checkFacts({ ...good, kubelet: undefined, haproxy: true }, 'load-balancer', 'v1.37.2'), []);
    assert.deepEqual(checkFacts(good, 'load-balancer', 'v1.37.2').map((i) => i.path), ['haproxy']);
});
test('every command kubeha runs that a host lacks is named', () => {
    const issues = checkFacts({ ...good, missingCommands: ['ctr', 'kubelet', 'ss'], kubelet: undefined }, 'worker', 'v1.37.2');
    assert.deepEqual(issues.map((i) => `${i.path}: ${i.message}`), ['ctr: not found on the PATH', 'ss: not found on the PATH', 'kubelet: not found on the PATH']);
});
//# sourceMappingURL=checks.test.js.map