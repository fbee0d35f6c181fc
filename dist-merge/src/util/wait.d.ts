export interface WaitOptions {
    intervalMs?: number;
    /** The host the awaited thing lives on, for the error. */
    host?: string;
}
/**
 * Polls `probe` until it yields a value (anything but undefined or false); a rejection counts as "not yet".
 * After `timeoutMs` it throws, saying what was awaited, where, and the probe's last failure.
 */
export declare function waitFor<T>(what: string, probe: () => Promise<T | undefined | false>, timeoutMs: number, options?: WaitOptions): Promise<T>;
/** Calls `fn` until it resolves; after `timeoutMs` its last failure is thrown, as the cause. */
export declare function retry<T>(what: string, fn: () => Promise<T>, timeoutMs: number, intervalMs?: number): Promise<T>;
/** Polls `check` until it is true; false once `timeoutMs` has passed, for callers that decide what a timeout means. */
export declare function pollUntil(check: () => Promise<boolean>, timeoutMs: number, intervalMs?: number): Promise<boolean>;
