import type { ClusterFile } from '../../config/cluster.js';
import type { PreparedRole } from '../../artifacts/debian.js';
/**
 * Which hosts host preparation works on: none unless the cluster file asks for it (spec.prepareHosts).
 * `node`: every host that runs a kubelet (control planes, etcd hosts, workers); `load-balancer`: the
 * managed load balancers.
 */
export declare function preparedHosts(c: ClusterFile, kind: PreparedRole | 'all'): string[];
export declare function roleOf(role: ClusterFile['spec']['hosts'][number]['role']): PreparedRole;
