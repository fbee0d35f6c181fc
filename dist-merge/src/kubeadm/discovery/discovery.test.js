import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { caCertHash } from './pin.js';
import { verifyClusterInfo } from './discovery.js';
import { clusterInfoKubeconfig } from '../token/cluster-info.js';
import { computeDetachedSignature } from '../token/jws.js';
const caPem = readFileSync(new URL('../../../../src/kubeadm/pki/testdata/ca.crt', import.meta.url), 'utf8');
// Pin of the kubeadm v1.37.2 generated testdata CA, computed with openssl (x509 -pubkey | pkey -pubin -outform der | sha256sum).
const PIN = 'sha256:df385d80f9ed2f6825bc7991e93f3eba83e6cac864e6509c7c0bab68c8792db0';
const token = { id: 'abcdef', secret: '0123456789abcdef' };
test('CA pin is sha256 over the SubjectPublicKeyInfo', () => {
    assert.equal(caCertHash(caPem), PIN);
    // A second opinion from openssl (a host package `kubeha setup` installs): missing, the test fails.
    const der = execFileSync('sh', ['-c', 'openssl x509 -pubkey -noout | openssl pkey -pubin -outform der | sha256sum'], { input: caPem }).toString();
    assert.equal(`sha256:${der.split(' ')[0]}`, PIN);
});
test('discovery verifies JWS and pin; tampering fails', () => {
    const kubeconfig = clusterInfoKubeconfig('https://lb:6443', caPem);
    const data = { kubeconfig, [`jws-kubeconfig-${token.id}`]: computeDetachedSignature(kubeconfig, token.id, token.secret) };
    const found = verifyClusterInfo(data, { token, caCertHashes: [PIN] });
    assert.equal(found.server, 'https://lb:6443');
    assert.throws(() => verifyClusterInfo({ ...data, kubeconfig: kubeconfig.replace('lb:6443', 'evil:6443') }, { token, caCertHashes: [PIN] }), /JWS/);
    assert.throws(() => verifyClusterInfo(data, { token: { ...token, secret: 'x123456789abcdef' }, caCertHashes: [PIN] }), /JWS/);
    assert.throws(() => verifyClusterInfo(data, { token: { ...token, id: 'zzzzzz' }, caCertHashes: [PIN] }), /invalid for this cluster/);
    assert.throws(() => verifyClusterInfo(data, { token, caCertHashes: [`sha256:${'0'.repeat(64)}`] }), /match the pins/);
    assert.throws(() => verifyClusterInfo(data, { token, caCertHashes: [] }), /unsafe/);
    assert.ok(verifyClusterInfo(data, { token, caCertHashes: [], unsafeSkipCAVerification: true }));
});
//# sourceMappingURL=discovery.test.js.map