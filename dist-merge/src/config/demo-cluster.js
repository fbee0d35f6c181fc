// Test fixture (not itself a test file): the demo cluster file the unit tests load, on the lab's 10.250.7.0/24
// addresses: lb1 10.250.7.10 (lb2 .9, …), cp1 .11, cp2 .12, …, w1 .21, …, etcd1 .31, …
import { stringify } from 'yaml';
import { CLUSTER_API_VERSION } from './cluster.js';
/** The demo hosts, in the order load balancers, control planes, workers, etcd. */
export function demoHosts(counts = {}) {
    const { loadBalancers = 1, controlPlanes = 3, workers = 1, etcd = 0, engines = {} } = counts;
    const engineOf = (name) => (engines[name] === undefined ? {} : { engine: engines[name] });
    const range = (n) => Array.from({ length: n }, (_, i) => i + 1);
    return [
        ...range(loadBalancers).map((i) => ({ name: `lb${i}`, address: `10.250.7.${11 - i}`, role: 'load-balancer' })),
        ...range(controlPlanes).map((i) => ({ name: `cp${i}`, address: `10.250.7.${10 + i}`, role: 'control-plane', ...engineOf(`cp${i}`) })),
        ...range(workers).map((i) => ({ name: `w${i}`, address: `10.250.7.${20 + i}`, role: 'worker', ...engineOf(`w${i}`) })),
        ...range(etcd).map((i) => ({ name: `etcd${i}`, address: `10.250.7.${30 + i}`, role: 'etcd' })),
    ];
}
/** The cluster document "demo" (a plain object, free to change) with these hosts and further spec fields. */
export function demoCluster(hosts = {}, spec = {}) {
    return {
        apiVersion: CLUSTER_API_VERSION,
        kind: 'Cluster',
        metadata: { name: 'demo' },
        spec: { hosts: Array.isArray(hosts) ? hosts : demoHosts(hosts), ...spec },
    };
}
/** demoCluster as cluster.yaml text, for loadCluster. */
export function demoClusterYaml(hosts = {}, spec = {}) {
    return stringify(demoCluster(hosts, spec));
}
//# sourceMappingURL=demo-cluster.js.map