import { test } from 'node:test';
import assert from 'node:assert/strict';
import { InputError } from '../../errors.js';
import { formatToken, generateToken, isValidToken, parseToken, randomTokenString, validateExtraGroups } from './token.js';
import { bootstrapTokenSecret, bootstrapTokenRbac } from './objects.js';
import { computeDetachedSignature, detachedSignatureIsValid } from './jws.js';
import { clusterInfoConfigMap } from './cluster-info.js';
test('generated tokens have kubeadm format', () => {
    for (let i = 0; i < 200; i++)
        assert.ok(isValidToken(formatToken(generateToken())));
    const chars = new Set(randomTokenString(5000));
    assert.equal(chars.size, 36);
});
test('parseToken rejects bad tokens without echoing them', () => {
    assert.deepEqual(parseToken('abcdef.0123456789abcdef'), { id: 'abcdef', secret: '0123456789abcdef' });
    assert.throws(() => parseToken('ABCDEF.0123456789abcdef'), (err) => !err.message.includes('0123456789abcdef'));
    assert.throws(() => validateExtraGroups(['system:nodes']), (e) => e instanceof InputError && /\[0\]: "system:nodes" must match \^system:bootstrappers:/.test(e.message));
    validateExtraGroups(['system:bootstrappers:kubeadm:default-node-token']);
});
test('bootstrap token Secret', () => {
    const s = bootstrapTokenSecret({ id: 'abcdef', secret: '0123456789abcdef' }, { now: new Date('2026-01-01T00:00:00.123Z'), description: 'd' });
    const data = Object.fromEntries(Object.entries(s['data']).map(([k, v]) => [k, Buffer.from(v, 'base64').toString()]));
    assert.equal(s.metadata.name, 'bootstrap-token-abcdef');
    assert.equal(s['type'], 'bootstrap.kubernetes.io/token');
    assert.deepEqual(data, {
        'token-id': 'abcdef',
        'token-secret': '0123456789abcdef',
        description: 'd',
        expiration: '2026-01-02T00:00:00Z',
        'usage-bootstrap-signing': 'true',
        'usage-bootstrap-authentication': 'true',
        'auth-extra-groups': 'system:bootstrappers:kubeadm:default-node-token',
    });
    const none = bootstrapTokenSecret({ id: 'abcdef', secret: '0123456789abcdef' }, { ttlMs: 0, usages: [], groups: [] });
    assert.deepEqual(Object.keys(none['data']), ['token-id', 'token-secret']);
    assert.ok(bootstrapTokenRbac().some((o) => o.metadata.name === 'kubeadm:apiserver-kubelet-client'));
});
test('JWS matches cluster-bootstrap/token/jws (vector computed with the Go package v0.37.2)', () => {
    const sig = computeDetachedSignature('apiVersion: v1\nkind: Config\n', 'abcdef', '0123456789abcdef');
    assert.equal(sig, 'eyJhbGciOiJIUzI1NiIsImtpZCI6ImFiY2RlZiJ9..vH_kT4yiol-nrAWgjfCYqvum5wsKETXe0S7OOp1VgnE');
    assert.ok(detachedSignatureIsValid(sig, 'apiVersion: v1\nkind: Config\n', 'abcdef', '0123456789abcdef'));
    assert.ok(!detachedSignatureIsValid(sig, 'apiVersion: v1\nkind: Config\n ', 'abcdef', '0123456789abcdef'));
    assert.ok(!detachedSignatureIsValid(sig, 'apiVersion: v1\nkind: Config\n', 'abcdef', '0123456789abcdeg'));
});
test('cluster-info ConfigMap holds only the cluster', () => {
    const cm = clusterInfoConfigMap('https://lb:6443', 'PEM');
    const text = cm['data']['kubeconfig'];
    assert.match(text, /^apiVersion: v1\nclusters:\n- cluster:\n    certificate-authority-data: UEVN\n    server: https:\/\/lb:6443\n  name: ""\ncontexts: null\n/);
});
//# sourceMappingURL=token.test.js.map