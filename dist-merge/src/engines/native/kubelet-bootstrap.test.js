import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createCertificate, certificatePem } from '../../kubeadm/pki/certificate.js';
import { generatePrivateKey, privateKeyPem } from '../../kubeadm/pki/keys.js';
import { BOOTSTRAP_KUBECONFIG, KUBELET_KUBECONFIG, waitForTlsBootstrap } from './kubelet-bootstrap.js';
const CURRENT = '/var/lib/kubelet/pki/kubelet-client-current.pem';
const KUBELET_CONF = `apiVersion: v1
kind: Config
clusters: [{ name: default-cluster, cluster: { server: 'https://10.250.7.11:6443' } }]
contexts: [{ name: default-context, context: { cluster: default-cluster, user: default-auth } }]
current-context: default-context
users: [{ name: default-auth, user: { client-certificate: ${CURRENT}, client-key: ${CURRENT} } }]
`;
test('the bootstrap kubeconfig is removed only once kubelet.conf loads with its client certificate', async () => {
    const key = await generatePrivateKey('ECDSA-P256');
    const now = new Date();
    const cert = await createCertificate({ commonName: 'system:node:cp2', organization: ['system:nodes'], usages: ['clientAuth'], altNames: { dnsNames: [], ips: [] }, isCA: false, notBefore: now, notAfter: new Date(now.getTime() + 3600_000) }, key);
    const files = new Map([[BOOTSTRAP_KUBECONFIG, 'bootstrap'], [KUBELET_KUBECONFIG, KUBELET_CONF]]);
    const events = [];
    let reads = 0;
    const host = {
        name: 'cp2',
        exec: async (argv) => {
            events.push(argv.join(' '));
            if (argv[0] === 'rm')
                files.delete(BOOTSTRAP_KUBECONFIG);
            return { code: 0, stdout: '', stderr: '', ms: 0 };
        },
        readFile: async (p) => {
            // The kubelet gets its certificate only after kubeadm has looked twice.
            if (p === CURRENT && ++reads === 3) {
                files.set(CURRENT, `${certificatePem(cert)}${privateKeyPem(key)}`);
                events.push('certificate written');
            }
            return files.has(p) ? Buffer.from(files.get(p)) : undefined;
        },
        writeFiles: async () => { },
        close: async () => { },
    };
    await waitForTlsBootstrap(host, 10_000);
    assert.deepEqual(events, ['certificate written', `rm -f ${BOOTSTRAP_KUBECONFIG}`]);
    assert.equal(files.has(BOOTSTRAP_KUBECONFIG), false);
});
//# sourceMappingURL=kubelet-bootstrap.test.js.map