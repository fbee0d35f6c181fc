// After the 2-hour certificate key and the 24-hour token have (nearly) expired, a later control-plane join still
// works: kubeha creates a new token and uploads the certificates again with a fresh key before joining.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parse, stringify } from 'yaml';
import { loadCluster } from '../../src/config/cluster.js';
import { labClusterFile } from '../../src/cluster/lab-cluster.js';
import { readStoredSecrets } from '../../src/engines/stored-secrets.js';
import { run } from '../../src/util/process.js';
import { bin, kubeadmCertsMismatches, kubeadmCertsOwner, readyNodes, STACKED_CERTS_FILES } from './cluster-helpers.js';
import { labFixture, labName } from './lab-fixture.js';
const LAB = labName('e2er');
test('native engine: expired token and certificate key are renewed before a control-plane join', { timeout: 20 * 60_000 }, async (t) => {
    const fixture = await labFixture(t, { name: LAB, loadBalancers: 1, controlPlanes: 2, etcd: 0, workers: 0 });
    const { lab, kubeconfig, host } = fixture;
    const full = labClusterFile(lab, { engine: 'native' });
    const doc = parse(full);
    const firstOnly = stringify({ ...doc, spec: { ...doc.spec, hosts: doc.spec.hosts.filter((h) => h.name !== 'cp2') } });
    // fixture.up: a failed host's kubelet log goes to the diagnostics (a learner once never started here, under load).
    await fixture.up(loadCluster(firstOnly));
    const cp1 = await host('cp1');
    const before = await readStoredSecrets(cp1);
    // The token and the uploaded certificates' owner token made to run out in 5 minutes, inside kubeha's renewal
    // margin: their Secrets stay present (the token cleaner and the garbage collector act only at expiry), so up
    // must judge them by their expiration, not by their presence.
    const k = [bin('kubectl'), '--kubeconfig', kubeconfig, '-n', 'kube-system'];
    const soon = Buffer.from(new Date(Date.now() + 5 * 60_000).toISOString().replace(/\.\d+Z$/, 'Z')).toString('base64');
    const { owner } = await kubeadmCertsOwner(kubeconfig);
    const tokenSecret = `bootstrap-token-${before.token.split('.')[0]}`;
    for (const name of [tokenSecret, owner])
        await run([...k, 'patch', 'secret', name, '--type', 'merge', '-p', JSON.stringify({ data: { expiration: soon } })]);
    await run([...k, 'get', 'secret', 'kubeadm-certs', tokenSecret, owner]);
    await fixture.up(loadCluster(full));
    assert.deepEqual(await readyNodes(kubeconfig), ['cp1', 'cp2']);
    const after = await readStoredSecrets(cp1);
    assert.notEqual(after.token, before.token, 'a new token');
    assert.notEqual(after.certificateKey, before.certificateKey, 'a fresh certificate key');
    await run([...k, 'get', 'secret', `bootstrap-token-${after.token.split('.')[0]}`]);
    // The certificates uploaded again: a new 2-hour owner, and they open with the new key into cp1's files.
    const renewed = await kubeadmCertsOwner(kubeconfig);
    assert.notEqual(renewed.owner, owner);
    assert.ok(Math.abs(renewed.ttlMs - 2 * 3_600_000) < 120_000, `owner token TTL ${renewed.ttlMs} ms`);
    assert.deepEqual(await kubeadmCertsMismatches(kubeconfig, cp1, after.certificateKey, STACKED_CERTS_FILES), []);
});
//# sourceMappingURL=native-renew.test.js.map