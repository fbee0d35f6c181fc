/**
 * SIGINT/SIGTERM during a long command: the first asks the run to stop between steps (running host commands
 * finish or time out) and says so; a second one ends the process at once. Exit code 130 either way.
 */
export declare function interruptible(notify: (message: string) => void): {
    signal: AbortSignal;
    dispose: () => void;
};
