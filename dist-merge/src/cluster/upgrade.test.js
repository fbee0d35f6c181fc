import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadCluster } from '../config/cluster.js';
import { demoClusterYaml } from '../config/demo-cluster.js';
import { InputError } from '../errors.js';
import { planUpgrade, upgrade } from './upgrade.js';
const cluster = () => loadCluster(demoClusterYaml({ workers: 3, etcd: 0, engines: {} }, { topology: 'stacked' }));
test('the upgrade plan: checks and a snapshot first, control planes one at a time, addons, workers in batches, a last check', () => {
    const plan = planUpgrade(cluster(), { to: 'v1.37.2', workerBatch: 2 });
    assert.deepEqual(plan.steps.map((s) => s.id), ['upgrade/versions', 'upgrade/images', 'upgrade/health', 'upgrade/etcd-snapshot', 'upgrade/control-plane', 'upgrade/addons', 'upgrade/workers', 'upgrade/verify']);
    const cps = plan.steps.find((s) => s.id === 'upgrade/control-plane');
    assert.deepEqual([cps.hosts, cps.concurrency], [['cp1', 'cp2', 'cp3'], 1]);
    const workers = plan.steps.find((s) => s.id === 'upgrade/workers');
    assert.deepEqual([workers.hosts, workers.concurrency], [['w1', 'w2', 'w3'], 2]);
    assert.equal(plan.steps.find((s) => s.id === 'upgrade/images').hosts.length, 6);
});
test('a bad --to or --worker-batch is refused before any host is contacted', async () => {
    let contacted = false;
    const connect = async () => {
        contacted = true;
        throw new Error('contacted');
    };
    await assert.rejects(upgrade(cluster(), { to: '1.37', emit: () => { }, connect }), (e) => e instanceof InputError && e.exitCode === 2 && /--to: must look like v1\.37\.2/.test(e.message));
    await assert.rejects(upgrade(cluster(), { to: 'v1.37.2', workerBatch: 0, emit: () => { }, connect }), (e) => e instanceof InputError && /--worker-batch/.test(e.message));
    assert.equal(contacted, false);
});
//# sourceMappingURL=upgrade.test.js.map