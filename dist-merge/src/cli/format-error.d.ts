/** A broken file can have thousands of issues (a 5 MB one printed 13 MB): the first ones say enough. */
export declare const MAX_ISSUES_SHOWN = 20;
/** Formats any thrown value once, for the terminal: what was being done, where, the output, the cause. */
export declare function formatError(err: unknown, verbose?: boolean): string;
export declare function exitCodeOf(err: unknown): number;
