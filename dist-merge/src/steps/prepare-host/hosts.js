/**
 * Which hosts host preparation works on: none unless the cluster file asks for it (spec.prepareHosts).
 * `node`: every host that runs a kubelet (control planes, etcd hosts, workers); `load-balancer`: the
 * managed load balancers.
 */
export function preparedHosts(c, kind) {
    if (!c.spec.prepareHosts)
        return [];
    const managedLb = 'managed' in c.spec.loadBalancer;
    return c.spec.hosts
        .filter((h) => {
        const role = roleOf(h.role);
        if (role === 'load-balancer' && !managedLb)
            return false;
        return kind === 'all' || role === kind;
    })
        .map((h) => h.name);
}
export function roleOf(role) {
    return role === 'load-balancer' ? 'load-balancer' : 'node';
}
//# sourceMappingURL=hosts.js.map