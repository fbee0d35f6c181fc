import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildPlan } from './plan.js';
import { DEFAULT_CONCURRENCY, runPlan, StepFailedError } from './runner.js';
import { defineClusterStep, defineHostStep } from './step.js';
import { InputError, InterruptedError } from '../errors.js';
function step(id, needs, hosts, concurrency = Infinity) {
    return defineHostStep({
        id,
        title: `do ${id}`,
        needs,
        hosts,
        concurrency: () => concurrency,
        done: async (ctx, host) => ctx.state.has(`${id}@${host}`),
        run: async (ctx, host) => {
            ctx.running++;
            ctx.peak = Math.max(ctx.peak, ctx.running);
            await new Promise((r) => setTimeout(r, 5));
            ctx.running--;
            if (ctx.fail === `${id}@${host}`)
                throw new Error(`boom on ${host}`);
            ctx.state.add(`${id}@${host}`);
            ctx.log.push(`${id}@${host}`);
        },
    });
}
const cluster = { cps: ['cp1', 'cp2', 'cp3'], workers: ['w1', 'w2'] };
const steps = [
    step('join/workers', ['init'], (c) => c.workers),
    step('join/control-planes', ['init'], (c) => c.cps.slice(1), 1),
    step('init', ['preflight'], (c) => [c.cps[0]]),
    step('preflight', [], (c) => [...c.cps, ...c.workers]),
];
const ctx = () => ({ state: new Set(), log: [], running: 0, peak: 0 });
test('the plan orders steps by needs, keeping declared order for ties', () => {
    const plan = buildPlan(cluster, steps);
    assert.deepEqual(plan.steps.map((s) => s.id), ['preflight', 'init', 'join/workers', 'join/control-planes']);
    assert.deepEqual(plan.steps[3].hosts, ['cp2', 'cp3']);
    assert.equal(plan.steps[3].concurrency, 1);
});
test('unknown needs and cycles are refused with the step named', () => {
    assert.throws(() => buildPlan(cluster, [step('a', ['nope'], () => [])]), (e) => e instanceof InputError && /nope/.test(e.message));
    assert.throws(() => buildPlan(cluster, [step('a', ['b'], () => []), step('b', ['a'], () => [])]), (e) => e instanceof InputError && /cycle among a, b/.test(e.message));
});
test('the runner respects needs and concurrency, and a re-run changes nothing', async () => {
    const c = ctx();
    const events = [];
    await runPlan(buildPlan(cluster, steps), steps, c, { emit: (e) => events.push(e) });
    assert.ok(c.log.indexOf('init@cp1') > c.log.indexOf('preflight@w2'));
    assert.ok(c.log.indexOf('join/control-planes@cp2') > c.log.indexOf('init@cp1'));
    assert.equal(c.log.length, 5 + 1 + 2 + 2);
    const again = await runPlan(buildPlan(cluster, steps), steps, { ...c, log: [] }, { emit: () => { } });
    assert.ok(again.every((o) => o.status === 'already'));
    assert.ok(events.some((e) => e.type === 'step-done' && e.step === 'init' && e.host === 'cp1'));
});
test('serial steps run one host at a time; parallel ones overlap', async () => {
    const serial = ctx();
    const only = [step('s', [], (c) => c.cps, 1)];
    await runPlan(buildPlan(cluster, only), only, serial, { emit: () => { } });
    assert.equal(serial.peak, 1);
    const parallel = ctx();
    const all = [step('p', [], (c) => c.cps)];
    await runPlan(buildPlan(cluster, all), all, parallel, { emit: () => { } });
    assert.equal(parallel.peak, 3);
});
test('a failure is reported with its host, other hosts still finish, dependents never start', async () => {
    const c = { ...ctx(), fail: 'preflight@w1' };
    await assert.rejects(runPlan(buildPlan(cluster, steps), steps, c, { emit: () => { } }), (e) => e instanceof StepFailedError && e.step === 'preflight' && e.context.host === 'w1' && /boom on w1/.test(e.message));
    assert.ok(c.log.includes('preflight@w2'));
    assert.ok(!c.log.some((l) => l.startsWith('init')));
});
test('a per-host step with no hosts does nothing; a cluster step runs once', async () => {
    const c = ctx();
    const once = step('once', [], () => []);
    const none = [step('none', [], () => []), defineClusterStep({ id: once.id, title: once.title, needs: [], done: (x) => once.done(x, 'cluster'), run: (x) => once.run(x, 'cluster') })];
    const outcomes = await runPlan(buildPlan(cluster, none), none, c, { emit: () => { } });
    assert.deepEqual(c.log, ['once@cluster']);
    assert.equal(outcomes.length, 1);
});
test('dry-run only probes, and reports what holds and what would run', async () => {
    const c = ctx();
    c.state.add('preflight@cp1');
    const outcomes = await runPlan(buildPlan(cluster, steps), steps, c, { emit: () => { }, dryRun: true });
    assert.equal(c.log.length, 0);
    assert.equal(outcomes.find((o) => o.step === 'preflight' && o.host === 'cp1')?.status, 'already');
    assert.equal(outcomes.find((o) => o.step === 'init')?.status, 'would-run');
});
test('dry-run runs a check only when nothing it needs would change first', async () => {
    const checkLog = [];
    const check = (id, needs) => defineClusterStep({
        id,
        title: id,
        needs,
        check: true,
        done: async () => false,
        run: async () => {
            checkLog.push(id);
        },
    });
    const all = [...steps, check('ready', ['join/workers']), check('first', [])];
    const fresh = await runPlan(buildPlan(cluster, all), all, ctx(), { emit: () => { }, dryRun: true });
    assert.deepEqual(checkLog, ['first']);
    assert.equal(fresh.find((o) => o.step === 'ready')?.status, 'would-run');
    const built = ctx();
    await runPlan(buildPlan(cluster, all), all, built, { emit: () => { } });
    checkLog.length = 0;
    const again = await runPlan(buildPlan(cluster, all), all, { ...built, log: [] }, { emit: () => { }, dryRun: true });
    assert.deepEqual(checkLog.sort(), ['first', 'ready']);
    assert.equal(again.find((o) => o.step === 'ready')?.status, 'checked');
});
test('an abort lets running steps finish, starts nothing new, and names what is left', async () => {
    const c = ctx();
    const controller = new AbortController();
    const plan = buildPlan(cluster, steps);
    const aborting = [...steps];
    // preflight aborts while it runs on cp1: every preflight host already started finishes.
    aborting[3] = { ...steps[3], run: async (x, host) => { if (host === 'cp1')
            controller.abort('SIGINT'); await steps[3].run(x, host); } };
    await assert.rejects(runPlan(plan, aborting, c, { emit: () => { }, signal: controller.signal }), (err) => {
        assert.ok(err instanceof InterruptedError);
        assert.equal(err.exitCode, 130);
        assert.equal(err.signal, 'SIGINT');
        assert.deepEqual(err.left, ['init@cp1', 'join/workers@w1', 'join/workers@w2', 'join/control-planes@cp2', 'join/control-planes@cp3']);
        assert.match(err.message, /^interrupted by SIGINT; not started: init@cp1, .*run the same command again to resume$/);
        return true;
    });
    assert.deepEqual([...c.log].sort(), ['preflight@cp1', 'preflight@cp2', 'preflight@cp3', 'preflight@w1', 'preflight@w2']);
});
test('a rolling step starts no further host once one failed', async () => {
    const rolling = [{ ...step('upgrade', [], (c) => c.cps, 1), rolling: true }];
    const c = { ...ctx(), fail: 'upgrade@cp2' };
    await assert.rejects(runPlan(buildPlan(cluster, rolling), rolling, c, { emit: () => { } }), (e) => e instanceof StepFailedError && e.context.host === 'cp2');
    assert.deepEqual(c.log, ['upgrade@cp1']);
    const plain = [step('upgrade', [], (x) => x.cps, 1)];
    const d = { ...ctx(), fail: 'upgrade@cp2' };
    await assert.rejects(runPlan(buildPlan(cluster, plain), plain, d, { emit: () => { } }), (e) => e instanceof StepFailedError && e.failures.map((f) => f.host).join() === 'cp2');
    assert.deepEqual(d.log, ['upgrade@cp1', 'upgrade@cp3'], 'without rolling every host is attempted');
});
test('the run’s concurrency caps every step: 30 hosts at once by default, fewer when asked, a step’s own lower one kept', async () => {
    const many = { cps: Array.from({ length: 50 }, (_, i) => `w${i + 1}`), workers: [] };
    const wide = [step('wide', [], (c) => c.cps)];
    const byDefault = ctx();
    await runPlan(buildPlan(many, wide), wide, byDefault, { emit: () => { } });
    assert.equal(byDefault.peak, DEFAULT_CONCURRENCY);
    assert.equal(DEFAULT_CONCURRENCY, 30);
    assert.equal(byDefault.log.length, 50);
    const four = ctx();
    await runPlan(buildPlan(many, wide), wide, four, { emit: () => { }, concurrency: 4 });
    assert.equal(four.peak, 4);
    assert.equal(four.log.length, 50);
    const serial = [step('serial', [], (c) => c.cps, 1)];
    const one = ctx();
    await runPlan(buildPlan(many, serial), serial, one, { emit: () => { }, concurrency: 10 });
    assert.equal(one.peak, 1);
});
test('a concurrency that is not a positive integer is an input error before any step runs', async () => {
    for (const bad of [0, -1, 1.5, Number.NaN]) {
        const c = ctx();
        await assert.rejects(runPlan(buildPlan(cluster, steps), steps, c, { emit: () => { }, concurrency: bad }), (e) => e instanceof InputError && /concurrency: must be a positive integer/.test(e.message));
        assert.equal(c.log.length, 0);
    }
});
//# sourceMappingURL=plan.test.js.map