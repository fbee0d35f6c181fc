import { engineOfHost } from '../config/cluster.js';
/** The engine that does the node-local work on this host (a mixed cluster names one per host). */
export function engineFor(ctx, host) {
    return ctx.engines[engineOfHost(ctx.cluster, host)];
}
export function namesWithRole(cluster, role) {
    return cluster.spec.hosts.filter((h) => h.role === role).map((h) => h.name);
}
/** The hosts that run etcd members: the etcd hosts with external etcd, the control planes when stacked. */
export function etcdHostNames(cluster) {
    return cluster.spec.topology === 'external' ? namesWithRole(cluster, 'etcd') : namesWithRole(cluster, 'control-plane');
}
export function firstControlPlane(cluster) {
    return namesWithRole(cluster, 'control-plane')[0];
}
//# sourceMappingURL=context.js.map