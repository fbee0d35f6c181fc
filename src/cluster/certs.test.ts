import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadCluster } from '../config/cluster.js';
import { demoClusterYaml } from '../config/demo-cluster.js';
import { InputError } from '../errors.js';
import { planRenewCertificates, renewCertificates } from './certs.js';

const cluster = (topology: 'stacked' | 'external' = 'stacked') =>
  loadCluster(demoClusterYaml({ workers: 1, etcd: topology === 'external' ? 3 : 0, engines: {} }, { topology }));

test('the renewal plan: the control planes one at a time (rolling), then the admin kubeconfig', () => {
  const plan = planRenewCertificates(cluster());
  assert.deepEqual(plan.steps.map((s) => s.id), ['certs/renew', 'certs/admin-kubeconfig']);
  const renew = plan.steps[0]!;
  assert.deepEqual([renew.hosts, renew.concurrency], [['cp1', 'cp2', 'cp3'], 1]);
});

test('an unknown certificate name is refused before any host is contacted, naming the valid ones', async () => {
  let contacted = false;
  const connect = async () => {
    contacted = true;
    throw new Error('contacted');
  };
  await assert.rejects(renewCertificates(cluster(), { names: ['apiserver', 'ca'], emit: () => {}, connect }), (e: unknown) => e instanceof InputError && e.exitCode === 2 && /"ca" is not one of all, admin\.conf/.test(e.message));
  // External etcd: the etcd certificates are the etcd hosts', not kubeadm's on the control planes.
  await assert.rejects(renewCertificates(cluster('external'), { names: ['etcd-server'], emit: () => {}, connect }), (e: unknown) => e instanceof InputError && /"etcd-server" is not one of/.test(e.message));
  assert.equal(contacted, false);
});
