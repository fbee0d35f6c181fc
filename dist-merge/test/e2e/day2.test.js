// End to end, day 2 on a lab with a spare machine (1 LB, cp1–cp4, w1, w2; the cluster starts with cp1–cp3):
// power off cp1; `status` names it; removing cp2 is refused (quorum); `remove cp1` offline; the file trades
// cp1 for cp4; `up`; then 3 voters, cp1 gone from etcd, the LB and the nodes, and `status` healthy. A client
// sends fresh HTTPS requests through the LB the whole time (20 per second, a new TCP connection each) and no
// request may fail after haproxy marks cp1 DOWN. Then a worker is removed (graceful: drained, reset) and joins
// again on the next `up`, and one reset alone joins again too. For each engine E the cluster is E's, and cp4
// and w2 use the other one, so each engine's init, join, remove and reset is in the path of one of the two.
// The kubeadm-initialised variant runs with KUBEHA_E2E_FULL=1 (12 more minutes; the suite keeps to 45).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parse, stringify } from 'yaml';
import { loadCluster } from '../../src/config/cluster.js';
import { labClusterFile } from '../../src/cluster/lab-cluster.js';
import { remove } from '../../src/cluster/remove.js';
import { reset } from '../../src/cluster/reset.js';
import { status } from '../../src/cluster/status.js';
import { requestStream } from '../../src/cluster/traffic.js';
import { PreconditionError } from '../../src/errors.js';
import { currentCluster } from '../../src/kubeadm/kubeconfig/kubeconfig.js';
import { stopHost } from '../../src/lab/index.js';
import { serversState } from '../../src/steps/load-balancer/admin-socket.js';
import { etcdctl, etcdVoters, eventually, kubectlJson, readyNodes } from './cluster-helpers.js';
import { labFixture, labName } from './lab-fixture.js';
import { readFile } from 'node:fs/promises';
for (const engine of ['native', 'kubeadm']) {
    const other = engine === 'native' ? 'kubeadm' : 'native';
    const skip = engine === 'kubeadm' && process.env['KUBEHA_E2E_FULL'] !== '1' ? 'set KUBEHA_E2E_FULL=1' : false;
    test(`day 2, ${engine} cluster (${other} cp4 and w2): a dead control plane replaced, a worker removed and joined again, no failed request once the LB marks it DOWN`, { timeout: 40 * 60_000, skip }, async (t) => {
        const fixture = await labFixture(t, { name: labName(`day2${engine[0]}`), loadBalancers: 1, controlPlanes: 4, etcd: 0, workers: 2 });
        const { lab, connect } = fixture;
        const all = parse(labClusterFile(lab, { engine, hostEngines: { cp4: other, w2: other } }));
        const withHosts = (names) => {
            const doc = structuredClone(all);
            doc.spec.hosts = names.map((n) => all.spec.hosts.find((h) => h.name === n));
            return loadCluster(stringify(doc), 'cluster.yaml');
        };
        const before = withHosts(['lb1', 'cp1', 'cp2', 'cp3', 'w1', 'w2']);
        await fixture.up(before);
        // Right after up, kube-system pods may still be starting: status is healthy within a minute or two.
        const healthyStatus = async (loaded) => {
            let last;
            await eventually('status to be healthy', async () => (last = await status(loaded, { connect })).healthy, 180_000, 5000).catch(() => { });
            return last;
        };
        assert.deepEqual((await healthyStatus(before)).problems, [], 'healthy after up');
        const admin = currentCluster(await readFile(fixture.kubeconfig, 'utf8'));
        const load = requestStream({ server: admin.server, caPem: admin.caPem, perSecond: 20 });
        const lb1 = await fixture.host('lb1');
        const backends = () => serversState(lb1);
        let downAt = 0;
        try {
            await new Promise((r) => setTimeout(r, 3000));
            const offAt = Date.now();
            await stopHost(lab.name, 'cp1');
            for (let i = 0; i < 100 && downAt === 0; i++) {
                if ((await backends()).get('cp1')?.up === false)
                    downAt = Date.now();
                else
                    await new Promise((r) => setTimeout(r, 100));
            }
            assert.ok(downAt > 0, 'haproxy marked cp1 DOWN');
            t.diagnostic(`haproxy marked cp1 DOWN ${downAt - offAt} ms after the power-off`);
            const sick = await status(before, { connect });
            assert.equal(sick.healthy, false);
            assert.ok(sick.problems.some((p) => p.host === 'cp1' && /unreachable/.test(p.what)), JSON.stringify(sick.problems));
            assert.ok(sick.problems.some((p) => p.host === 'cp1' && /DOWN in haproxy/.test(p.what)), JSON.stringify(sick.problems));
            // cp1 is dead: removing a live member as well would leave 1 of 2 voters answering.
            await assert.rejects(remove(before, 'cp2', { emit: () => { }, connect }), (err) => err instanceof PreconditionError && /would lose etcd quorum/.test(err.message));
            const removed = await remove(before, 'cp1', { emit: () => { }, connect });
            t.diagnostic(`remove cp1: ${removed.graceful ? 'graceful' : 'offline'}: ${removed.actions.join('; ')}`);
            assert.equal(removed.graceful, false);
            assert.deepEqual((await remove(before, 'cp1', { emit: () => { }, connect })).actions, [], 'a second remove has nothing to do');
            const after = withHosts(['lb1', 'cp2', 'cp3', 'cp4', 'w1', 'w2']);
            await fixture.up(after);
        }
        finally {
            await load.stop();
        }
        const failed = load.results.filter((r) => !r.ok);
        const failedAfterDown = failed.filter((r) => r.at >= downAt);
        t.diagnostic(`client: ${load.results.length} requests, ${failed.length} failed (${failedAfterDown.length} after the DOWN mark): ${[...new Set(failed.map((f) => f.why))].join('; ')}`);
        assert.equal(failedAfterDown.length, 0, 'no request fails once haproxy marks cp1 DOWN');
        const after = withHosts(['lb1', 'cp2', 'cp3', 'cp4', 'w1', 'w2']);
        const cp2 = await fixture.host('cp2');
        const endpoints = ['cp2', 'cp3', 'cp4'].map((n) => `https://${lab.hosts.find((h) => h.name === n).address}:2379`);
        const list = await etcdctl(cp2, endpoints, ['member', 'list', '-w', 'simple']);
        assert.deepEqual(etcdVoters(list), { voters: 3, learners: 0, unstarted: 0 }, list);
        assert.doesNotMatch(list, /\bcp1\b/);
        assert.deepEqual([...(await backends()).keys()].sort(), ['cp2', 'cp3', 'cp4']);
        assert.deepEqual((await readyNodes(fixture.kubeconfig)).sort(), ['cp2', 'cp3', 'cp4', 'w1', 'w2']);
        assert.deepEqual((await healthyStatus(after)).problems, []);
        // A worker, gracefully: drained, reset, its Node deleted; the next up joins it again.
        const w2 = await remove(after, 'w2', { emit: () => { }, connect });
        t.diagnostic(`remove w2: ${w2.actions.join('; ')}`);
        assert.equal(w2.graceful, true);
        assert.ok(w2.actions.some((a) => a.startsWith('draining')) && w2.actions.some((a) => a.startsWith('resetting')), w2.actions.join('; '));
        const nodes = await kubectlJson(fixture.kubeconfig, ['get', 'nodes']);
        assert.ok(!nodes.items.some((n) => n.metadata.name === 'w2'), 'the Node w2 is deleted');
        const leftovers = await (await fixture.host('w2')).exec(['sh', '-c', 'ls /etc/kubernetes/*.conf /var/lib/kubelet/config.yaml 2>/dev/null'], { allowFailure: true });
        assert.equal(leftovers.stdout.trim(), '', 'w2 is reset');
        await fixture.up(after);
        assert.ok((await readyNodes(fixture.kubeconfig)).includes('w2'), 'w2 joined again');
        // reset alone (w1, the cluster engine's worker): the host is clean, its Node gone, and the next up joins it again.
        assert.deepEqual(await reset(after, ['w1'], { emit: () => { }, connect }), [{ host: 'w1', reset: true }]);
        assert.equal((await (await fixture.host('w1')).exec(['sh', '-c', 'ls /etc/kubernetes/*.conf /var/lib/kubelet/config.yaml 2>/dev/null'], { allowFailure: true })).stdout.trim(), '');
        await fixture.up(after);
        assert.ok((await readyNodes(fixture.kubeconfig)).includes('w1'), 'w1 joined again');
    });
}
//# sourceMappingURL=day2.test.js.map