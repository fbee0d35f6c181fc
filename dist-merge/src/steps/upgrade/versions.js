import { runningVersions } from '../../cluster/running-versions.js';
import { skewIssues } from '../../cluster/version-skew.js';
import { PreconditionError } from '../../errors.js';
import { defineClusterStep } from '../../plan/step.js';
import { apiHost } from './kubelet.js';
/**
 * First, and changing nothing: the target's artifacts are built on this machine, and the version skew policy
 * allows going from what runs now to the target (one minor at a time, no downgrade, kubelets at most three
 * minors behind). A cluster half-way through the same upgrade passes: it resumes.
 */
export const upgradeVersions = defineClusterStep({
    id: 'upgrade/versions',
    title: 'Check the version skew policy and the target artifacts',
    needs: [],
    check: true,
    done: async () => false,
    run: async (ctx) => {
        const target = ctx.cluster.spec.kubernetesVersion;
        const doing = `checking the upgrade to ${target}`;
        if (ctx.imageRefs.length === 0) {
            throw new PreconditionError(`the artifacts of ${target} are not on this machine: build them with \`kubeha artifacts ensure --kubernetes-version ${target}\``, { doing });
        }
        const running = await runningVersions(await apiHost(ctx));
        const issues = skewIssues(target, running);
        if (issues.length > 0) {
            throw new PreconditionError(issues.length === 1 ? `${issues[0].path} ${issues[0].message}` : `${issues.length} versions forbid the upgrade`, { doing, issues });
        }
    },
});
//# sourceMappingURL=versions.js.map