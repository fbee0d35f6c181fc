import { engineOfHost } from '../config/cluster.js';
import { doing, InputError } from '../errors.js';
import { probeConfig } from './joined.js';
import { answeringControlPlane, kubectl } from './kubectl.js';
import { openCluster } from './up.js';
import { runKubeadm } from '../engines/kubeadm/run-kubeadm.js';
/**
 * What `kubeadm reset` does on a host, so that it can join again: the kubelet stopped, its containers and
 * pods removed, the static pods, etcd's data, /etc/kubernetes, the kubelet's state and the CNI configuration
 * gone, and the iptables rules kube-proxy and flannel made flushed (kubeadm only advises that last part).
 * The kubeadm engine runs `kubeadm reset --force`; the native engine does the same by itself.
 */
/** What kubeadm reset leaves: kubeha's configs, the iptables rules and CNI links. */
const AFTER_KUBEADM_RESET = [
    'rm -f /etc/kubeha/kubeadm-init.yaml /etc/kubeha/kubeadm-join.yaml',
    // The contents, not the directory: containerd watches /etc/cni/net.d, and a directory made anew is not watched
    // (a worker reset that way and joined again stayed NotReady, "cni plugin not initialized", lab).
    'rm -rf /etc/cni/net.d/* /var/lib/cni /run/flannel',
    'for t in iptables ip6tables; do command -v $t-save >/dev/null || continue; $t-save | grep -v -e KUBE- -e FLANNEL -e CNI- | $t-restore || true; done',
    'ip link delete cni0 2>/dev/null || true; ip link delete flannel.1 2>/dev/null || true',
];
const NATIVE_RESET = [
    'systemctl stop kubelet || true',
    // Every container of the Kubernetes namespace, its task killed first.
    'for c in $(ctr -n k8s.io containers ls -q 2>/dev/null); do ctr -n k8s.io tasks kill -s SIGKILL "$c" >/dev/null 2>&1 || true; ctr -n k8s.io tasks rm -f "$c" >/dev/null 2>&1 || true; ctr -n k8s.io containers rm "$c" >/dev/null 2>&1 || true; done',
    "awk '$2 ~ \"^/var/lib/kubelet/\" {print $2}' /proc/mounts | sort -r | while read -r m; do umount \"$m\" || umount -l \"$m\"; done",
    'rm -rf /etc/kubernetes/manifests/* /etc/kubernetes/pki /etc/kubernetes/tmp /var/lib/etcd /var/lib/kubelet/*',
    'rm -f /etc/kubernetes/*.conf',
    ...AFTER_KUBEADM_RESET,
].join('\n');
export async function resetHost(cluster, host) {
    if (engineOfHost(cluster, host.name) === 'kubeadm') {
        await runKubeadm(host, ['reset', '--force'], 'kubeadm reset');
        await host.exec(['sh', '-c', AFTER_KUBEADM_RESET.join('\n')], { doing: 'cleaning up after kubeadm reset', timeoutMs: 120_000 });
        return;
    }
    await host.exec(['sh', '-c', NATIVE_RESET], { doing: 'resetting the host (what kubeadm reset does)', timeoutMs: 180_000 });
}
/** Read-only: nothing of a node is left on the host (kubeconfigs, static pods, etcd data, kubelet state). */
export async function resetLeftovers(host) {
    const r = await host.exec(['sh', '-c', 'ls -d /etc/kubernetes/*.conf /etc/kubernetes/manifests/*.yaml /var/lib/etcd/member /var/lib/kubelet/config.yaml 2>/dev/null'], { allowFailure: true });
    return r.stdout.split('\n').map((l) => l.trim()).filter(Boolean);
}
/**
 * `kubeha reset`: what `kubeadm reset` does, on the named hosts (all of the file's nodes with --all), and their
 * Nodes deleted, so that the next `up` joins them again. A control plane's etcd member is left to `up`, which
 * removes a member whose host no longer runs etcd before anything joins.
 */
export async function reset(loaded, names, options) {
    for (const n of names) {
        if (!loaded.cluster.spec.hosts.some((h) => h.name === n))
            throw new InputError('resetting hosts', [{ path: 'host', message: `no host named ${n} in the cluster file` }]);
    }
    const ctx = await openCluster(loaded, options);
    try {
        const out = [];
        for (const n of names) {
            if (ctx.hosts.spec(n).role === 'load-balancer')
                continue;
            const host = await ctx.hosts.get(n);
            await doing(`resetting ${n}`, n, () => resetHost(ctx.cluster, host));
            // Its Node goes too: `kubeadm join` refuses a name whose Node is still Ready (it stays so ~40 s after).
            const asker = ctx.hosts.spec(n).role === 'etcd' ? undefined : await answeringControlPlane(ctx, n);
            if (asker)
                await kubectl(asker, ['delete', 'node', probeConfig(ctx, n).nodeName, '--ignore-not-found', '--wait=false'], { doing: `deleting the Node of ${n}` });
            out.push({ host: n, reset: true });
        }
        return out;
    }
    finally {
        await ctx.hosts.closeAll();
    }
}
//# sourceMappingURL=reset.js.map