import { engineOfHost, type ClusterFile, type EngineName } from '../config/cluster.js';
import type { EventSink } from '../events.js';
import type { HostArtifacts } from '../artifacts/host-artifacts.js';
import type { ImageArchive } from '../artifacts/layout.js';
import type { Engine } from '../engines/engine.js';
import type { HostPool } from './host-pool.js';
import type { JoinSecrets } from './secrets.js';

/** What every cluster step gets: the validated cluster file, its endpoint, connections, and an event sink. */
export interface ClusterContext {
  cluster: ClusterFile;
  endpoint: { host: string; port: number };
  hosts: HostPool;
  emit: EventSink;
  /** Both engines; each host is worked on by its own (see engineFor). */
  engines: Record<EngineName, Engine>;
  /** Images of the CNI, as the hosts' runtimes have them. */
  cniImages: { flannel: string; flannelCniPlugin: string };
  /** The sandbox image containerd is told to use (kubeadm's pause for this release). */
  pauseImage: string;
  /** Every image of the release as the local artifacts list them (empty when they are not built yet). */
  imageRefs: readonly string[];
  /** The images of spec.images (archives on this machine) that control planes and workers get as well. */
  preloadImages: readonly ImageArchive[];
  /** Where the admin kubeconfig for the user is written (0600). */
  adminKubeconfigPath: string;
  /** Where the join commands with their secrets are saved for the user (0600). */
  joinCommandsPath: string;
  /** What host preparation copies to hosts, loaded on first need (a dry-run never needs it). */
  hostArtifacts: () => Promise<HostArtifacts>;
  /** Join secrets are read (or renewed) once per run, on first need. */
  secrets?: Promise<JoinSecrets>;
}

/** The engine that does the node-local work on this host (a mixed cluster names one per host). */
export function engineFor(ctx: ClusterContext, host: string): Engine {
  return ctx.engines[engineOfHost(ctx.cluster, host)];
}

export function namesWithRole(cluster: ClusterFile, role: ClusterFile['spec']['hosts'][number]['role']): string[] {
  return cluster.spec.hosts.filter((h) => h.role === role).map((h) => h.name);
}

/** The hosts that run etcd members: the etcd hosts with external etcd, the control planes when stacked. */
export function etcdHostNames(cluster: ClusterFile): string[] {
  return cluster.spec.topology === 'external' ? namesWithRole(cluster, 'etcd') : namesWithRole(cluster, 'control-plane');
}

export function firstControlPlane(cluster: ClusterFile): string {
  return namesWithRole(cluster, 'control-plane')[0]!;
}
