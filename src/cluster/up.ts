import { homedir } from 'node:os';
import { join } from 'node:path';
import { readFile } from 'node:fs/promises';
import type { EventSink } from '../events.js';
import type { ClusterFile, LoadedCluster } from '../config/cluster.js';
import type { Step } from '../plan/step.js';
import { artifactsDir, type ArtifactVersions } from '../artifacts/layout.js';
import { loadHostArtifacts, type HostArtifacts } from '../artifacts/host-artifacts.js';
import { buildPlan, type Plan } from '../plan/plan.js';
import { checkConcurrency, runPlan, type StepOutcome } from '../plan/runner.js';
import { upSteps } from '../steps/index.js';
import { kubeadmEngine } from '../engines/kubeadm/kubeadm-engine.js';
import { nativeEngine } from '../engines/native/native-engine.js';
import type { ClusterContext } from './context.js';
import { hostPool, sshConnector, type Connector } from './host-pool.js';
import { preloadImages } from './preload-images.js';

/** Options of {@link up}. */
export interface UpOptions extends OpenOptions {
  /** Only run each step's read-only probe: what `kubeha plan` shows; nothing changes anywhere. */
  dryRun?: boolean;
  /** Aborting it stops `up` between steps (see RunOptions.signal). */
  signal?: AbortSignal;
  /** The most hosts of one step at once (a positive integer; 30 by default, see RunOptions.concurrency). */
  concurrency?: number;
}

async function localVersions(version: string): Promise<Partial<ArtifactVersions>> {
  const text = await readFile(join(artifactsDir(version), 'versions.json'), 'utf8').catch(() => undefined);
  return text === undefined ? {} : (JSON.parse(text) as ArtifactVersions);
}

async function localImageRefs(version: string): Promise<string[]> {
  const text = await readFile(join(artifactsDir(version), 'images', 'images.json'), 'utf8').catch(() => undefined);
  return text === undefined ? [] : (JSON.parse(text) as { ref: string }[]).map((i) => i.ref);
}

function cniImages(v: Partial<ArtifactVersions>): ClusterContext['cniImages'] {
  return {
    flannel: `ghcr.io/flannel-io/flannel:${v.flannel ?? 'v0.28.10'}`,
    flannelCniPlugin: `ghcr.io/flannel-io/flannel-cni-plugin:${v.flannelCniPlugin ?? 'v1.0.1'}`,
  };
}

export function defaultAdminKubeconfigPath(clusterName: string): string {
  return join(homedir(), '.kube', `kubeha-${clusterName}.conf`);
}

/** The join commands with their secrets are saved (0600) next to the admin kubeconfig. */
export function joinCommandsPath(adminKubeconfigPath: string): string {
  return adminKubeconfigPath.replace(/(\.conf)?$/, '.join-commands');
}

/**
 * The plan of `up` (exported as `plan`): its steps in order of their needs, each with the hosts it acts on and
 * how many at once. Pure: from the cluster file alone, nothing is contacted.
 *
 * @param loaded - the cluster, from {@link loadCluster}
 * @throws {@link InputError} only for a programming error in the step list (unknown needs, cycles)
 */
export function planUp(loaded: LoadedCluster): Plan {
  return buildPlan(loaded.cluster, upSteps);
}

/** What every operation on a cluster takes: where its events go, how hosts are reached, where the admin kubeconfig is. */
export interface OpenOptions {
  /** Receives the operation's typed, redacted progress events ({@link silent} drops them). */
  emit: EventSink;
  /** How hosts are reached; SSH with the cluster file's settings by default (the lab passes its own). */
  connect?: Connector;
  /** The admin kubeconfig on this machine; `~/.kube/kubeha-<name>.conf` by default. */
  adminKubeconfigPath?: string;
}

/** What every operation on a cluster works with: its file, its hosts (connected on first use) and the engines. */
export async function openCluster(loaded: LoadedCluster, options: OpenOptions): Promise<ClusterContext> {
  const preload = await preloadImages(loaded.cluster, loaded.source ?? 'the cluster file');
  const hosts = hostPool(loaded.cluster, options.connect ?? (await sshConnector(loaded.cluster)));
  const adminKubeconfigPath = options.adminKubeconfigPath ?? defaultAdminKubeconfigPath(loaded.cluster.metadata.name);
  let artifacts: Promise<HostArtifacts> | undefined;
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
    preloadImages: preload,
    adminKubeconfigPath,
    joinCommandsPath: joinCommandsPath(adminKubeconfigPath),
    hostArtifacts: () => (artifacts ??= loadHostArtifacts(loaded.cluster.spec.kubernetesVersion, options.emit)),
  };
}

/** Opens the cluster, runs (or, with dryRun, probes) a plan of these steps on it, and closes its connections. */
export async function runOnCluster(
  loaded: LoadedCluster,
  plan: Plan,
  steps: readonly Step<ClusterFile, ClusterContext>[],
  options: UpOptions,
): Promise<{ outcomes: StepOutcome[]; adminKubeconfig: string }> {
  if (options.concurrency !== undefined) checkConcurrency(options.concurrency);
  const ctx = await openCluster(loaded, options);
  try {
    const outcomes = await runPlan(plan, steps, ctx, {
      emit: options.emit,
      ...(options.dryRun ? { dryRun: true } : {}),
      ...(options.signal ? { signal: options.signal } : {}),
      ...(options.concurrency === undefined ? {} : { concurrency: options.concurrency }),
    });
    return { outcomes, adminKubeconfig: ctx.adminKubeconfigPath };
  } finally {
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
export async function up(loaded: LoadedCluster, options: UpOptions): Promise<{ plan: Plan; outcomes: StepOutcome[]; adminKubeconfig: string }> {
  const plan = planUp(loaded);
  return { plan, ...(await runOnCluster(loaded, plan, upSteps, options)) };
}
