/**
 * A step of a plan: one small file per step (src/steps/*), declared as data. The order of a plan comes from
 * `needs`, never from code; `done()` is a read-only probe of the step's last effect, so that re-running
 * converges and dry-run is honest. A step acts either on each of its hosts or once for the whole cluster;
 * the two are separate shapes, so a per-host step always gets its host.
 */
export function defineHostStep(step) {
    return step;
}
export function defineClusterStep(step) {
    return { ...step, cluster: true };
}
//# sourceMappingURL=step.js.map