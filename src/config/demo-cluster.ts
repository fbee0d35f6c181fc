// Test fixture (not itself a test file): the demo cluster file the unit tests load, on the lab's 10.250.7.0/24
// addresses: lb1 10.250.7.10 (lb2 .9, …), cp1 .11, cp2 .12, …, w1 .21, …, etcd1 .31, …
import { stringify } from 'yaml';
import { CLUSTER_API_VERSION, type EngineName, type HostSpec } from './cluster.js';

export type DemoHost = Pick<HostSpec, 'name' | 'address' | 'role'> & { engine?: EngineName };

/** How many hosts of each role, and the engine of those control planes and workers that name their own. */
export interface DemoHostCounts {
  /** default 1 */
  loadBalancers?: number;
  /** default 3 */
  controlPlanes?: number;
  /** default 1 */
  workers?: number;
  /** default 0 */
  etcd?: number;
  engines?: Record<string, EngineName>;
}

/** The demo hosts, in the order load balancers, control planes, workers, etcd. */
export function demoHosts(counts: DemoHostCounts = {}): DemoHost[] {
  const { loadBalancers = 1, controlPlanes = 3, workers = 1, etcd = 0, engines = {} } = counts;
  const engineOf = (name: string) => (engines[name] === undefined ? {} : { engine: engines[name] });
  const range = (n: number) => Array.from({ length: n }, (_, i) => i + 1);
  return [
    ...range(loadBalancers).map((i) => ({ name: `lb${i}`, address: `10.250.7.${11 - i}`, role: 'load-balancer' as const })),
    ...range(controlPlanes).map((i) => ({ name: `cp${i}`, address: `10.250.7.${10 + i}`, role: 'control-plane' as const, ...engineOf(`cp${i}`) })),
    ...range(workers).map((i) => ({ name: `w${i}`, address: `10.250.7.${20 + i}`, role: 'worker' as const, ...engineOf(`w${i}`) })),
    ...range(etcd).map((i) => ({ name: `etcd${i}`, address: `10.250.7.${30 + i}`, role: 'etcd' as const })),
  ];
}

export interface DemoClusterDocument {
  apiVersion: typeof CLUSTER_API_VERSION;
  kind: 'Cluster';
  metadata: { name: string };
  spec: { hosts: DemoHost[]; [field: string]: unknown };
}

/** The cluster document "demo" (a plain object, free to change) with these hosts and further spec fields. */
export function demoCluster(hosts: DemoHostCounts | DemoHost[] = {}, spec: Record<string, unknown> = {}): DemoClusterDocument {
  return {
    apiVersion: CLUSTER_API_VERSION,
    kind: 'Cluster',
    metadata: { name: 'demo' },
    spec: { hosts: Array.isArray(hosts) ? hosts : demoHosts(hosts), ...spec },
  };
}

/** demoCluster as cluster.yaml text, for loadCluster. */
export function demoClusterYaml(hosts: DemoHostCounts | DemoHost[] = {}, spec: Record<string, unknown> = {}): string {
  return stringify(demoCluster(hosts, spec));
}
