const lastEnd = (runs) => (runs.length === 0 ? undefined : Math.max(...runs.map((r) => r.end)));
/** The milestones of one `up` from its executions (executionsFromEvents), relative to `start` (epoch ms). */
export function upMilestones(executions, start) {
    const rel = (t) => (t === undefined ? undefined : t - start);
    const joins = executions.filter((e) => e.step.startsWith('join/') && e.host !== undefined);
    const perControlPlane = new Map();
    for (const e of joins) {
        if (e.step === 'join/worker')
            continue;
        perControlPlane.set(e.host, [...(perControlPlane.get(e.host) ?? []), e]);
    }
    const cpEnds = [...perControlPlane.values()].map((runs) => lastEnd(runs));
    return {
        initDone: rel(lastEnd(executions.filter((e) => e.step.startsWith('init/')))),
        firstJoin: rel(cpEnds.length === 0 ? undefined : Math.min(...cpEnds)),
        allJoins: rel(lastEnd(joins)),
        nodesReady: rel(lastEnd(executions.filter((e) => e.step === 'nodes-ready'))),
    };
}
//# sourceMappingURL=up-milestones.js.map