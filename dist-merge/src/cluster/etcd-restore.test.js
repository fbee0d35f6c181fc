import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadCluster } from '../config/cluster.js';
import { demoClusterYaml } from '../config/demo-cluster.js';
import { InputError } from '../errors.js';
import { planRestore, restoreEtcd } from './etcd-restore.js';
import { parseEndpointStatus } from './etcd-snapshot.js';
import { etcdMemberFlags } from './etcd-member-manifest.js';
const cluster = () => loadCluster(demoClusterYaml({ workers: 1, etcd: 0, engines: {} }, { topology: 'stacked' }));
test("the restore plan: a check, the apiservers stopped before etcd, every member's data, etcd started before the control planes", () => {
    const plan = planRestore(cluster());
    assert.deepEqual(plan.steps.map((s) => s.id), ['restore/check', 'restore/stop-control-plane', 'restore/stop-etcd', 'restore/data', 'restore/start-etcd', 'restore/start-control-plane', 'restore/finish']);
    assert.deepEqual(plan.steps.find((s) => s.id === 'restore/data').hosts, ['cp1', 'cp2', 'cp3']);
});
test('a missing, empty, damaged or foreign snapshot is refused before any host is contacted', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'kubeha-restore-'));
    let contacted = false;
    const connect = async () => {
        contacted = true;
        throw new Error('contacted');
    };
    const options = (from, force = false) => ({ from, force, emit: () => { }, connect });
    const refused = (pattern) => (e) => e instanceof InputError && e.exitCode === 2 && /--from/.test(e.message) && pattern.test(e.message);
    try {
        await assert.rejects(restoreEtcd(cluster(), options(join(dir, 'none.db'))), refused(/no such file/));
        await writeFile(join(dir, 'empty.db'), '');
        await assert.rejects(restoreEtcd(cluster(), options(join(dir, 'empty.db'))), refused(/is empty/));
        const data = Buffer.from('not really a snapshot');
        const sha256 = createHash('sha256').update(data).digest('hex');
        await writeFile(join(dir, 'a.db'), data);
        await writeFile(join(dir, 'a.db.json'), JSON.stringify({ cluster: 'demo', topology: 'stacked', sha256: 'f'.repeat(64) }));
        await assert.rejects(restoreEtcd(cluster(), options(join(dir, 'a.db'))), refused(/does not match the sha256/));
        await writeFile(join(dir, 'a.db.json'), JSON.stringify({ cluster: 'someone-else', topology: 'stacked', sha256 }));
        await assert.rejects(restoreEtcd(cluster(), options(join(dir, 'a.db'))), refused(/snapshot of cluster someone-else/));
        assert.equal(contacted, false);
    }
    finally {
        await rm(dir, { recursive: true, force: true });
    }
});
test("etcdctl's endpoint status keeps its 64-bit cluster id exact", () => {
    const out = '[{"Endpoint":"https://10.0.0.11:2379","Status":{"header":{"cluster_id":18446744073709551557,"member_id":1,"revision":5840,"raft_term":3}}}]';
    assert.deepEqual(parseEndpointStatus(out), { clusterId: 'ffffffffffffffc5', revision: '5840' });
});
test("a member's name, peer URL and data directory from its manifest", () => {
    const manifest = 'apiVersion: v1\nkind: Pod\nspec:\n  containers:\n  - command:\n    - etcd\n    - --name=cp2\n    - --data-dir=/var/lib/etcd\n    - --initial-advertise-peer-urls=https://10.0.0.12:2380\n';
    assert.deepEqual(etcdMemberFlags(manifest), { name: 'cp2', peerURL: 'https://10.0.0.12:2380', dataDir: '/var/lib/etcd' });
    assert.throws(() => etcdMemberFlags('spec: {}'), /lacks --name/);
});
//# sourceMappingURL=etcd-restore.test.js.map