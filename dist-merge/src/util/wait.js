import { KubehaError, PreconditionError } from '../errors.js';
/**
 * The one place that polls: every wait and retry in kubeha goes through these three. A PreconditionError is
 * thrown through at once: polling cannot fix it.
 */
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
/**
 * Polls `probe` until it yields a value (anything but undefined or false); a rejection counts as "not yet".
 * After `timeoutMs` it throws, saying what was awaited, where, and the probe's last failure.
 */
export async function waitFor(what, probe, timeoutMs, options = {}) {
    const started = Date.now();
    let last;
    for (;;) {
        try {
            const value = await probe();
            if (value !== undefined && value !== false)
                return value;
        }
        catch (err) {
            if (err instanceof PreconditionError)
                throw err;
            last = err;
        }
        if (Date.now() - started > timeoutMs) {
            const why = last === undefined ? '' : `: ${last instanceof Error ? last.message : String(last)}`;
            throw new KubehaError(`timed out after ${Math.round(timeoutMs / 1000)} s waiting for ${what}${why}`, { doing: `waiting for ${what}`, ...(options.host === undefined ? {} : { host: options.host }) }, last === undefined ? undefined : { cause: last });
        }
        await sleep(options.intervalMs ?? 2000);
    }
}
/** Calls `fn` until it resolves; after `timeoutMs` its last failure is thrown, as the cause. */
export async function retry(what, fn, timeoutMs, intervalMs = 1000) {
    const started = Date.now();
    for (;;) {
        try {
            return await fn();
        }
        catch (err) {
            if (err instanceof PreconditionError)
                throw err;
            if (Date.now() - started > timeoutMs) {
                throw new Error(`timed out after ${Math.round(timeoutMs / 1000)} s ${what}: ${err instanceof Error ? err.message : String(err)}`, { cause: err });
            }
        }
        await sleep(intervalMs);
    }
}
/** Polls `check` until it is true; false once `timeoutMs` has passed, for callers that decide what a timeout means. */
export async function pollUntil(check, timeoutMs, intervalMs = 20) {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
        if (await check())
            return true;
        if (Date.now() >= deadline)
            return false;
        await sleep(intervalMs);
    }
}
//# sourceMappingURL=wait.js.map