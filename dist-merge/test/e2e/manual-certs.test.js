// End to end: `certificates: manual` with stacked etcd (native engine) on a lab of 1 LB and 3 control planes.
// First a control plane pre-seeded with a copied apiserver.crt makes `up` fail, naming the host and the file,
// with nothing changed on that host; once the file is gone, `up` converges and every joined control plane holds
// exactly the guide's shared files from cp1 (same bytes) plus its own certificates with its own SANs.
import assert from 'node:assert/strict';
import { X509Certificate } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { test } from 'node:test';
import { loadCluster } from '../../src/config/cluster.js';
import { labClusterFile } from '../../src/cluster/lab-cluster.js';
import { sharedCertFiles } from '../../src/cluster/shared-certs.js';
import { up } from '../../src/cluster/up.js';
import { run } from '../../src/util/process.js';
import { bin, etcdctl, readyNodes } from './cluster-helpers.js';
import { labFixture, labName } from './lab-fixture.js';
const LAB = labName('man');
/** Every file under the dirs with its sha256 and mode: what "nothing changed" is compared on. */
async function snapshot(host) {
    const r = await host.exec(['sh', '-c', 'for d in "$@"; do [ -d "$d" ] && find "$d" -type f -exec sh -c \'printf "%s %s " "$(stat -c %a "$1")" "$1"; sha256sum < "$1"\' sh {} \\; ; done; true', 'sh', '/etc/kubernetes', '/var/lib/kubelet', '/var/lib/etcd', '/etc/kubeha'], { doing: 'listing files' });
    return r.stdout.split('\n').filter(Boolean).sort().join('\n');
}
async function pkiFiles(host) {
    const r = await host.exec(['find', '/etc/kubernetes/pki', '-type', 'f'], { doing: 'listing pki' });
    return r.stdout.split('\n').filter(Boolean).sort();
}
test('manual certificate distribution (stacked, native): refuses copied node certificates, then copies exactly the shared files', { timeout: 30 * 60_000 }, async (t) => {
    const { lab, kubeconfig, connect, host } = await labFixture(t, { name: LAB, loadBalancers: 1, controlPlanes: 3, etcd: 0, workers: 0 });
    const loaded = loadCluster(labClusterFile(lab, { engine: 'native', certificates: 'manual' }), 'cluster.yaml');
    const [cp1, cp2, cp3] = await Promise.all(['cp1', 'cp2', 'cp3'].map((n) => host(n)));
    // Someone copied a node-specific certificate to cp3 (here: any real certificate named apiserver.crt).
    const copied = await readFile(new URL('../../../src/kubeadm/pki/testdata/ca.crt', import.meta.url));
    await cp3.writeFiles([{ path: '/etc/kubernetes/pki/apiserver.crt', data: copied, mode: 0o644 }]);
    // The refusal comes at cp3's join, once cp1 is initialised: cp3 must be as it was, and the cluster must hold
    // nothing of cp3 (no etcd member, learner or not; no Node).
    const before = await snapshot(cp3);
    let started = Date.now();
    await assert.rejects(up(loaded, { emit: () => { }, connect, adminKubeconfigPath: kubeconfig }), (err) => {
        t.diagnostic(`up refused after ${((Date.now() - started) / 1000).toFixed(1)} s: ${err.message}`);
        assert.match(err.message, /cp3/);
        assert.match(err.message, /\/etc\/kubernetes\/pki\/apiserver\.crt/);
        return true;
    });
    assert.equal(await snapshot(cp3), before, 'nothing was changed on cp3');
    const kubelet = await cp3.exec(['sh', '-c', 'cat /proc/[0-9]*/comm 2>/dev/null | grep -cx kubelet'], { allowFailure: true });
    assert.equal(kubelet.stdout.trim(), '0', 'no kubelet runs on cp3');
    const cpEndpoints = lab.hosts.filter((h) => h.role === 'control-plane' && h.name !== 'cp3').map((h) => `https://${h.address}:2379`);
    const members = JSON.parse(await etcdctl(cp1, cpEndpoints, ['member', 'list', '-w', 'json']));
    const cp3Peer = `https://${lab.hosts.find((h) => h.name === 'cp3').address}:2380`;
    assert.ok(!members.members.some((m) => m.name === 'cp3' || m.peerURLs.includes(cp3Peer)), `etcd members: ${JSON.stringify(members.members)}`);
    const nodes = await cp1.exec(['kubectl', '--kubeconfig', '/etc/kubernetes/admin.conf', 'get', 'nodes', '-o', 'name']);
    assert.doesNotMatch(nodes.stdout, /^node\/cp3$/m, 'no Node cp3');
    // Without the copied file, the same `up` converges.
    await cp3.exec(['rm', '/etc/kubernetes/pki/apiserver.crt']);
    started = Date.now();
    const result = await up(loaded, { emit: () => { }, connect, adminKubeconfigPath: kubeconfig });
    t.diagnostic(`second up took ${((Date.now() - started) / 1000).toFixed(1)} s`);
    assert.ok(result.outcomes.every((o) => o.status !== 'failed'));
    assert.deepEqual(await readyNodes(kubeconfig), ['cp1', 'cp2', 'cp3']);
    // No kubeadm-certs Secret in manual mode.
    const secret = await run([bin('kubectl'), '--kubeconfig', kubeconfig, '-n', 'kube-system', 'get', 'secret', 'kubeadm-certs'], { allowFailure: true });
    assert.notEqual(secret.code, 0);
    assert.match(secret.stderr, /NotFound|not found/);
    const shared = sharedCertFiles('stacked');
    for (const [name, host, address] of [
        ['cp2', cp2, lab.hosts.find((h) => h.name === 'cp2').address],
        ['cp3', cp3, lab.hosts.find((h) => h.name === 'cp3').address],
    ]) {
        // Exactly the shared files are cp1's bytes; every other file is the host's own.
        const same = [];
        for (const path of await pkiFiles(host)) {
            const [mine, first] = await Promise.all([host.readFile(path), cp1.readFile(path)]);
            if (first !== undefined && mine.equals(first))
                same.push(path);
        }
        assert.deepEqual(same, [...shared].sort(), `${name}: the files identical to cp1's`);
        const modes = await host.exec(['stat', '-c', '%a %n', ...shared]);
        for (const line of modes.stdout.trim().split('\n')) {
            const [mode, path] = line.split(' ');
            if (path.endsWith('.key'))
                assert.equal(mode, '600', `${name}: ${path} mode`);
        }
        const apiserver = new X509Certificate((await host.readFile('/etc/kubernetes/pki/apiserver.crt')));
        assert.match(apiserver.subjectAltName, new RegExp(`DNS:${name}(,|$)`), `${name}: apiserver.crt names the host`);
        assert.match(apiserver.subjectAltName, new RegExp(`IP Address:${address.replace(/\./g, '\\.')}(,|$)`));
        assert.ok(apiserver.verify(new X509Certificate((await cp1.readFile('/etc/kubernetes/pki/ca.crt'))).publicKey));
        const etcdServer = new X509Certificate((await host.readFile('/etc/kubernetes/pki/etcd/server.crt')));
        assert.match(etcdServer.subjectAltName, new RegExp(`DNS:${name}(,|$)`), `${name}: etcd/server.crt names the host`);
        assert.match(etcdServer.subjectAltName, new RegExp(`IP Address:${address.replace(/\./g, '\\.')}(,|$)`));
    }
});
//# sourceMappingURL=manual-certs.test.js.map