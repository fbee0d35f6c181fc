/**
 * SIGINT/SIGTERM during a long command: the first asks the run to stop between steps (running host commands
 * finish or time out) and says so; a second one ends the process at once. Exit code 130 either way.
 */
export function interruptible(notify) {
    const controller = new AbortController();
    const onSignal = (name) => {
        if (controller.signal.aborted) {
            notify(`${name} again: exiting now; run the same command again to resume`);
            process.exit(130);
        }
        notify(`${name}: no new step starts; waiting for the running ones to finish (${name} again to exit at once)`);
        controller.abort(name);
    };
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
    return {
        signal: controller.signal,
        dispose: () => {
            process.off('SIGINT', onSignal);
            process.off('SIGTERM', onSignal);
        },
    };
}
//# sourceMappingURL=interrupt.js.map