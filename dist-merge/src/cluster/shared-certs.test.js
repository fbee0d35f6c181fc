import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sharedCertFiles } from './shared-certs.js';
test('manual distribution copies exactly the guide’s list', () => {
    const base = ['ca.crt', 'ca.key', 'sa.key', 'sa.pub', 'front-proxy-ca.crt', 'front-proxy-ca.key', 'etcd/ca.crt'].map((f) => `/etc/kubernetes/pki/${f}`);
    assert.deepEqual(sharedCertFiles('stacked'), [...base, '/etc/kubernetes/pki/etcd/ca.key']);
    // External etcd: no etcd CA key; the etcd.external client certificate and key instead.
    assert.deepEqual(sharedCertFiles('external'), [...base, '/etc/kubernetes/pki/apiserver-etcd-client.crt', '/etc/kubernetes/pki/apiserver-etcd-client.key']);
});
//# sourceMappingURL=shared-certs.test.js.map