import assert from 'node:assert/strict';
import { test } from 'node:test';
import { KubehaError, PreconditionError } from '../errors.js';
import { pollUntil, retry, waitFor } from './wait.js';
test('waitFor returns the first value; rejections and false mean "not yet"', async () => {
    let calls = 0;
    const value = await waitFor('a value', async () => {
        calls += 1;
        if (calls === 1)
            throw new Error('not listening yet');
        return calls === 2 ? false : 'ready';
    }, 1000, { intervalMs: 1 });
    assert.equal(value, 'ready');
    assert.equal(calls, 3);
});
test('waitFor times out with what was awaited, the host and the last failure', async () => {
    const err = await waitFor('haproxy to listen on :6443', async () => {
        throw new Error('connection refused');
    }, 20, { intervalMs: 5, host: 'lb1' }).catch((e) => e);
    assert.ok(err instanceof KubehaError);
    assert.equal(err.context.host, 'lb1');
    assert.equal(err.context.doing, 'waiting for haproxy to listen on :6443');
    assert.match(err.message, /^timed out after 0 s waiting for haproxy to listen on :6443: connection refused$/);
});
test('retry rethrows the last failure as the cause; pollUntil answers false on timeout', async () => {
    let n = 0;
    assert.equal(await retry('counting', async () => (++n < 3 ? Promise.reject(new Error(`try ${n}`)) : n), 1000, 1), 3);
    const err = await retry('adding the learner', async () => Promise.reject(new Error('too many learners')), 10, 2).catch((e) => e);
    assert.match(err.message, /^timed out after 0 s adding the learner: too many learners$/);
    assert.equal(err.cause.message, 'too many learners');
    assert.equal(await pollUntil(async () => false, 10, 2), false);
});
test('waitFor and retry give up at once on a PreconditionError (waiting cannot fix it)', async () => {
    const missing = new PreconditionError('the etcd image registry.k8s.io/etcd:3.7.0-0 is not in containerd\'s k8s.io namespace on cp2', { doing: 'listing the etcd members', host: 'cp2' });
    let calls = 0;
    const started = Date.now();
    assert.equal(await waitFor('etcd', async () => { calls += 1; throw missing; }, 60_000, { intervalMs: 1 }).catch((e) => e), missing);
    assert.equal(await retry('listing the etcd members', async () => { calls += 1; throw missing; }, 60_000, 1).catch((e) => e), missing);
    assert.equal(calls, 2);
    assert.ok(Date.now() - started < 1000);
});
//# sourceMappingURL=wait.test.js.map