// End to end, `kubeha upgrade` on a lab (1 LB, 3 control planes, 1 worker) from v1.37.1 to v1.37.2: a client sends
// fresh HTTPS requests through the LB for the whole upgrade (20 per second, a new TCP connection each) and none
// may fail. Afterwards every node and static pod reports v1.37.2, the cluster passes the assertions it passes
// after `up`, the etcd snapshot is on this machine (0600), and a second run changes nothing. The cluster is the
// kubeadm engine's (cp1 runs `kubeadm upgrade apply`, cp2 `kubeadm upgrade node`) with cp3 and w1 on the native
// engine; the native-initialised variant (kubeha writing what upgrade apply writes) and a minor upgrade (v1.36.5,
// the newest v1.36 patch the module proxy serves, to v1.37.2, native) run with KUBEHA_E2E_FULL=1. The artifacts
// of the older release are built first when missing (`kubeha artifacts ensure --kubernetes-version v1.37.1`).
import assert from 'node:assert/strict';
import { readFile, stat } from 'node:fs/promises';
import { test } from 'node:test';
import { loadCluster } from '../../src/config/cluster.js';
import { labClusterFile } from '../../src/cluster/lab-cluster.js';
import { status } from '../../src/cluster/status.js';
import { requestStream } from '../../src/cluster/traffic.js';
import { upgrade } from '../../src/cluster/upgrade.js';
import { currentCluster } from '../../src/kubeadm/kubeconfig/kubeconfig.js';
import { ensureArtifacts } from '../../src/artifacts/ensure.js';
import { etcdctl, etcdVoters, eventually, kubectlJson, podsReadyAndStable, readyNodes } from './cluster-helpers.js';
import { labFixture, labName } from './lab-fixture.js';
const TO = 'v1.37.2';
const full = process.env['KUBEHA_E2E_FULL'] === '1';
const variants = [
    { FROM: 'v1.37.1', engine: 'kubeadm', inSuite: true },
    { FROM: 'v1.37.1', engine: 'native', inSuite: false },
    { FROM: 'v1.36.5', engine: 'native', inSuite: false },
];
for (const { FROM, engine, inSuite } of variants) {
    const other = engine === 'native' ? 'kubeadm' : 'native';
    const skip = !inSuite && !full ? 'set KUBEHA_E2E_FULL=1' : false;
    test(`upgrade ${FROM} → ${TO}, ${engine} cluster (${other} cp3 and w1): no failed request through the LB, every component at ${TO}`, { timeout: 40 * 60_000, skip }, async (t) => {
        await ensureArtifacts({ version: FROM, emit: () => { } });
        const fixture = await labFixture(t, { name: labName(`upg${engine[0]}${FROM.split('.')[1]}`), loadBalancers: 1, controlPlanes: 3, etcd: 0, workers: 1 });
        const { lab, connect } = fixture;
        const loaded = loadCluster(labClusterFile(lab, { engine, hostEngines: { cp3: other, w1: other }, kubernetesVersion: FROM }), 'cluster.yaml');
        await fixture.up(loaded);
        await eventually('status to be healthy', async () => (await status(loaded, { connect })).healthy, 180_000, 5000);
        const admin = currentCluster(await readFile(fixture.kubeconfig, 'utf8'));
        const load = requestStream({ server: admin.server, caPem: admin.caPem, perSecond: 20 });
        const events = [];
        const started = Date.now();
        let upgradeMs = 0;
        try {
            await upgrade(loaded, {
                to: TO,
                connect,
                adminKubeconfigPath: fixture.kubeconfig,
                emit: (e) => {
                    events.push(e);
                    if (e.type === 'step-fail')
                        t.diagnostic(`step-fail ${e.step} ${e.host ?? ''}: ${e.error}\n${e.output ?? ''}`);
                },
            });
            upgradeMs = Date.now() - started;
        }
        finally {
            await load.stop();
        }
        for (const e of events)
            if (e.type === 'step-done')
                t.diagnostic(`${e.step} ${e.host ?? ''} ${(e.ms / 1000).toFixed(1)} s`);
        const failed = load.results.filter((r) => !r.ok);
        t.diagnostic(`upgrade took ${(upgradeMs / 1000).toFixed(1)} s; client: ${load.results.length} requests, ${failed.length} failed: ${[...new Set(failed.map((f) => f.why))].join('; ')}`);
        assert.equal(failed.length, 0, 'no request through the LB fails during the upgrade');
        const nodes = await kubectlJson(fixture.kubeconfig, ['get', 'nodes']);
        assert.deepEqual(nodes.items.map((n) => [n.metadata.name, n.status.nodeInfo.kubeletVersion, n.spec?.unschedulable === true]).sort(), [
            ['cp1', TO, false],
            ['cp2', TO, false],
            ['cp3', TO, false],
            ['w1', TO, false],
        ]);
        const pods = await kubectlJson(fixture.kubeconfig, ['-n', 'kube-system', 'get', 'pods']);
        const staticPods = pods.items.filter((p) => p.metadata.labels?.['tier'] === 'control-plane' && p.metadata.labels['component'] !== 'etcd');
        assert.equal(staticPods.length, 9);
        for (const p of staticPods)
            assert.match(p.spec.containers[0].image, new RegExp(`:${TO.replace(/\./g, '\\.')}$`), p.metadata.name);
        for (const p of pods.items.filter((x) => x.metadata.labels?.['k8s-app'] === 'kube-proxy'))
            assert.match(p.spec.containers[0].image, new RegExp(`:${TO.replace(/\./g, '\\.')}$`), p.metadata.name);
        // The assertions of `up`: Ready nodes, stable kube-system pods, 3 started voters, a healthy status.
        assert.deepEqual((await readyNodes(fixture.kubeconfig)).sort(), ['cp1', 'cp2', 'cp3', 'w1']);
        await podsReadyAndStable(fixture.kubeconfig);
        const cp1 = await fixture.host('cp1');
        const list = await etcdctl(cp1, ['cp1', 'cp2', 'cp3'].map((n) => `https://${lab.hosts.find((h) => h.name === n).address}:2379`), ['member', 'list', '-w', 'simple']);
        assert.deepEqual(etcdVoters(list), { voters: 3, learners: 0, unstarted: 0 }, list);
        const atTarget = loadCluster(labClusterFile(lab, { engine, hostEngines: { cp3: other, w1: other }, kubernetesVersion: TO }), 'cluster.yaml');
        assert.deepEqual((await status(atTarget, { connect })).problems, []);
        const snapshot = await stat(`${fixture.kubeconfig.replace(/\.conf$/, '')}.etcd-before-${TO}.db`);
        assert.ok(snapshot.size > 0);
        assert.equal(snapshot.mode & 0o777, 0o600);
        const again = await upgrade(loaded, { to: TO, connect, adminKubeconfigPath: fixture.kubeconfig, emit: () => { } });
        const changed = again.outcomes.filter((o) => o.status === 'done');
        assert.deepEqual(changed, [], 'a second upgrade changes nothing');
    });
}
//# sourceMappingURL=upgrade.test.js.map