import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { initDoneMessage, joinControlPlaneCommand } from './join-command.js';
// Output of kubeadm v1.37.2's show-join-command phase (4 cases), driven through its Go API.
const golden = readFileSync(new URL('../../../src/kubeadm/join-command.golden.txt', import.meta.url), 'utf8').split('=====CASE\n').slice(1);
const base = {
    kubeconfigPath: 'admin.conf',
    controlPlaneHostPort: 'lb.example.test:6443',
    token: 'abcdef.0123456789abcdef',
    caCertHashes: ['sha256:df385d80f9ed2f6825bc7991e93f3eba83e6cac864e6509c7c0bab68c8792db0'],
    certificateKey: 'e6a2eb8581237ab72a4f494f30285ec12a9694d750b9785706a83bfcbbbd2204',
};
test('init message is byte-identical to kubeadm', () => {
    assert.equal(initDoneMessage({ ...base, controlPlaneEndpoint: 'x', uploadCerts: true }), golden[0]);
    assert.equal(initDoneMessage({ ...base, controlPlaneEndpoint: 'x', uploadCerts: false }), golden[1]);
    assert.equal(initDoneMessage({ ...base, uploadCerts: false }), golden[2]);
    assert.equal(initDoneMessage({ ...base, controlPlaneEndpoint: 'x', uploadCerts: true, skipTokenPrint: true, skipCertificateKeyPrint: true }), golden[3]);
});
test('control-plane command without a certificate key keeps kubeadm trailing space', () => {
    assert.ok(joinControlPlaneCommand({ ...base, certificateKey: '' }).endsWith('\\\n\t--control-plane '));
});
test('token create --print-join-command text: one line, pins from the kubeconfig CA', async () => {
    const { joinCommandForKubeconfig } = await import('./join-command.js');
    const ca = readFileSync(new URL('../../../src/kubeadm/pki/testdata/ca.crt', import.meta.url), 'utf8');
    const { caCertHash } = await import('./discovery/pin.js');
    const worker = joinCommandForKubeconfig({ server: 'https://lb:6443', caPem: ca }, 'abcdef.0123456789abcdef');
    assert.equal(worker, `kubeadm join lb:6443 --token abcdef.0123456789abcdef --discovery-token-ca-cert-hash ${caCertHash(ca)} `);
    assert.ok(joinCommandForKubeconfig({ server: 'https://lb:6443', caPem: ca }, 'abcdef.0123456789abcdef', 'k').endsWith(' --control-plane --certificate-key k'));
});
//# sourceMappingURL=join-command.test.js.map