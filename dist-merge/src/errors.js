/**
 * The one errors module. Library code throws these; the CLI formats them once (src/cli/format-error.ts).
 * Every error says what was being done, on which host (when there is one), and why.
 */
/**
 * Every error kubeha throws: its message, what was being done and where ({@link ErrorContext}), and the exit code
 * the CLI uses for it.
 */
export class KubehaError extends Error {
    context;
    exitCode;
    constructor(message, context, options) {
        super(message, options?.cause === undefined ? undefined : { cause: options.cause });
        this.name = 'KubehaError';
        this.context = context;
        this.exitCode = options?.exitCode ?? 1;
    }
}
/** Bad input from the user (config, flags). Exit code 2, nothing was changed on any host. */
export class InputError extends KubehaError {
    constructor(doing, issues, where = {}) {
        super(issues.length === 1 ? `${issues[0].path}: ${issues[0].message}` : `${issues.length} problems found`, { doing, issues, ...(where.file === undefined ? {} : { file: where.file }) }, { exitCode: 2 });
        this.name = 'InputError';
    }
}
/**
 * A run stopped by SIGINT or SIGTERM: no new step started, the running ones finished. Exit code 130, as a
 * shell reports an interrupted command.
 */
export class InterruptedError extends KubehaError {
    signal;
    left;
    constructor(signal, left) {
        super(left.length === 0
            ? `interrupted by ${signal} after the last step had started; run the same command again to check it converged`
            : `interrupted by ${signal}; not started: ${left.join(', ')}; run the same command again to resume`, { doing: 'stopping on a signal' }, { exitCode: 130 });
        this.signal = signal;
        this.left = left;
        this.name = 'InterruptedError';
    }
}
/**
 * Something waiting cannot fix, such as an image missing from a host: waits and retries (src/util/wait.ts)
 * give up at once instead of polling until their timeout.
 */
export class PreconditionError extends KubehaError {
    constructor(message, context) {
        super(message, context);
        this.name = 'PreconditionError';
    }
}
/** A command that exited non-zero (local or remote). */
export class CommandError extends KubehaError {
    code;
    stdout;
    stderr;
    constructor(args) {
        const why = args.code === null ? `killed by ${args.signal ?? 'a signal'}` : `exited with code ${args.code}`;
        super(`${args.command[0] ?? 'command'} ${why}`, {
            doing: args.doing,
            ...(args.host === undefined ? {} : { host: args.host }),
            command: args.command,
            output: tail(`${args.stdout}${args.stderr ? `\n${args.stderr}` : ''}`.trim(), 40),
        });
        this.name = 'CommandError';
        this.code = args.code;
        this.stdout = args.stdout;
        this.stderr = args.stderr;
    }
}
/** Wraps any error with what was being done and where, keeping the original as cause. */
export function wrap(err, doing, host) {
    if (err instanceof KubehaError && err.context.doing === doing && err.context.host === host)
        return err;
    const message = err instanceof Error ? err.message : String(err);
    return new KubehaError(message, { doing, ...(host === undefined ? {} : { host }) }, { cause: err });
}
export function tail(text, lines) {
    const all = text.split('\n');
    return all.length <= lines ? text : all.slice(-lines).join('\n');
}
/** Runs fn and rethrows any failure wrapped with what was being done. */
export async function doing(what, host, fn) {
    try {
        return await fn();
    }
    catch (err) {
        throw wrap(err, what, host);
    }
}
//# sourceMappingURL=errors.js.map