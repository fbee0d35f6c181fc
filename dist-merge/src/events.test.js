import { test } from 'node:test';
import assert from 'node:assert/strict';
import { emitter } from './events.js';
import { buildPlan } from './plan/plan.js';
import { runPlan } from './plan/runner.js';
import { defineHostStep } from './plan/step.js';
const TOKEN_SECRET = '0123456789abcdef';
const CERTIFICATE_KEY = 'e6a2eb8581237ab72a4f494f30285ec12a9694d750b9785706a83bfcbbbd2204';
const PEM_BODY = 'MIIEpAIBAAKCAQEAsecretkeymaterial';
const SECRETS = [TOKEN_SECRET, CERTIFICATE_KEY, PEM_BODY];
const LEAKY = `kubeadm join lb:6443 --token abcdef.${TOKEN_SECRET} --certificate-key ${CERTIFICATE_KEY}\n-----BEGIN PRIVATE KEY-----\n${PEM_BODY}\n-----END PRIVATE KEY-----`;
function recordingSink() {
    const seen = [];
    return { sink: (e) => seen.push(e), seen };
}
function assertNoSecret(seen) {
    const all = JSON.stringify(seen);
    for (const secret of SECRETS)
        assert.ok(!all.includes(secret), `a sink saw ${secret}: ${all}`);
}
test('every event reaches the sink redacted: token secrets, certificate keys, PEM private keys', () => {
    const { sink, seen } = recordingSink();
    const emit = emitter(sink);
    emit({ type: 'log', level: 'info', message: LEAKY, host: 'cp1' });
    emit({ type: 'progress', scope: 'init', message: LEAKY });
    emit({ type: 'result', name: 'join command', value: LEAKY });
    emit({ type: 'step-fail', step: 'init/certs', ms: 1, error: LEAKY, output: LEAKY });
    emit({ type: 'error', code: 'failed', exitCode: 1, message: LEAKY, issues: [{ path: 'x', message: LEAKY }] });
    assert.equal(seen.length, 5);
    assertNoSecret(seen);
    assert.match(seen[0].message, /abcdef\.<withheld>/);
});
test("an operation's steps emit through the sink the SDK caller handed in: the caller never sees a secret", async () => {
    const steps = [
        defineHostStep({
            id: 'leaky',
            title: 'A step whose messages and failure carry secrets',
            needs: [],
            hosts: (c) => c.hosts,
            concurrency: () => Infinity,
            done: async () => false,
            run: async (ctx, host) => {
                emitter(ctx.emit)({ type: 'log', level: 'info', message: LEAKY, host });
                emitter(ctx.emit)({ type: 'result', name: 'join command', value: LEAKY });
                if (host === 'cp2')
                    throw new Error(LEAKY);
            },
        }),
    ];
    const { sink, seen } = recordingSink();
    const cluster = { hosts: ['cp1', 'cp2'] };
    await assert.rejects(runPlan(buildPlan(cluster, steps), steps, { emit: sink }, { emit: sink }));
    assert.ok(seen.some((e) => e.type === 'log') && seen.some((e) => e.type === 'step-fail'));
    assertNoSecret(seen);
});
//# sourceMappingURL=events.test.js.map