import assert from 'node:assert/strict';
import { test } from 'node:test';
import { KubehaError, wrap } from '../errors.js';
import { formatError } from './format-error.js';
test('formatError: what was done, where, then the chain of causes without repeating a message', () => {
    const inner = new KubehaError('kubeadm join exited with code 1 in phase preflight', { doing: 'kubeadm join', host: 'w1', command: ['kubeadm', 'join'], output: 'line 1\nline 2' });
    const outer = new KubehaError(inner.message, { doing: 'step join/workers', host: 'w1' }, { cause: wrap(inner, 'Join worker', 'w1') });
    assert.equal(formatError(outer), [
        'error: step join/workers on w1: kubeadm join exited with code 1 in phase preflight',
        '  while: Join worker on w1',
        '  while: kubeadm join on w1',
    ].join('\n'));
    const why = new KubehaError('etcd did not become healthy', { doing: 'starting etcd', host: 'etcd1' }, { cause: new Error('connection refused') });
    assert.equal(formatError(wrap(why, 'Set up the etcd cluster', 'etcd1')), [
        'error: Set up the etcd cluster on etcd1: etcd did not become healthy',
        '  while: starting etcd on etcd1',
        '  caused by: connection refused',
    ].join('\n'));
});
test('formatError never shows a secret', () => {
    const err = new KubehaError('kubeadm failed', { doing: 'kubeadm init', output: 'kubeadm join x --token abcdef.0123456789abcdef' });
    assert.doesNotMatch(formatError(err), /0123456789abcdef/);
});
//# sourceMappingURL=format-error.test.js.map