import type { ExecOptions, ExecResult } from '../transport/host.js';
/** Runs an argv on this machine (no shell). Throws CommandError on a non-zero exit unless allowFailure. */
export declare function run(argv: readonly string[], options?: ExecOptions & {
    cwd?: string;
    host?: string;
}): Promise<ExecResult>;
