import type { ClusterFile } from '../config/cluster.js';
import type { EventSink } from '../events.js';
import type { Engine } from '../engines/engine.js';
import type { HostPool } from './host-pool.js';
import type { JoinSecrets } from './secrets.js';

/** What every cluster step gets: the validated cluster file, its endpoint, connections, and an event sink. */
export interface ClusterContext {
  cluster: ClusterFile;
  endpoint: { host: string; port: number };
  hosts: HostPool;
  emit: EventSink;
  engine: Engine;
  /** Images of the CNI, as the hosts' runtimes have them. */
  cniImages: { flannel: string; flannelCniPlugin: string };
  /** Where the admin kubeconfig for the user is written (0600). */
  adminKubeconfigPath: string;
  /** Where the join commands with their secrets are saved for the user (0600). */
  joinCommandsPath: string;
  /** Join secrets are read (or renewed) once per run, on first need. */
  secrets?: Promise<JoinSecrets>;
}

export function joinSecrets(ctx: ClusterContext): Promise<JoinSecrets> {
  ctx.secrets ??= ctx.engine.joinSecrets(ctx);
  ctx.secrets.catch(() => {
    ctx.secrets = undefined;
  });
  return ctx.secrets;
}

export function namesWithRole(cluster: ClusterFile, role: ClusterFile['spec']['hosts'][number]['role']): string[] {
  return cluster.spec.hosts.filter((h) => h.role === role).map((h) => h.name);
}

export function firstControlPlane(cluster: ClusterFile): string {
  return namesWithRole(cluster, 'control-plane')[0]!;
}
