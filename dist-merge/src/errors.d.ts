/**
 * The one errors module. Library code throws these; the CLI formats them once (src/cli/format-error.ts).
 * Every error says what was being done, on which host (when there is one), and why.
 */
/** What a {@link KubehaError} says besides its message. */
export interface ErrorContext {
    /** What was being done, e.g. "joining control plane" or "validating cluster.yaml". */
    doing: string;
    /** The host (lab or SSH name) the failure happened on, when it belongs to one. */
    host?: string;
    /** The failed command's argv, when a command failed. */
    command?: readonly string[];
    /** The tail of the failed command's output (already redacted). */
    output?: string;
    /** Field paths for validation errors. */
    issues?: readonly ValidationIssue[];
    /** The input file the problem is in (a cluster file, a kubeadm config, `<stdin>`). */
    file?: string;
}
/** One problem of a validation: where, and what is wrong. */
export interface ValidationIssue {
    /** A YAML/JSON path such as `hosts[2].address` or `networking.podSubnet`. */
    path: string;
    message: string;
}
/**
 * Every error kubeha throws: its message, what was being done and where ({@link ErrorContext}), and the exit code
 * the CLI uses for it.
 */
export declare class KubehaError extends Error {
    readonly context: ErrorContext;
    readonly exitCode: number;
    constructor(message: string, context: ErrorContext, options?: {
        cause?: unknown;
        exitCode?: number;
    });
}
/** Bad input from the user (config, flags). Exit code 2, nothing was changed on any host. */
export declare class InputError extends KubehaError {
    constructor(doing: string, issues: readonly ValidationIssue[], where?: {
        file?: string;
    });
}
/**
 * A run stopped by SIGINT or SIGTERM: no new step started, the running ones finished. Exit code 130, as a
 * shell reports an interrupted command.
 */
export declare class InterruptedError extends KubehaError {
    readonly signal: string;
    readonly left: readonly string[];
    constructor(signal: string, left: readonly string[]);
}
/**
 * Something waiting cannot fix, such as an image missing from a host: waits and retries (src/util/wait.ts)
 * give up at once instead of polling until their timeout.
 */
export declare class PreconditionError extends KubehaError {
    constructor(message: string, context: ErrorContext);
}
/** A command that exited non-zero (local or remote). */
export declare class CommandError extends KubehaError {
    readonly code: number | null;
    readonly stdout: string;
    readonly stderr: string;
    constructor(args: {
        doing: string;
        host?: string;
        command: readonly string[];
        code: number | null;
        signal?: string | null;
        stdout: string;
        stderr: string;
    });
}
/** Wraps any error with what was being done and where, keeping the original as cause. */
export declare function wrap(err: unknown, doing: string, host?: string): KubehaError;
export declare function tail(text: string, lines: number): string;
/** Runs fn and rethrows any failure wrapped with what was being done. */
export declare function doing<T>(what: string, host: string | undefined, fn: () => Promise<T>): Promise<T>;
