import { InputError, InterruptedError, KubehaError, wrap } from '../errors.js';
import { emitter } from '../events.js';
import { redact } from '../util/redact.js';
/**
 * Hosts of one step at once, by default: k0sctl's default SSH concurrency. Every host of a step holds an SSH
 * session and usually a transfer or a command that loads this machine (host preparation sends the packages and
 * images to each host), so a 50-worker step does not start 50 at once.
 */
export const DEFAULT_CONCURRENCY = 30;
/** Refuses a concurrency that is not a positive integer (an input error: exit 2, nothing contacted). */
export function checkConcurrency(value, path = 'concurrency') {
    if (!Number.isInteger(value) || value < 1)
        throw new InputError('reading the options', [{ path, message: `must be a positive integer, not ${String(value)}` }]);
    return value;
}
/** A step failed on one or more hosts; each host's error is kept. */
export class StepFailedError extends KubehaError {
    step;
    failures;
    constructor(step, failures) {
        const hosts = failures.map((f) => f.host ?? 'cluster').join(', ');
        super(failures.length === 1 ? failures[0].error.message : `failed on ${hosts}`, {
            doing: `step ${step}`,
            ...(failures.length === 1 && failures[0].host !== undefined ? { host: failures[0].host } : {}),
            ...(outputOf(failures) ? { output: outputOf(failures) } : {}),
            issues: failures.length > 1 ? failures.map((f) => ({ path: f.host ?? 'cluster', message: f.error.message })) : [],
        }, { cause: failures[0]?.error });
        this.step = step;
        this.failures = failures;
        this.name = 'StepFailedError';
    }
}
/** The failed commands' output, per host: the part a user needs to see first. */
function outputOf(failures) {
    const parts = [];
    for (const f of failures) {
        let e = f.error;
        let out;
        while (e instanceof Error && out === undefined) {
            out = e instanceof KubehaError ? e.context.output : undefined;
            e = e.cause;
        }
        if (out)
            parts.push(failures.length === 1 ? out : `[${f.host ?? 'cluster'}]\n${out}`);
    }
    return parts.length > 0 ? parts.join('\n') : undefined;
}
async function eachLimited(items, limit, fn) {
    let next = 0;
    const workers = Array.from({ length: Math.min(limit, items.length) }, async () => {
        while (next < items.length) {
            const item = items[next++];
            await fn(item);
        }
    });
    await Promise.all(workers);
}
/**
 * Runs a plan: a step starts once every step it needs has finished on all its hosts, so independent steps
 * overlap. Within a step, hosts run up to the step's concurrency; every host is attempted and all failures
 * are reported together. Each (step, host) first asks done(): what already holds is skipped, which is how a
 * re-run converges and resumes after a crash.
 */
export async function runPlan(plan, steps, ctx, options) {
    const cap = options.concurrency === undefined ? DEFAULT_CONCURRENCY : checkConcurrency(options.concurrency);
    const emit = emitter(options.emit);
    const byId = new Map(steps.map((s) => [s.id, s]));
    const outcomes = [];
    const finished = new Map();
    // Dry-run: steps that would change something, or need one that would. A check behind them is not run:
    // it would wait for what the dry-run never does (e.g. nodes to become Ready).
    const pending = new Set();
    const runOne = async (planned) => {
        await Promise.all(planned.needs.map((n) => finished.get(n)));
        const step = byId.get(planned.id);
        // The one place that tells the two shapes apart: a cluster step never sees a host, a host step always does.
        const targets = [];
        if (step.cluster) {
            const describe = step.describe;
            targets.push({ host: undefined, done: () => step.done(ctx), describe: describe && (() => describe(ctx)), run: () => step.run(ctx) });
        }
        else {
            const describe = step.describe;
            for (const h of planned.hosts)
                targets.push({ host: h, done: () => step.done(ctx, h), describe: describe && (() => describe(ctx, h)), run: () => step.run(ctx, h) });
        }
        const failures = [];
        const blocked = options.dryRun === true && planned.needs.some((n) => pending.has(n));
        await eachLimited(targets, Math.min(planned.concurrency, cap), async (target) => {
            const host = target.host;
            const started = Date.now();
            const base = { step: planned.id, ...(host === undefined ? {} : { host }) };
            if (options.signal?.aborted || (!step.cluster && step.rolling === true && failures.length > 0)) {
                outcomes.push({ step: planned.id, host, status: 'not-started', ms: 0 });
                return;
            }
            try {
                const note = options.dryRun && target.describe ? await target.describe().catch(() => undefined) : undefined;
                const noted = note === undefined ? {} : { note };
                if (!step.check && (await target.done())) {
                    emit({ type: 'step-skip', ...base, reason: note === undefined ? 'already holds' : `already holds (${note})`, ms: Date.now() - started });
                    outcomes.push({ step: planned.id, host, status: 'already', ms: Date.now() - started, ...noted });
                    return;
                }
                if (options.dryRun && (!step.check || blocked)) {
                    pending.add(planned.id);
                    emit({ type: 'step-skip', ...base, reason: note === undefined ? 'would run' : `would run (${note})`, ms: Date.now() - started });
                    outcomes.push({ step: planned.id, host, status: 'would-run', ms: Date.now() - started, ...noted });
                    return;
                }
                emit({ type: 'step-start', ...base, title: planned.title });
                await target.run();
                const ms = Date.now() - started;
                emit({ type: 'step-done', ...base, ms, changed: !step.check });
                outcomes.push({ step: planned.id, host, status: step.check ? 'checked' : 'done', ms });
            }
            catch (err) {
                const error = wrap(err, planned.title, host);
                const ms = Date.now() - started;
                const output = outputOf([{ host, error }]);
                emit({ type: 'step-fail', ...base, ms, error: redact(error.message), ...(output === undefined ? {} : { output: redact(output) }) });
                outcomes.push({ step: planned.id, host, status: 'failed', ms });
                failures.push({ host, error });
            }
        });
        if (failures.length > 0)
            throw new StepFailedError(planned.id, failures);
    };
    for (const planned of plan.steps) {
        // In dry-run every step is probed even if an earlier one "would run" (the probe is read-only); the order
        // of needs is kept so that a check knows whether what it checks would have been changed first.
        const p = runOne(planned);
        finished.set(planned.id, p);
        p.catch(() => { });
    }
    const results = await Promise.allSettled(finished.values());
    const failed = results.find((r) => r.status === 'rejected');
    if (options.signal?.aborted && !failed) {
        const left = outcomes.filter((o) => o.status === 'not-started').map((o) => `${o.step}${o.host === undefined ? '' : `@${o.host}`}`);
        throw new InterruptedError(String(options.signal.reason ?? 'a signal'), left);
    }
    if (failed) {
        for (const planned of plan.steps) {
            if (!outcomes.some((o) => o.step === planned.id))
                outcomes.push({ step: planned.id, host: undefined, status: 'not-started', ms: 0 });
        }
        throw failed.reason;
    }
    return outcomes;
}
//# sourceMappingURL=runner.js.map