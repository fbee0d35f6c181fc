import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createCertificate, certificatePem } from '../pki/certificate.js';
import { generatePrivateKey, privateKeyPem } from '../pki/keys.js';
import { kubeconfigNotUsable } from './usable.js';
function memoryHost(files) {
    return {
        name: 'w1',
        exec: async () => ({ code: 0, stdout: '', stderr: '', ms: 0 }),
        readFile: async (p) => (files.has(p) ? Buffer.from(files.get(p)) : undefined),
        writeFiles: async () => { },
        close: async () => { },
    };
}
/** kubelet.conf as the kubelet writes it when client rotation bootstraps in the background. */
const KUBELET_CONF = `apiVersion: v1
clusters:
- cluster:
    certificate-authority-data: LS0t
    server: https://10.250.7.11:6443
  name: default-cluster
contexts:
- context:
    cluster: default-cluster
    namespace: default
    user: default-auth
  name: default-context
current-context: default-context
kind: Config
users:
- name: default-auth
  user:
    client-certificate: /var/lib/kubelet/pki/kubelet-client-current.pem
    client-key: /var/lib/kubelet/pki/kubelet-client-current.pem
`;
const CURRENT = '/var/lib/kubelet/pki/kubelet-client-current.pem';
async function clientPem() {
    const key = await generatePrivateKey('ECDSA-P256');
    const now = new Date();
    const cert = await createCertificate({ commonName: 'system:node:w1', organization: ['system:nodes'], usages: ['clientAuth'], altNames: { dnsNames: [], ips: [] }, isCA: false, notBefore: now, notAfter: new Date(now.getTime() + 3600_000) }, key);
    return { cert: certificatePem(cert), key: privateKeyPem(key) };
}
test('kubelet.conf is usable only once the client certificate it names exists, parses and matches its key', async () => {
    const files = new Map();
    const host = memoryHost(files);
    const path = '/etc/kubernetes/kubelet.conf';
    assert.match((await kubeconfigNotUsable(host, path)), /kubelet\.conf does not exist yet/);
    // The window the kubelet leaves: kubelet.conf written, its certificate not yet.
    files.set(path, KUBELET_CONF);
    assert.match((await kubeconfigNotUsable(host, path)), /client certificate of .* \(\/var\/lib\/kubelet\/pki\/kubelet-client-current\.pem\) does not exist yet/);
    const a = await clientPem();
    const b = await clientPem();
    files.set(CURRENT, '');
    assert.match((await kubeconfigNotUsable(host, path)), /holds no PEM certificate and key yet/);
    files.set(CURRENT, `${a.cert}${b.key}`);
    assert.match((await kubeconfigNotUsable(host, path)), /do not match/);
    // The kubelet keeps certificate and key in one file.
    files.set(CURRENT, `${a.cert}${a.key}`);
    assert.equal(await kubeconfigNotUsable(host, path), undefined);
});
test('inline credentials, relative paths and token users load as client-go loads them', async () => {
    const { cert, key } = await clientPem();
    const b64 = (s) => Buffer.from(s).toString('base64');
    const inline = KUBELET_CONF.replace(/client-certificate: .*\n\s*client-key: .*\n/, `client-certificate-data: ${b64(cert)}\n    client-key-data: ${b64(key)}\n`);
    assert.equal(await kubeconfigNotUsable(memoryHost(new Map([['/k/admin.conf', inline]])), '/k/admin.conf'), undefined);
    const relative = KUBELET_CONF.replaceAll('/var/lib/kubelet/pki/kubelet-client-current.pem', 'pki/client.pem');
    const files = new Map([['/k/kubelet.conf', relative], ['/k/pki/client.pem', `${cert}${key}`]]);
    assert.equal(await kubeconfigNotUsable(memoryHost(files), '/k/kubelet.conf'), undefined);
    const token = KUBELET_CONF.replace(/client-certificate: .*\n\s*client-key: .*\n/, 'token: abcdef.0123456789abcdef\n');
    assert.equal(await kubeconfigNotUsable(memoryHost(new Map([['/k/bootstrap.conf', token]])), '/k/bootstrap.conf'), undefined);
    assert.match((await kubeconfigNotUsable(memoryHost(new Map([['/k/x.conf', 'kind: Config\n']])), '/k/x.conf')), /no user for its current context/);
});
//# sourceMappingURL=usable.test.js.map