import { InputError } from '../errors.js';
/**
 * Pure: orders the steps by their needs (stable: ties keep the declared order) and resolves hosts and
 * concurrency for this cluster. Unknown needs and cycles are programming errors reported with the step id.
 */
export function buildPlan(cluster, steps) {
    const byId = new Map(steps.map((s) => [s.id, s]));
    const issues = [];
    if (byId.size !== steps.length)
        issues.push({ path: 'steps', message: 'duplicate step ids' });
    for (const step of steps) {
        for (const need of step.needs) {
            if (!byId.has(need))
                issues.push({ path: `steps.${step.id}.needs`, message: `unknown step "${need}"` });
        }
    }
    if (issues.length > 0)
        throw new InputError('building the plan', issues);
    const ordered = [];
    const placed = new Set();
    while (ordered.length < steps.length) {
        const next = steps.find((s) => !placed.has(s.id) && s.needs.every((n) => placed.has(n)));
        if (next === undefined) {
            const stuck = steps.filter((s) => !placed.has(s.id)).map((s) => s.id);
            throw new InputError('building the plan', [{ path: 'steps', message: `cycle among ${stuck.join(', ')}` }]);
        }
        ordered.push(next);
        placed.add(next.id);
    }
    return {
        steps: ordered.map((s) => {
            const members = s.shows?.etcdMembers?.(cluster);
            return {
                id: s.id,
                title: s.title,
                needs: s.needs,
                hosts: s.cluster ? [] : s.hosts(cluster),
                cluster: s.cluster === true,
                concurrency: s.cluster ? 1 : Math.max(1, s.concurrency(cluster)),
                engineWork: s.shows?.engine === true,
                ...(members === undefined ? {} : { etcdMembers: members }),
            };
        }),
    };
}
//# sourceMappingURL=plan.js.map