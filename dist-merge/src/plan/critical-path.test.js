import { test } from 'node:test';
import assert from 'node:assert/strict';
import { criticalPath, executionsFromEvents } from './critical-path.js';
import { upMilestones } from '../cluster/up-milestones.js';
const planned = (id, needs, hosts, concurrency = Infinity) => ({
    id,
    title: id,
    needs,
    hosts,
    cluster: hosts.length === 0,
    concurrency: hosts.length === 0 ? 1 : concurrency,
    engineWork: false,
});
const run = (step, host, start, end) => ({ step, host, start, end });
const names = (p) => p.chain.map((l) => `${l.step}@${l.host ?? ''}`);
test('a need waits for every host of the needed step: the chain goes through the slowest host', () => {
    const plan = { steps: [planned('prepare', [], ['a', 'b']), planned('init', ['prepare'], ['a'])] };
    const p = criticalPath(plan, [run('prepare', 'a', 0, 10), run('prepare', 'b', 0, 30), run('init', 'a', 30, 35)], 0);
    assert.equal(p.ms, 35);
    assert.deepEqual(names(p), ['prepare@b', 'init@a']);
    assert.deepEqual(p.chain.map((l) => l.waitMs), [0, 0]);
});
test('a step of concurrency 1 chains its hosts in plan order; wall time beyond the path shows as waits', () => {
    const plan = { steps: [planned('start', [], ['b', 'c']), planned('etcd-join', ['start'], ['b', 'c'], 1)] };
    const p = criticalPath(plan, [run('start', 'b', 100, 110), run('start', 'c', 100, 105), run('etcd-join', 'b', 112, 122), run('etcd-join', 'c', 122, 142)], 100);
    assert.equal(p.ms, 10 + 10 + 20);
    assert.deepEqual(names(p), ['start@b', 'etcd-join@b', 'etcd-join@c']);
    assert.deepEqual(p.chain.map((l) => l.waitMs), [0, 2, 0]);
});
test('a step without hosts passes its needs on; steps outside the plan are ignored', () => {
    const plan = { steps: [planned('a', [], ['h']), planned('empty', ['a'], []), planned('b', ['empty'], ['h'])] };
    const p = criticalPath(plan, [run('artifacts', undefined, 0, 100), run('a', 'h', 0, 5), run('b', 'h', 5, 9)], 0);
    assert.equal(p.ms, 9);
    assert.deepEqual(names(p), ['a@h', 'b@h']);
});
test('independent branches: the longer one is the path', () => {
    const plan = { steps: [planned('x', [], ['h']), planned('y', [], ['h']), planned('z', ['y'], ['h'])] };
    const p = criticalPath(plan, [run('x', 'h', 0, 50), run('y', 'h', 0, 20), run('z', 'h', 20, 40)], 0);
    assert.equal(p.ms, 50);
    assert.deepEqual(names(p), ['x@h']);
});
test('executions and milestones come from step-done, step-skip and step-fail events', () => {
    const events = [
        { type: 'step-start', step: 'init/certs', title: '', host: 'cp1', at: 1010 },
        { type: 'step-done', step: 'init/certs', host: 'cp1', at: 1100, ms: 100, changed: true },
        { type: 'step-skip', step: 'init/addon', host: 'cp1', at: 1150, ms: 50, reason: 'already holds' },
        { type: 'step-done', step: 'join/kubelet-start', host: 'cp2', at: 1300, ms: 100, changed: true },
        { type: 'step-done', step: 'join/mark-control-plane', host: 'cp2', at: 1400, ms: 100, changed: true },
        { type: 'step-done', step: 'join/mark-control-plane', host: 'cp3', at: 1500, ms: 100, changed: true },
        { type: 'step-done', step: 'join/worker', host: 'w1', at: 1600, ms: 400, changed: true },
        { type: 'step-done', step: 'nodes-ready', at: 1700, ms: 100, changed: false },
    ];
    const runs = executionsFromEvents(events);
    assert.equal(runs.length, 7);
    assert.deepEqual(runs[1], { step: 'init/addon', host: 'cp1', start: 1100, end: 1150 });
    assert.deepEqual(upMilestones(runs, 1000), { initDone: 150, firstJoin: 400, allJoins: 600, nodesReady: 700 });
    assert.deepEqual(upMilestones([], 0), { initDone: undefined, firstJoin: undefined, allJoins: undefined, nodesReady: undefined });
});
test('sameHost: a need waits for the same host run only, or for every host when the needed step did not run there', () => {
    const plan = { steps: [planned('prepare', [], ['lb', 'a', 'b']), planned('lb', ['prepare'], ['lb']), planned('init', ['prepare', 'lb'], ['a'])] };
    const runs = [run('prepare', 'lb', 0, 5), run('prepare', 'a', 0, 10), run('prepare', 'b', 0, 30), run('lb', 'lb', 30, 32), run('init', 'a', 32, 35)];
    assert.equal(criticalPath(plan, runs, 0).ms, 30 + 2 + 3);
    const ideal = criticalPath(plan, runs, 0, { sameHost: true });
    assert.equal(ideal.ms, 30);
    assert.deepEqual(names(ideal), ['prepare@b']);
    const init = criticalPath({ steps: plan.steps.slice(0, 3) }, runs.filter((r) => r.host !== 'b'), 0, { sameHost: true });
    assert.deepEqual(names(init), ['prepare@a', 'init@a']);
});
//# sourceMappingURL=critical-path.test.js.map