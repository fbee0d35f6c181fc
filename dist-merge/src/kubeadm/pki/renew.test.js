import { test } from 'node:test';
import assert from 'node:assert/strict';
import { X509Certificate } from 'node:crypto';
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { LocalHost } from '../../transport/local.js';
import { ensureKubeconfigs } from '../kubeconfig/kubeconfig.js';
import { HOUR_MS, pkiDefaults } from './certlist.js';
import { ensurePki } from './pki.js';
import { altNamesOf, missingSans, reissueApiserverCertificate, renewCertificates, renewableNames } from './renew.js';
const inputs = (dir, over = {}) => ({
    ...pkiDefaults,
    nodeName: 'cp1',
    advertiseAddress: '10.250.7.11',
    controlPlaneEndpoint: 'lb.example.test:6443',
    certSANs: ['extra.example'],
    etcdServerSANs: [],
    etcdPeerSANs: [],
    externalEtcd: false,
    certificatesDir: dir,
    encryptionAlgorithm: 'ECDSA-P256',
    ...over,
});
async function pki() {
    const root = await mkdtemp(join(tmpdir(), 'kubeha-renew-'));
    const dir = join(root, 'pki');
    const kubeconfigDir = root;
    const then = new Date(Date.now() - 100 * 24 * HOUR_MS);
    await ensurePki(new LocalHost(), inputs(dir), { now: then });
    await ensureKubeconfigs(new LocalHost(), { nodeName: 'cp1', advertiseAddress: '10.250.7.11', bindPort: 6443, controlPlaneEndpoint: 'lb.example.test:6443', clusterName: 'kubernetes', encryptionAlgorithm: 'ECDSA-P256', certificateValidityPeriod: pkiDefaults.certificateValidityPeriod, certificatesDir: dir, kubeconfigDir }, { now: then });
    return { dir, kubeconfigDir, done: () => rm(root, { recursive: true, force: true }) };
}
const cert = async (path) => new X509Certificate(await readFile(path));
const kubeconfigCert = async (path) => {
    const doc = parse(await readFile(path, 'utf8'));
    return new X509Certificate(Buffer.from(doc.users[0].user['client-certificate-data'], 'base64'));
};
test("kubeadm's renewable names, without the etcd ones for external etcd", () => {
    assert.deepEqual(renewableNames(false), [
        'admin.conf', 'super-admin.conf', 'controller-manager.conf', 'scheduler.conf',
        'apiserver', 'apiserver-kubelet-client', 'front-proxy-client', 'etcd-server', 'etcd-peer', 'etcd-healthcheck-client', 'apiserver-etcd-client',
    ]);
    assert.deepEqual(renewableNames(true), ['admin.conf', 'super-admin.conf', 'controller-manager.conf', 'scheduler.conf', 'apiserver', 'apiserver-kubelet-client', 'front-proxy-client']);
});
test('renewal signs every named certificate again: new key and NotAfter, same subject and SANs, CA untouched', async () => {
    const { dir, kubeconfigDir, done } = await pki();
    try {
        const before = { api: await cert(join(dir, 'apiserver.crt')), admin: await kubeconfigCert(join(kubeconfigDir, 'admin.conf')), ca: await readFile(join(dir, 'ca.crt')) };
        const now = new Date();
        const renewed = await renewCertificates(new LocalHost(), { pki: inputs(dir, { certSANs: [] }), kubeconfigDir }, renewableNames(false), now);
        assert.equal(renewed.length, 11);
        const api = await cert(join(dir, 'apiserver.crt'));
        assert.ok(Date.parse(api.validTo) > Date.parse(before.api.validTo) + 90 * 24 * HOUR_MS);
        assert.equal(api.subject, before.api.subject);
        // The SANs come from the old certificate, not from the (changed) inputs: extra.example stays.
        assert.deepEqual(altNamesOf(api), altNamesOf(before.api));
        assert.ok(api.checkHost('extra.example'));
        assert.notEqual(api.publicKey.export({ type: 'spki', format: 'der' }).toString('hex'), before.api.publicKey.export({ type: 'spki', format: 'der' }).toString('hex'));
        assert.ok(api.verify((await cert(join(dir, 'ca.crt'))).publicKey));
        const admin = await kubeconfigCert(join(kubeconfigDir, 'admin.conf'));
        assert.equal(admin.subject, before.admin.subject);
        assert.ok(Date.parse(admin.validTo) > Date.parse(before.admin.validTo));
        assert.deepEqual(await readFile(join(dir, 'ca.crt')), before.ca);
        assert.equal((await stat(join(dir, 'apiserver.key'))).mode & 0o777, 0o600);
        assert.equal((await stat(join(kubeconfigDir, 'admin.conf'))).mode & 0o777, 0o600);
    }
    finally {
        await done();
    }
});
test('renewing an unknown name or without the CA key fails naming it, and writes nothing', async () => {
    const { dir, kubeconfigDir, done } = await pki();
    try {
        const before = await readFile(join(dir, 'apiserver.crt'));
        await assert.rejects(renewCertificates(new LocalHost(), { pki: inputs(dir), kubeconfigDir }, ['apiserver', 'ca']), /ca is not a certificate kubeadm renews/);
        await rm(join(dir, 'front-proxy-ca.key'));
        await assert.rejects(renewCertificates(new LocalHost(), { pki: inputs(dir), kubeconfigDir }, ['apiserver', 'front-proxy-client']), /front-proxy-ca CA's key .* is missing/);
        assert.deepEqual(await readFile(join(dir, 'apiserver.crt')), before);
    }
    finally {
        await done();
    }
});
test('a SAN added after init: found missing, then the apiserver certificate is issued again with it', async () => {
    const { dir, done } = await pki();
    try {
        const wanted = inputs(dir, { certSANs: ['extra.example', 'new.example', '10.250.7.200'] });
        const spec = { altNames: { dnsNames: ['new.example', 'extra.example'], ips: ['10.250.7.200'] } };
        assert.deepEqual(missingSans(await cert(join(dir, 'apiserver.crt')), spec), ['DNS:new.example', 'IP:10.250.7.200']);
        await reissueApiserverCertificate(new LocalHost(), wanted);
        const api = await cert(join(dir, 'apiserver.crt'));
        assert.deepEqual(missingSans(api, spec), []);
        assert.ok(api.checkHost('cp1') && api.checkIP('10.96.0.1'));
    }
    finally {
        await done();
    }
});
//# sourceMappingURL=renew.test.js.map