/** Ports each role needs free on a fresh host (kubeadm's preflight list). */
export const PORTS = {
    'control-plane': [6443, 2379, 2380, 10250, 10257, 10259],
    etcd: [2379, 2380, 10250],
    worker: [10250],
    'load-balancer': [6443],
};
/** The commands kubeha itself runs on a host of this role (kubeadm's own preflight checks what it runs). */
export function requiredCommands(role, cluster) {
    const always = ['sh', 'cat', 'ls', 'test', 'tar', 'base64', 'mv', 'mkdir', 'rm', 'install', 'ss', 'systemctl'];
    if (role === 'load-balancer') {
        const vip = 'managed' in cluster.spec.loadBalancer && cluster.spec.loadBalancer.managed.virtualIP !== undefined;
        return [...always, 'haproxy', 'socat', ...(vip ? ['keepalived', 'ip'] : [])];
    }
    // ctr runs etcdctl from the etcd image and imports images.
    return [...always, 'kubelet', 'kubeadm', 'kubectl', 'ctr'];
}
/** Read-only facts from a host, a handful of short commands on the open connection. */
export async function gatherFacts(host, commands = []) {
    const out = async (argv) => {
        // Generous: under load (three lab clusters on 2 cores) a `kubectl version` alone took several seconds.
        const r = await host.exec(argv, { allowFailure: true, timeoutMs: 60_000 });
        return r.code === 0 ? r.stdout.trim() : undefined;
    };
    const [missing, swaps, ipf, brnf, ss, kubelet, kubeadm, ctr, haproxy, manifests] = await Promise.all([
        out(['sh', '-c', 'for c; do command -v "$c" >/dev/null || echo "$c"; done', 'kubeha-preflight', ...commands]),
        out(['cat', '/proc/swaps']),
        out(['cat', '/proc/sys/net/ipv4/ip_forward']),
        out(['cat', '/proc/sys/net/bridge/bridge-nf-call-iptables']),
        out(['ss', '-ltnH']),
        out(['kubelet', '--version']),
        out(['kubeadm', 'version', '-o', 'short']),
        out(['test', '-S', '/run/containerd/containerd.sock']),
        out(['haproxy', '-v']),
        out(['sh', '-c', 'ls -A /etc/kubernetes/manifests /etc/kubernetes/kubelet.conf 2>/dev/null; true']),
    ]);
    const listening = (ss ?? '')
        .split('\n')
        .map((l) => /:(\d+)\s/.exec(l.split(/\s+/)[3] + ' ')?.[1])
        .filter((p) => p !== undefined)
        .map(Number);
    return {
        missingCommands: (missing ?? '').split('\n').filter(Boolean),
        swapOn: (swaps ?? '').split('\n').length > 1,
        ipForward: ipf === '1',
        bridgeNetfilter: brnf === '1',
        listening,
        ...(kubelet === undefined ? {} : { kubelet: kubelet.replace(/^Kubernetes /, '') }),
        ...(kubeadm === undefined ? {} : { kubeadm }),
        containerd: ctr !== undefined,
        haproxy: haproxy !== undefined,
        configured: (manifests ?? '').length > 0,
    };
}
/** Every problem with a host at once; nothing here changes the host. */
export function checkFacts(facts, role, version) {
    const issues = [];
    const node = role !== 'load-balancer';
    // kubelet, kubeadm and haproxy have their own checks below.
    for (const c of facts.missingCommands) {
        if (!['kubelet', 'kubeadm', 'haproxy'].includes(c))
            issues.push({ path: c, message: 'not found on the PATH' });
    }
    if (node) {
        if (facts.swapOn)
            issues.push({ path: 'swap', message: 'swap is on; the kubelet needs it off (swapoff -a)' });
        if (!facts.ipForward)
            issues.push({ path: 'net.ipv4.ip_forward', message: 'must be 1' });
        if (!facts.containerd)
            issues.push({ path: 'containerd', message: 'no container runtime socket at /run/containerd/containerd.sock' });
        if (facts.kubelet === undefined)
            issues.push({ path: 'kubelet', message: 'not found on the PATH' });
        else if (facts.kubelet !== version)
            issues.push({ path: 'kubelet', message: `version ${facts.kubelet}, the cluster is ${version}` });
        if (facts.kubeadm === undefined)
            issues.push({ path: 'kubeadm', message: 'not found on the PATH' });
        else if (facts.kubeadm !== version)
            issues.push({ path: 'kubeadm', message: `version ${facts.kubeadm}, the cluster is ${version}` });
    }
    else if (!facts.haproxy) {
        issues.push({ path: 'haproxy', message: 'not installed' });
    }
    // A host kubeha already set up listens on these ports itself; only a fresh host must have them free.
    if (!facts.configured && role !== 'load-balancer') {
        for (const port of PORTS[role] ?? []) {
            if (facts.listening.includes(port))
                issues.push({ path: `port ${port}`, message: 'already in use' });
        }
    }
    return issues;
}
//# sourceMappingURL=checks.js.map