// End to end, day 2 on a lab of 1 LB and 3 control planes (native cluster, cp2 by kubeadm):
// - a ConfigMap written, an etcd snapshot taken, a second ConfigMap written; a restore is refused while etcd has
//   quorum; then cp2 and cp3 powered off (the API answers no more) and their etcd disks lost; `etcd restore`:
//   the API is back with the first ConfigMap and without the second, and 3 voters;
// - every certificate renewed: each control plane shows a new NotAfter on disk and serves the new apiserver
//   certificate, and the cluster is healthy;
// - a SAN added to the cluster file, `up`: openssl shows it on all three apiserver certificates, and each
//   apiserver serves it.
import assert from 'node:assert/strict';
import { createHash, X509Certificate } from 'node:crypto';
import { mkdir, readFile, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { connect as tlsConnect } from 'node:tls';
import { test } from 'node:test';
import { parse, stringify } from 'yaml';
import { renewCertificates } from '../../src/cluster/certs.js';
import { restoreEtcd } from '../../src/cluster/etcd-restore.js';
import { snapshotEtcd } from '../../src/cluster/etcd-snapshot.js';
import { STOPPED_DIR } from '../../src/cluster/etcd-member-manifest.js';
import { MANIFESTS_DIR } from '../../src/kubeadm/manifests/write.js';
import { labClusterFile } from '../../src/cluster/lab-cluster.js';
import { status } from '../../src/cluster/status.js';
import { loadCluster } from '../../src/config/cluster.js';
import { StepFailedError } from '../../src/plan/runner.js';
import { startHost, stopHost } from '../../src/lab/index.js';
import { run } from '../../src/util/process.js';
import { bin, etcdctl, etcdVoters, eventually, podsReadyAndStable } from './cluster-helpers.js';
import { labFixture, labName } from './lab-fixture.js';
const CONTROL_PLANES = ['cp1', 'cp2', 'cp3'];
/** The certificate an apiserver presents on its own address. */
function served(address) {
    return new Promise((resolve, reject) => {
        const socket = tlsConnect({ host: address, port: 6443, rejectUnauthorized: false, servername: 'kubernetes' }, () => {
            const raw = socket.getPeerCertificate().raw;
            socket.end();
            resolve(new X509Certificate(raw));
        });
        socket.setTimeout(5000, () => socket.destroy(new Error(`no TLS answer from ${address}:6443`)));
        socket.on('error', reject);
    });
}
test('etcd snapshot and restore after quorum is lost, every certificate renewed, a SAN added after init', { timeout: 40 * 60_000 }, async (t) => {
    const fixture = await labFixture(t, { name: labName('etcdc'), loadBalancers: 1, controlPlanes: 3, etcd: 0, workers: 0 });
    const { lab, connect } = fixture;
    const text = labClusterFile(lab, { engine: 'native', hostEngines: { cp2: 'kubeadm' } });
    const loaded = loadCluster(text, 'cluster.yaml');
    await fixture.up(loaded);
    const options = {
        emit: (e) => {
            if (e.type === 'step-fail')
                t.diagnostic(`step-fail ${e.step} ${e.host ?? ''}: ${e.error}`);
            if (e.type === 'step-done')
                t.diagnostic(`${e.step} ${e.host ?? ''} ${(e.ms / 1000).toFixed(1)} s`);
        },
        connect,
        adminKubeconfigPath: fixture.kubeconfig,
    };
    const kubectl = (...args) => run([bin('kubectl'), '--kubeconfig', fixture.kubeconfig, '--request-timeout=10s', ...args], { allowFailure: true });
    const address = (name) => lab.hosts.find((h) => h.name === name).address;
    const cp1 = await fixture.host('cp1');
    const voters = async () => etcdVoters(await etcdctl(cp1, [`https://${address('cp1')}:2379`], ['member', 'list', '-w', 'simple']));
    // Snapshot between two writes.
    assert.equal((await kubectl('create', 'configmap', 'before-snapshot', '--from-literal=k=1')).code, 0);
    const out = join(fixture.scratch, 'etcd.db');
    let started = Date.now();
    const snapshot = await snapshotEtcd(loaded, { ...options, out });
    t.diagnostic(`etcd snapshot: ${snapshot.bytes} bytes in ${Date.now() - started} ms, from ${snapshot.from}`);
    assert.equal((await stat(out)).mode & 0o777, 0o600);
    assert.equal(createHash('sha256').update(await readFile(out)).digest('hex'), snapshot.sha256);
    const identity = JSON.parse(await readFile(`${out}.json`, 'utf8'));
    assert.equal(identity.cluster, loaded.cluster.metadata.name);
    assert.equal(identity.sha256, snapshot.sha256);
    assert.match(identity.etcdClusterId, /^[0-9a-f]+$/);
    assert.equal((await kubectl('create', 'configmap', 'after-snapshot', '--from-literal=k=2')).code, 0);
    // A cluster with quorum is not restored unless forced; nothing was stopped.
    await assert.rejects(restoreEtcd(loaded, { ...options, from: out }), (err) => err instanceof StepFailedError && /still has quorum \(3 of 3 members healthy/.test(err.message));
    assert.equal((await kubectl('get', 'configmap', 'after-snapshot')).code, 0);
    // Quorum lost: cp2 and cp3 off, the API no longer answers, and their etcd disks are gone. Their manifests are set
    // aside (where `etcd restore` sets them): an empty member started by its kubelet would rejoin from cp1's data,
    // second ConfigMap included (seen on a lab: etcd heals itself then, and has quorum again).
    for (const n of ['cp2', 'cp3'])
        await stopHost(lab.name, n);
    await eventually('the API to stop answering', async () => (await kubectl('get', '--raw', '/readyz')).code !== 0, 120_000);
    for (const n of ['cp2', 'cp3']) {
        const upper = join(lab.hosts.find((h) => h.name === n).dir, 'upper');
        await rm(join(upper, 'var', 'lib', 'etcd', 'member'), { recursive: true, force: true });
        await mkdir(join(upper, STOPPED_DIR), { recursive: true, mode: 0o700 });
        await rename(join(upper, MANIFESTS_DIR, 'etcd.yaml'), join(upper, STOPPED_DIR, 'etcd.yaml'));
    }
    for (const n of ['cp2', 'cp3'])
        await startHost(lab.name, n);
    started = Date.now();
    const restored = await restoreEtcd(loaded, { ...options, from: out });
    t.diagnostic(`etcd restore: ${((Date.now() - started) / 1000).toFixed(1)} s`);
    assert.ok(restored.outcomes.every((o) => o.status !== 'failed'), JSON.stringify(restored.outcomes));
    await eventually('the API to answer again', async () => (await kubectl('get', '--raw', '/readyz')).code === 0, 180_000);
    assert.equal((await kubectl('get', 'configmap', 'before-snapshot')).code, 0, 'the ConfigMap written before the snapshot is back');
    const gone = await kubectl('get', 'configmap', 'after-snapshot');
    assert.match(gone.stderr, /NotFound/, 'the ConfigMap written after the snapshot is not');
    assert.deepEqual(await voters(), { voters: 3, learners: 0, unstarted: 0 });
    await podsReadyAndStable(fixture.kubeconfig);
    let report = await status(loaded, { connect });
    await eventually('status to be healthy after the restore', async () => (report = await status(loaded, { connect })).healthy, 180_000, 5000).catch(() => { });
    assert.deepEqual(report.problems, [], 'healthy after the restore');
    // Every certificate renewed, one control plane at a time.
    const onDisk = async (name, file) => new X509Certificate((await (await fixture.host(name)).readFile(file)));
    const adminCert = async (name) => {
        const doc = parse((await (await fixture.host(name)).readFile('/etc/kubernetes/admin.conf')).toString());
        return new X509Certificate(Buffer.from(doc.users[0].user['client-certificate-data'], 'base64'));
    };
    const before = new Map();
    for (const n of CONTROL_PLANES) {
        before.set(n, {
            apiserver: (await onDisk(n, '/etc/kubernetes/pki/apiserver.crt')).validTo,
            peer: (await onDisk(n, '/etc/kubernetes/pki/etcd/peer.crt')).validTo,
            admin: (await adminCert(n)).validTo,
        });
    }
    // Certificates are valid to the second: renewing in the same second as init would show no new NotAfter.
    await new Promise((r) => setTimeout(r, 1500));
    started = Date.now();
    const renewal = await renewCertificates(loaded, options);
    t.diagnostic(`certs renew: ${((Date.now() - started) / 1000).toFixed(1)} s`);
    assert.ok(renewal.outcomes.every((o) => o.status !== 'failed'), JSON.stringify(renewal.outcomes));
    for (const n of CONTROL_PLANES) {
        const was = before.get(n);
        const apiserver = await onDisk(n, '/etc/kubernetes/pki/apiserver.crt');
        assert.ok(Date.parse(apiserver.validTo) > Date.parse(was.apiserver), `${n}: apiserver.crt has a new NotAfter (${was.apiserver} → ${apiserver.validTo})`);
        assert.ok(Date.parse((await onDisk(n, '/etc/kubernetes/pki/etcd/peer.crt')).validTo) > Date.parse(was.peer), `${n}: etcd peer.crt renewed`);
        assert.ok(Date.parse((await adminCert(n)).validTo) > Date.parse(was.admin), `${n}: admin.conf's client certificate renewed`);
        assert.ok((await served(address(n))).raw.equals(apiserver.raw), `${n}'s apiserver serves the renewed certificate`);
    }
    const userAdmin = parse(await readFile(fixture.kubeconfig, 'utf8'));
    assert.ok(new X509Certificate(Buffer.from(userAdmin.users[0].user['client-certificate-data'], 'base64')).raw.equals((await adminCert('cp1')).raw), "the user's admin kubeconfig is cp1's renewed admin.conf");
    await eventually('status to be healthy after the renewal', async () => (report = await status(loaded, { connect })).healthy, 180_000, 5000).catch(() => { });
    assert.deepEqual(report.problems, [], 'healthy after the renewal');
    // A SAN added after init.
    const doc = parse(text);
    doc.spec.kubeadm += `---\n${stringify({ apiVersion: 'kubeadm.k8s.io/v1beta4', kind: 'ClusterConfiguration', apiServer: { certSANs: ['api.kubeha-e2e.example', '10.250.7.250'] } })}`;
    const withSans = loadCluster(stringify(doc), 'cluster.yaml');
    started = Date.now();
    await fixture.up(withSans);
    t.diagnostic(`up with a new SAN: ${((Date.now() - started) / 1000).toFixed(1)} s`);
    for (const n of CONTROL_PLANES) {
        const pem = (await (await fixture.host(n)).readFile('/etc/kubernetes/pki/apiserver.crt'));
        const sans = (await run(['openssl', 'x509', '-noout', '-ext', 'subjectAltName'], { stdin: pem })).stdout;
        assert.match(sans, /DNS:api\.kubeha-e2e\.example/, `${n}: ${sans}`);
        assert.match(sans, /IP Address:10\.250\.7\.250/, `${n}: ${sans}`);
        assert.ok((await served(address(n))).raw.equals(new X509Certificate(pem).raw), `${n}'s apiserver serves the certificate with the SAN`);
    }
    await eventually('status to be healthy after the SAN', async () => (report = await status(withSans, { connect })).healthy, 180_000, 5000).catch(() => { });
    assert.deepEqual(report.problems, [], 'healthy with the SAN');
});
//# sourceMappingURL=etcd-certs.test.js.map