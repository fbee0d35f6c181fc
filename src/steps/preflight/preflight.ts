import { KubehaError } from '../../errors.js';
import { defineStep } from '../../plan/step.js';
import type { ClusterFile } from '../../config/cluster.js';
import type { ClusterContext } from '../../cluster/context.js';
import { checkFacts, gatherFacts } from './checks.js';

/** Step 1 of `up`: every host in parallel; every failure reported at once, nothing changed. */
export const preflight = defineStep<ClusterFile, ClusterContext>({
  id: 'preflight',
  title: 'Preflight checks',
  needs: [],
  hosts: (c) => c.spec.hosts.map((h) => h.name),
  concurrency: () => Infinity,
  check: true,
  done: async () => false,
  run: async (ctx, name) => {
    const host = await ctx.hosts.get(name!);
    const spec = ctx.hosts.spec(name!);
    const issues = checkFacts(await gatherFacts(host), spec.role, ctx.cluster.spec.kubernetesVersion);
    if (issues.length > 0) {
      throw new KubehaError(issues.map((i) => `${i.path}: ${i.message}`).join('; '), { doing: 'preflight checks', host: name!, issues });
    }
  },
});
