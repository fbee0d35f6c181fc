import { KubehaError } from '../../errors.js';
import { defineHostStep } from '../../plan/step.js';
import { checkFacts, gatherFacts, requiredCommands } from './checks.js';
/**
 * Every host in parallel, after host preparation (when the cluster file asks for it); every failure
 * reported at once, nothing changed.
 */
export const preflight = defineHostStep({
    id: 'preflight',
    title: 'Preflight checks',
    needs: ['prepare/kernel', 'prepare/packages', 'prepare/container-runtime', 'prepare/kubernetes', 'prepare/images'],
    hosts: (c) => c.spec.hosts.map((h) => h.name),
    concurrency: () => Infinity,
    check: true,
    done: async () => false,
    run: async (ctx, name) => {
        const host = await ctx.hosts.get(name);
        const spec = ctx.hosts.spec(name);
        const issues = checkFacts(await gatherFacts(host, requiredCommands(spec.role, ctx.cluster)), spec.role, ctx.cluster.spec.kubernetesVersion);
        if (issues.length > 0) {
            throw new KubehaError(issues.map((i) => `${i.path}: ${i.message}`).join('; '), { doing: 'preflight checks', host: name, issues });
        }
    },
});
//# sourceMappingURL=preflight.js.map