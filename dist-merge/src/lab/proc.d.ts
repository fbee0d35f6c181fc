/**
 * Process identity on a machine whose PID 1 does not reap: a PID alone proves nothing (it may be a zombie
 * or reused), so a process is identified by its PID plus its start time from /proc/<pid>/stat.
 */
export interface ProcessId {
    pid: number;
    /** Field 22 of /proc/<pid>/stat (clock ticks since boot). */
    start: number;
}
/** The identity of a live (not zombie) process, or undefined. */
export declare function identify(pid: number): Promise<ProcessId | undefined>;
/** True when the recorded process still runs (same PID, same start time, not a zombie). */
export declare function isAlive(id: ProcessId): Promise<boolean>;
export declare function childrenOf(pid: number): Promise<number[]>;
/** Live processes whose network namespace is the one bound at nsPath (e.g. /run/netns/x). */
export declare function processesInNetns(nsPath: string): Promise<number[]>;
/** SIGKILLs a recorded process if it is still the same one, and waits until it is gone. */
export declare function killAndWait(id: ProcessId, timeoutMs?: number): Promise<boolean>;
