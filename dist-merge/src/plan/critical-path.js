/**
 * The executions a run's events describe. A skip without `ms` (an event of an older emitter) counts as
 * instantaneous at its time.
 */
export function executionsFromEvents(events) {
    const out = [];
    for (const e of events) {
        if (e.type !== 'step-done' && e.type !== 'step-fail' && e.type !== 'step-skip')
            continue;
        const ms = 'ms' in e && typeof e.ms === 'number' ? e.ms : 0;
        out.push({ step: e.step, host: e.host, start: e.at - ms, end: e.at });
    }
    return out;
}
/**
 * The longest chain of dependent (step, host) executions, weighted by their measured times, under the
 * dependencies the runner (runner.ts) schedules by: a (step, host) starts once every step it needs has
 * finished on all of that step's hosts (a need on a step with no hosts is a need on that step's own needs),
 * and, within a step of concurrency c with more hosts than c, the i-th host (in plan order) after the
 * (i-c)-th: exact for c = 1 (etcd-join, rolling steps), a lower bound otherwise.
 *
 * With `sameHost`, the same under the dependencies the steps' effects imply rather than the runner's: a need on
 * a step that ran on the same host waits for that host's run only (what per-host needs would allow).
 *
 * @param start - when the run started (epoch ms): the first link's wait is measured from it
 */
export function criticalPath(plan, executions, start, options = {}) {
    const planned = new Map(plan.steps.map((s) => [s.id, s]));
    const byStep = new Map();
    for (const e of executions) {
        if (!planned.has(e.step))
            continue;
        const list = byStep.get(e.step) ?? [];
        list.push(e);
        byStep.set(e.step, list);
    }
    const best = new Map();
    const stepEnd = new Map();
    const longer = (a, b) => (b.ms > a.ms ? b : a);
    const none = { ms: 0, prev: undefined };
    // The longest chain ending when this step has finished (on `host` only, with sameHost and a run there; else
    // everywhere): through its last-finishing link.
    const finish = (id, host) => {
        const key = `${id}@${host ?? ''}`;
        const known = stepEnd.get(key);
        if (known)
            return known;
        const step = planned.get(id);
        const runs = byStep.get(id) ?? [];
        let result = none;
        if (runs.length === 0) {
            for (const n of step.needs)
                result = longer(result, finish(n, host));
        }
        else {
            const order = step.cluster ? [] : [...step.hosts];
            const position = (e) => (e.host === undefined ? 0 : order.indexOf(e.host));
            const sorted = [...runs].sort((a, b) => position(a) - position(b));
            sorted.forEach((e, i) => {
                let before = none;
                for (const n of step.needs)
                    before = longer(before, finish(n, options.sameHost ? e.host : undefined));
                const slot = i - step.concurrency;
                if (slot >= 0)
                    before = longer(before, { ms: best.get(sorted[slot]).ms, prev: sorted[slot] });
                best.set(e, { ms: before.ms + (e.end - e.start), prev: before.prev });
            });
            const mine = options.sameHost && host !== undefined ? sorted.filter((e) => e.host === host) : [];
            for (const e of mine.length > 0 ? mine : sorted)
                result = longer(result, { ms: best.get(e).ms, prev: e });
        }
        stepEnd.set(key, result);
        return result;
    };
    let last = none;
    for (const s of plan.steps)
        last = longer(last, finish(s.id, undefined));
    const chain = [];
    for (let e = last.prev; e !== undefined; e = best.get(e).prev)
        chain.unshift(e);
    return {
        ms: last.ms,
        chain: chain.map((e, i) => ({ ...e, ms: e.end - e.start, waitMs: Math.max(0, e.start - (i === 0 ? start : chain[i - 1].end)) })),
    };
}
//# sourceMappingURL=critical-path.js.map