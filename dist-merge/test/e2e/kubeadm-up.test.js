// The guide's stacked-etcd procedure with engine: kubeadm, on a lab of real hosts-as-namespaces: one LB,
// three control planes, two workers; real kubeadm, kubelet, containerd, etcd, haproxy, flannel.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadCluster } from '../../src/config/cluster.js';
import { labClusterFile } from '../../src/cluster/lab-cluster.js';
import { up } from '../../src/cluster/up.js';
import { etcdctl, eventually, flannelImage, kubeadmCertsMismatches, kubeadmCertsOwner, kubeconfigServer, podsReadyAndStable, podToPod, readyNodes, STACKED_CERTS_FILES, vipHolders } from './cluster-helpers.js';
import { readStoredSecrets } from '../../src/engines/stored-secrets.js';
import { run } from '../../src/util/process.js';
import { bin } from './cluster-helpers.js';
import { labFixture, labName } from './lab-fixture.js';
const LAB = labName('e2ek');
test('kubeadm engine: stacked HA cluster behind two load balancers with a virtual IP', { timeout: 30 * 60_000 }, async (t) => {
    const fixture = await labFixture(t, { name: LAB, loadBalancers: 2, controlPlanes: 3, etcd: 0, workers: 2 });
    const { lab, kubeconfig, host } = fixture;
    const loaded = loadCluster(labClusterFile(lab, { engine: 'kubeadm' }));
    // Step failures (with kubeadm's phase and output) go to the test's diagnostics.
    await fixture.up(loaded);
    // The admin kubeconfig `up` wrote points at the virtual IP, and exactly one of the two load balancers holds it.
    const vip = loaded.endpoint.host;
    assert.equal(await kubeconfigServer(kubeconfig), `https://${vip}:6443`);
    const holders = await vipHolders(lab, vip);
    assert.equal(holders.length, 1, `VIP ${vip} held by ${holders.join(', ') || 'no load balancer'}`);
    const [master] = holders;
    const backup = master === 'lb1' ? 'lb2' : 'lb1';
    // Through the VIP: every node Ready, every kube-system pod Ready with no restarts growing.
    assert.deepEqual(await readyNodes(kubeconfig), ['cp1', 'cp2', 'cp3', 'w1', 'w2']);
    const pods = (await Promise.all([podsReadyAndStable(kubeconfig), podsReadyAndStable(kubeconfig, 'kube-flannel')])).flat();
    for (const p of ['coredns-', 'kube-proxy-', 'kube-flannel-ds-', 'etcd-cp3', 'kube-apiserver-cp3'])
        assert.ok(pods.some((n) => n.startsWith(p)), `${p}… in ${pods.join(', ')}`);
    const cp1 = await host('cp1');
    const cps = lab.hosts.filter((h) => h.role === 'control-plane');
    const members = JSON.parse(await etcdctl(cp1, cps.map((h) => `https://${h.address}:2379`), ['member', 'list', '-w', 'json']));
    assert.deepEqual(members.members.map((m) => m.name).sort(), ['cp1', 'cp2', 'cp3']);
    assert.ok(members.members.every((m) => !m.isLearner), 'all voting members');
    // The certificates real kubeadm uploaded: owned by a bootstrap token that expires 2 h after the upload, and
    // opening with the certificate key into the bytes of cp1's files; real kubeadm reads this cluster.
    const { owner, ttlMs } = await kubeadmCertsOwner(kubeconfig);
    assert.ok(Math.abs(ttlMs - 2 * 3_600_000) < 120_000, `owner token TTL ${ttlMs} ms, kubeadm's is 2 h`);
    assert.deepEqual(await kubeadmCertsMismatches(kubeconfig, cp1, (await readStoredSecrets(cp1)).certificateKey, STACKED_CERTS_FILES), []);
    const tokens = await cp1.exec(['kubeadm', 'token', 'list']);
    assert.match(tokens.stdout, new RegExp(`^${owner.replace('bootstrap-token-', '')}\\.\\S+\\s.*Proxy for managing TTL for the kubeadm-certs secret`, 'm'));
    await cp1.exec(['kubeadm', 'certs', 'check-expiration']);
    // The CNI: a pod on w1 reaches a pod on w2.
    assert.match(await podToPod(kubeconfig, await flannelImage(), 'w1', 'w2'), /hello/);
    // A second `up` has nothing to do.
    const again = await up(loaded, { emit: () => { }, adminKubeconfigPath: kubeconfig });
    const changed = again.outcomes.filter((o) => o.status === 'done');
    assert.deepEqual(changed, [], `second up changed ${changed.map((o) => `${o.step}@${o.host}`).join(', ')}`);
    // Load-balancer failover: power the VIP's holder off (confirmed off: nothing of it runs or answers); the
    // other load balancer takes the VIP and the API answers through it. (The unplugged one's namespace keeps the
    // address on its eth0, as a switched-off machine keeps its configuration: what counts is the live holder.)
    await fixture.powerOff(master);
    await eventually(`${backup} holding the VIP`, async () => (await vipHolders(lab, vip)).includes(backup), 30_000, 200);
    const movedMs = await eventually(`the API through the VIP on ${backup}`, async () => {
        const t0 = Date.now();
        const r = await run([bin('kubectl'), '--kubeconfig', kubeconfig, '--request-timeout=3s', 'get', '--raw', '/readyz'], { allowFailure: true });
        return r.stdout.trim() === 'ok' ? Date.now() - t0 + 1 : undefined;
    }, 30_000, 200);
    t.diagnostic(`API answered through the VIP moved from ${master} to ${backup} (last request ${movedMs} ms)`);
    // Control-plane failover: power cp1 off; the API through the LB keeps answering, etcd keeps quorum.
    await fixture.powerOff('cp1');
    const cp2 = await host('cp2');
    await eventually('the API through the LB with cp1 down', async () => (await run([bin('kubectl'), '--kubeconfig', kubeconfig, '--request-timeout=5s', 'get', '--raw', '/readyz'], { allowFailure: true })).stdout.trim() === 'ok', 60_000);
    const health = await etcdctl(cp2, cps.filter((h) => h.name !== 'cp1').map((h) => `https://${h.address}:2379`), ['endpoint', 'health', '-w', 'json']);
    assert.equal(JSON.parse(health).filter((h) => h.health).length, 2);
});
//# sourceMappingURL=kubeadm-up.test.js.map