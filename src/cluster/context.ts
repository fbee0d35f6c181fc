import type { ClusterFile } from '../config/cluster.js';
import type { EventSink } from '../events.js';
import type { HostPool } from './host-pool.js';

/** What every cluster step gets: the validated cluster file, its endpoint, connections, and an event sink. */
export interface ClusterContext {
  cluster: ClusterFile;
  endpoint: { host: string; port: number };
  hosts: HostPool;
  emit: EventSink;
}

export function namesWithRole(cluster: ClusterFile, role: ClusterFile['spec']['hosts'][number]['role']): string[] {
  return cluster.spec.hosts.filter((h) => h.role === role).map((h) => h.name);
}

export function firstControlPlane(cluster: ClusterFile): string {
  return namesWithRole(cluster, 'control-plane')[0]!;
}
