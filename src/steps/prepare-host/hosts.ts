import type { ClusterFile } from '../../config/cluster.js';
import type { PreparedRole } from '../../artifacts/debian.js';

/**
 * Which hosts host preparation works on: none unless the cluster file asks for it (spec.prepareHosts).
 * `node`: every host that runs a kubelet (control planes, etcd hosts, workers); `load-balancer`: the
 * managed load balancers.
 */
export function preparedHosts(c: ClusterFile, kind: PreparedRole | 'all'): string[] {
  if (!c.spec.prepareHosts) return [];
  const managedLb = 'managed' in c.spec.loadBalancer;
  return c.spec.hosts
    .filter((h) => {
      const role = roleOf(h.role);
      if (role === 'load-balancer' && !managedLb) return false;
      return kind === 'all' || role === kind;
    })
    .map((h) => h.name);
}

export function roleOf(role: ClusterFile['spec']['hosts'][number]['role']): PreparedRole {
  return role === 'load-balancer' ? 'load-balancer' : 'node';
}
