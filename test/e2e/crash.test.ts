// End to end: `kubeha up` (the CLI, over SSH) killed with SIGKILL at every step boundary of a native stacked
// cluster (1 LB, 3 control planes, 1 worker), run again after each kill, converges: and then a further `up`
// has nothing to do. Every boundary: each run is killed right after the first step it completes, so the next
// run starts one boundary further; steps running in parallel at that moment die half-way.
import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { labClusterFile } from '../../src/cluster/lab-cluster.js';
import type { KubehaEvent } from '../../src/events.js';
import { convergedProblems, kubeconfigIn, upOnce } from './crash-helpers.js';
import { labFixture, labName } from './lab-fixture.js';

const LAB = labName('crash');

test('up killed at every step boundary converges, and a further up changes nothing', { timeout: 60 * 60_000 }, async (t) => {
  const { lab, scratch } = await labFixture(t, { name: LAB, loadBalancers: 1, controlPlanes: 3, etcd: 0, workers: 1 });
  const file = join(scratch, 'cluster.yaml');
  await writeFile(file, labClusterFile(lab, { engine: 'native' }), { mode: 0o600 });
  const home = join(scratch, 'home');
  const boundaries: string[] = [];
  for (let run = 1; ; run++) {
    assert.ok(run <= 80, 'up did not finish within 80 runs');
    // A step that changed something: checks (preflight) run every time, and 'artifacts' is the local artifacts
    // check (ensureArtifacts), not a step of the plan.
    const r = await upOnce(file, home, { when: (e) => e.type === 'step-done' && e.changed && e.step !== 'artifacts' });
    if (r.killedAfterMs === null) {
      assert.equal(r.code, 0, `the last run failed:\n${r.stderr}`);
      t.diagnostic(`run ${run} ran to its end`);
      break;
    }
    const done = r.events.find((e): e is Extract<KubehaEvent, { type: 'step-done' }> => e.type === 'step-done' && e.changed && e.step !== 'artifacts')!;
    const inFlight = r.events.filter((e) => e.type === 'step-start').length - r.events.filter((e) => e.type === 'step-done' || e.type === 'step-fail').length;
    boundaries.push(`${done.step}${done.host ? `@${done.host}` : ''}`);
    t.diagnostic(`run ${run}: killed after ${done.step}${done.host ? ` on ${done.host}` : ''} (${r.killedAfterMs} ms, ${inFlight} step(s) cut short)`);
    const failed = r.events.filter((e) => e.type === 'step-fail');
    assert.deepEqual(failed, [], `no step fails in a run that is killed; kubeha said:\n${r.stderr}`);
  }
  assert.ok(boundaries.includes('init/first-control-plane@cp1') && boundaries.some((b) => b.startsWith('join/control-planes@')), boundaries.join(', '));
  const kubeconfig = kubeconfigIn(home, lab.name);
  assert.deepEqual(await convergedProblems(lab, kubeconfig, 'stacked'), []);
  const again = await upOnce(file, home, {});
  assert.equal(again.code, 0, again.stderr);
  const changed = again.events.filter((e) => e.type === 'step-done' && e.changed);
  assert.deepEqual(changed.map((e) => JSON.stringify(e)), [], 'a further up changed something');
});
