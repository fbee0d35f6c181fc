import { homedir } from 'node:os';
import { join } from 'node:path';
import { readFile } from 'node:fs/promises';
import { artifactsDir } from '../artifacts/layout.js';
import { loadHostArtifacts } from '../artifacts/host-artifacts.js';
import { buildPlan } from '../plan/plan.js';
import { checkConcurrency, runPlan } from '../plan/runner.js';
import { upSteps } from '../steps/index.js';
import { kubeadmEngine } from '../engines/kubeadm/kubeadm-engine.js';
import { nativeEngine } from '../engines/native/native-engine.js';
import { hostPool, sshConnector } from './host-pool.js';
async function localVersions(version) {
    const text = await readFile(join(artifactsDir(version), 'versions.json'), 'utf8').catch(() => undefined);
    return text === undefined ? {} : JSON.parse(text);
}
async function localImageRefs(version) {
    const text = await readFile(join(artifactsDir(version), 'images', 'images.json'), 'utf8').catch(() => undefined);
    return text === undefined ? [] : JSON.parse(text).map((i) => i.ref);
}
function cniImages(v) {
    return {
        flannel: `ghcr.io/flannel-io/flannel:${v.flannel ?? 'v0.28.10'}`,
        flannelCniPlugin: `ghcr.io/flannel-io/flannel-cni-plugin:${v.flannelCniPlugin ?? 'v1.0.1'}`,
    };
}
export function defaultAdminKubeconfigPath(clusterName) {
    return join(homedir(), '.kube', `kubeha-${clusterName}.conf`);
}
/** The join commands with their secrets are saved (0600) next to the admin kubeconfig. */
export function joinCommandsPath(adminKubeconfigPath) {
    return adminKubeconfigPath.replace(/(\.conf)?$/, '.join-commands');
}
/**
 * The plan of `up` (exported as `plan`): its steps in order of their needs, each with the hosts it acts on and
 * how many at once. Pure: from the cluster file alone, nothing is contacted.
 *
 * @param loaded - the cluster, from {@link loadCluster}
 * @throws {@link InputError} only for a programming error in the step list (unknown needs, cycles)
 */
export function planUp(loaded) {
    return buildPlan(loaded.cluster, upSteps);
}
/** What every operation on a cluster works with: its file, its hosts (connected on first use) and the engines. */
export async function openCluster(loaded, options) {
    const hosts = hostPool(loaded.cluster, options.connect ?? (await sshConnector(loaded.cluster)));
    const adminKubeconfigPath = options.adminKubeconfigPath ?? defaultAdminKubeconfigPath(loaded.cluster.metadata.name);
    let artifacts;
    const versions = await localVersions(loaded.cluster.spec.kubernetesVersion);
    return {
        cluster: loaded.cluster,
        endpoint: loaded.endpoint,
        hosts,
        emit: options.emit,
        engines: { native: nativeEngine, kubeadm: kubeadmEngine },
        cniImages: cniImages(versions),
        pauseImage: `registry.k8s.io/pause:${versions.pause ?? '3.10.2'}`,
        imageRefs: await localImageRefs(loaded.cluster.spec.kubernetesVersion),
        adminKubeconfigPath,
        joinCommandsPath: joinCommandsPath(adminKubeconfigPath),
        hostArtifacts: () => (artifacts ??= loadHostArtifacts(loaded.cluster.spec.kubernetesVersion, options.emit)),
    };
}
/** Opens the cluster, runs (or, with dryRun, probes) a plan of these steps on it, and closes its connections. */
export async function runOnCluster(loaded, plan, steps, options) {
    if (options.concurrency !== undefined)
        checkConcurrency(options.concurrency);
    const ctx = await openCluster(loaded, options);
    try {
        const outcomes = await runPlan(plan, steps, ctx, {
            emit: options.emit,
            ...(options.dryRun ? { dryRun: true } : {}),
            ...(options.signal ? { signal: options.signal } : {}),
            ...(options.concurrency === undefined ? {} : { concurrency: options.concurrency }),
        });
        return { outcomes, adminKubeconfig: ctx.adminKubeconfigPath };
    }
    finally {
        await ctx.hosts.closeAll();
    }
}
/**
 * Creates the cluster or converges it: runs the plan's steps on the hosts, each after its read-only probe
 * says it is not done yet (with `dryRun`, only the probes). Re-running converges; a healthy cluster has nothing
 * to do.
 *
 * @param loaded - the cluster, from {@link loadCluster}
 * @param options - events, and optionally dryRun, an abort signal, how hosts are reached, the admin kubeconfig path
 * @returns the plan, an outcome per step and host, and where the admin kubeconfig was written
 * @throws {@link StepFailedError} naming every host a step failed on; {@link InterruptedError} when aborted
 */
export async function up(loaded, options) {
    const plan = planUp(loaded);
    return { plan, ...(await runOnCluster(loaded, plan, upSteps, options)) };
}
//# sourceMappingURL=up.js.map