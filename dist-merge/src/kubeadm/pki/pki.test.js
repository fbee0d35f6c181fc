import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { X509Certificate } from 'node:crypto';
import { LocalHost } from '../../transport/local.js';
import { apiServerAltNames, certList, etcdAltNames, pkiDefaults } from './certlist.js';
import { firstServiceIp, normalizeAltNames, endpointHost } from './alt-names.js';
import { ensurePki } from './pki.js';
const inputs = (dir, over = {}) => ({
    ...pkiDefaults,
    nodeName: 'cp1',
    advertiseAddress: '10.250.7.11',
    controlPlaneEndpoint: 'lb.example.test:6443',
    certSANs: ['zeta.example', '10.250.7.100', 'alpha.example', '10.250.7.11', 'kubernetes', 'not_a_name'],
    etcdServerSANs: ['etcd-z', '10.1.1.1'],
    etcdPeerSANs: ['etcd-p'],
    externalEtcd: false,
    certificatesDir: dir,
    encryptionAlgorithm: 'ECDSA-P256',
    ...over,
});
test('SAN rules match kubeadm v1.37.2 output for the same inputs', () => {
    const api = apiServerAltNames(inputs('/x'));
    assert.deepEqual(normalizeAltNames(api.altNames), {
        dnsNames: ['alpha.example', 'cp1', 'kubernetes', 'kubernetes.default', 'kubernetes.default.svc', 'kubernetes.default.svc.cluster.local', 'lb.example.test', 'zeta.example'],
        ips: ['10.96.0.1', '10.250.7.11', '10.250.7.100'],
    });
    assert.deepEqual(api.ignored, ['not_a_name']);
    assert.deepEqual(normalizeAltNames(etcdAltNames(inputs('/x'), ['etcd-z', '10.1.1.1']).altNames), {
        dnsNames: ['cp1', 'etcd-z', 'localhost'],
        ips: ['10.250.7.11', '127.0.0.1', '::1', '10.1.1.1'],
    });
    assert.equal(firstServiceIp('10.96.0.0/12'), '10.96.0.1');
    assert.equal(firstServiceIp('fd00:10:96::/112,10.96.0.0/12'), 'fd00:10:96::1');
    assert.equal(endpointHost('[fd00::1]:6443'), 'fd00::1');
    assert.equal(endpointHost('10.0.0.1'), '10.0.0.1');
    assert.deepEqual(normalizeAltNames(apiServerAltNames(inputs('/x', { controlPlaneEndpoint: '10.250.7.200:6443', certSANs: [] })).altNames).ips, ['10.96.0.1', '10.250.7.11', '10.250.7.200']);
});
test('external etcd drops the etcd certificates', () => {
    assert.deepEqual(certList(inputs('/x', { externalEtcd: true })).map((c) => c.name), ['ca', 'apiserver', 'apiserver-kubelet-client', 'front-proxy-ca', 'front-proxy-client']);
});
test('ensurePki writes kubeadm-shaped files and reuses them', async (t) => {
    const dir = await mkdtemp(join(tmpdir(), 'kubeha-pki-'));
    t.after(() => rm(dir, { recursive: true, force: true }));
    const now = new Date('2026-03-01T12:00:00Z');
    await ensurePki(new LocalHost(), inputs(dir), { now });
    const ca = new X509Certificate(await readFile(join(dir, 'ca.crt')));
    const server = new X509Certificate(await readFile(join(dir, 'etcd/server.crt')));
    assert.equal(ca.subject, 'CN=kubernetes');
    assert.equal(ca.ca, true);
    assert.equal(new Date(ca.validFrom).toISOString(), '2026-03-01T11:55:00.000Z');
    assert.equal(new Date(ca.validTo).toISOString(), '2036-02-27T12:00:00.000Z');
    assert.equal(server.subject, 'CN=cp1');
    assert.equal(server.subjectAltName, 'DNS:cp1, DNS:etcd-z, DNS:localhost, IP Address:10.250.7.11, IP Address:127.0.0.1, IP Address:0:0:0:0:0:0:0:1, IP Address:10.1.1.1');
    assert.equal(new Date(server.validTo).toISOString(), '2027-03-01T12:00:00.000Z');
    assert.match((await readFile(join(dir, 'ca.key'))).toString(), /^-----BEGIN EC PRIVATE KEY-----/);
    assert.match((await readFile(join(dir, 'sa.pub'))).toString(), /^-----BEGIN PUBLIC KEY-----/);
    assert.equal((await stat(join(dir, 'ca.key'))).mode & 0o777, 0o600);
    assert.equal((await stat(join(dir, 'ca.crt'))).mode & 0o777, 0o644);
    assert.equal((await stat(join(dir, 'sa.pub'))).mode & 0o777, 0o600);
    const before = await readFile(join(dir, 'apiserver.crt'));
    const again = await ensurePki(new LocalHost(), inputs(dir));
    assert.ok(again.every((r) => r.action === 'reused'));
    assert.deepEqual(await readFile(join(dir, 'apiserver.crt')), before);
    await assert.rejects(ensurePki(new LocalHost(), inputs(dir, { certSANs: ['new.example'] })), /not valid for DNS name new.example/);
});
//# sourceMappingURL=pki.test.js.map