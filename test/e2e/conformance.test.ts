// CI's part of the Kubernetes conformance suite (issue 19): 19 [Conformance] specs of the pinned release's own
// e2e.test — pod networking across nodes, DNS, Services, Deployments, ConfigMaps, Secrets, RBAC and service
// accounts — on a lab HA cluster (1 LB, 3 control planes, 2 workers) whose nodes have the test images kubeha
// built offline. The full run is `npm run conformance` (not in CI: about an hour here).
import assert from 'node:assert/strict';
import { access, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { ensureTestImages } from '../../src/artifacts/test-images.js';
import { loadCluster } from '../../src/config/cluster.js';
import { labClusterFile } from '../../src/cluster/lab-cluster.js';
import { runConformance } from '../../src/conformance/run.js';
import { labFixture, labName } from './lab-fixture.js';

const LAB = labName('conf');

/** The subset: each alternative names specs of v1.37.2's conformance list; 19 in all. */
export const CI_FOCUS = [
  'Networking Granular Checks: Pods should function for (intra|node)-pod communication: (http|udp)',
  'DNS should provide DNS for (the cluster|services) \\[',
  'Services should (serve a basic endpoint from pods|serve multiport endpoints from pods|be able to create a functioning NodePort service)',
  'Deployment (RollingUpdateDeployment should delete old pods|should run the lifecycle of a Deployment)',
  // "via the environment": variables named like data-1, which a shell may drop (the busybox image's sh must not).
  'ConfigMap should be consumable (from pods in volume|via environment variable|via the environment) \\[',
  'Secrets should be consumable (from pods in volume|from pods in env vars) \\[',
  'SubjectReview should support SubjectReview API operations',
  'ServiceAccounts (should mount an API token into pods|ServiceAccountIssuerDiscovery should support OIDC discovery)',
].join('|');

/** The images those specs start pods from, besides pause (on every node). */
const CI_IMAGES = /\/(agnhost|busybox|glibc-dns-testing):/;

test('conformance (CI subset): 19 specs of e2e.test pass on a lab HA cluster', { timeout: 85 * 60_000 }, async (t) => {
  const images = await ensureTestImages();
  const archives = [...new Set(images.images.filter((i) => CI_IMAGES.test(i.ref)).map((i) => i.file))];
  const fixture = await labFixture(t, { name: LAB, loadBalancers: 1, controlPlanes: 3, etcd: 0, workers: 2 });
  await fixture.up(loadCluster(labClusterFile(fixture.lab, { engine: 'native', images: archives }), 'cluster.yaml'));

  const reportDir = join(fixture.scratch, 'conformance');
  const result = await runConformance({ kubeconfig: fixture.kubeconfig, reportDir, focus: CI_FOCUS, parallel: 3 });
  t.diagnostic(`${result.line} in ${(result.wallMs / 1000).toFixed(0)} s`);
  for (const [spec, s] of Object.entries(result.seconds).sort((a, b) => b[1] - a[1])) t.diagnostic(`${s} s ${spec}`);
  if (result.failures.length > 0) {
    const log = await readFile(result.log, 'utf8').catch(() => '');
    t.diagnostic(`last lines of ${result.log}:\n${log.split('\n').slice(-80).join('\n')}`);
  }
  assert.deepEqual(result.failures.map((f) => `${f.name} (${f.location}): ${f.message.slice(0, 600)}`), []);
  assert.equal(result.passed, 19, result.line);
  await access(result.junit);
  assert.match(await readFile(result.junit, 'utf8'), /<testsuite[^>]* tests="\d+"/);
});
