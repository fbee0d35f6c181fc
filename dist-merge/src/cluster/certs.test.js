import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadCluster } from '../config/cluster.js';
import { demoClusterYaml } from '../config/demo-cluster.js';
import { InputError } from '../errors.js';
import { planRenewCertificates, renewCertificates } from './certs.js';
const cluster = (topology = 'stacked') => loadCluster(demoClusterYaml({ workers: 1, etcd: topology === 'external' ? 3 : 0, engines: {} }, { topology }));
test('the renewal plan: the control planes one at a time (rolling), then the admin kubeconfig', () => {
    const plan = planRenewCertificates(cluster());
    assert.deepEqual(plan.steps.map((s) => s.id), ['certs/etcd-members', 'certs/renew', 'certs/admin-kubeconfig']);
    assert.deepEqual(plan.steps[0].hosts, [], 'stacked etcd: no etcd hosts');
    const renew = plan.steps[1];
    assert.deepEqual([renew.hosts, renew.concurrency], [['cp1', 'cp2', 'cp3'], 1]);
});
test('external etcd: the members\' certificates on the etcd hosts one at a time, then the control planes', () => {
    const all = planRenewCertificates(cluster('external'));
    assert.deepEqual(all.steps.map((s) => [s.id, s.hosts, s.concurrency]), [
        ['certs/etcd-members', ['etcd1', 'etcd2', 'etcd3'], 1],
        ['certs/renew', ['cp1', 'cp2', 'cp3'], 1],
        ['certs/admin-kubeconfig', [], 1],
    ]);
    // Only kubeadm's control-plane names: nothing for the etcd hosts to do.
    assert.deepEqual(planRenewCertificates(cluster('external'), { names: ['apiserver-etcd-client'] }).steps[0].hosts, []);
    assert.deepEqual(planRenewCertificates(cluster('external'), { names: ['etcd-peer'] }).steps[0].hosts, ['etcd1', 'etcd2', 'etcd3']);
});
test('an unknown certificate name is refused before any host is contacted, naming the valid ones', async () => {
    let contacted = false;
    const connect = async () => {
        contacted = true;
        throw new Error('contacted');
    };
    await assert.rejects(renewCertificates(cluster(), { names: ['apiserver', 'ca'], emit: () => { }, connect }), (e) => e instanceof InputError && e.exitCode === 2 && /"ca" is not one of all, admin\.conf/.test(e.message));
    // External etcd: there is no etcd CA on the control planes to renew.
    await assert.rejects(renewCertificates(cluster('external'), { names: ['etcd-ca'], emit: () => { }, connect }), (e) => e instanceof InputError && /"etcd-ca" is not one of/.test(e.message));
    assert.equal(contacted, false);
});
//# sourceMappingURL=certs.test.js.map