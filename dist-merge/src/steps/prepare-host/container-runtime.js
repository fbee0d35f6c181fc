import { KubehaError } from '../../errors.js';
import { defineHostStep } from '../../plan/step.js';
import { userDocuments } from '../../engines/kubeadm/config.js';
import { waitFor } from '../../util/wait.js';
import { preparedHosts } from './hosts.js';
export const CONTAINERD_CONFIG = '/etc/containerd/config.toml';
/**
 * containerd 1.6 for the kubelet: the cgroup driver the kubelet uses (kubeadm's default is systemd), the
 * pause image kubeadm pins (it is imported, never pulled), and one CNI bin_dir, /opt/cni/bin, where the
 * standard plugins are linked and flannel puts its own.
 */
export function containerdConfig(options) {
    return `# kubeha: written by host preparation
version = 2
root = "/var/lib/containerd"
state = "/run/containerd"

[grpc]
  address = "/run/containerd/containerd.sock"

[plugins."io.containerd.grpc.v1.cri"]
  sandbox_image = "${options.sandboxImage}"
  # Never below containerd's own: lowering oom_score_adj is refused in a lab host (the kubelet asks -998 for
  # sandboxes), and under systemd containerd itself runs at -999.
  restrict_oom_score_adj = true
  [plugins."io.containerd.grpc.v1.cri".containerd]
    snapshotter = "overlayfs"
    default_runtime_name = "runc"
    [plugins."io.containerd.grpc.v1.cri".containerd.runtimes.runc]
      runtime_type = "io.containerd.runc.v2"
      [plugins."io.containerd.grpc.v1.cri".containerd.runtimes.runc.options]
        SystemdCgroup = ${options.systemdCgroup}
  [plugins."io.containerd.grpc.v1.cri".cni]
    bin_dir = "/opt/cni/bin"
    conf_dir = "/etc/cni/net.d"
`;
}
function render(ctx) {
    const kubelet = userDocuments(ctx.cluster).get('KubeletConfiguration') ?? {};
    return containerdConfig({ systemdCgroup: (kubelet['cgroupDriver'] ?? 'systemd') === 'systemd', sandboxImage: ctx.pauseImage });
}
const LINK_CNI_PLUGINS = 'mkdir -p /opt/cni/bin; for p in /usr/lib/cni/*; do [ -e "/opt/cni/bin/${p##*/}" ] || ln -s "$p" /opt/cni/bin/; done';
async function answers(host) {
    return (await host.exec(['ctr', 'version'], { allowFailure: true, timeoutMs: 30_000 })).code === 0;
}
/** Host preparation: containerd configured for the kubelet and running (enabled at boot). */
export const prepareContainerRuntime = defineHostStep({
    id: 'prepare/container-runtime',
    title: 'Configure and start containerd',
    needs: ['prepare/packages'],
    hosts: (c) => preparedHosts(c, 'node'),
    concurrency: () => Infinity,
    done: async (ctx, name) => {
        const host = await ctx.hosts.get(name);
        if ((await host.readFile(CONTAINERD_CONFIG))?.toString() !== render(ctx))
            return false;
        if ((await host.exec(['test', '-e', '/opt/cni/bin/loopback'], { allowFailure: true })).code !== 0)
            return false;
        return (await host.exec(['systemctl', 'is-enabled', 'containerd'], { allowFailure: true })).code === 0 && answers(host);
    },
    run: async (ctx, name) => {
        const host = await ctx.hosts.get(name);
        await host.writeFiles([{ path: CONTAINERD_CONFIG, data: render(ctx), mode: 0o644 }]);
        await host.exec(['sh', '-c', LINK_CNI_PLUGINS], { doing: 'linking the CNI plugins into /opt/cni/bin' });
        await host.exec(['systemctl', 'enable', 'containerd'], { doing: 'enabling containerd' });
        await host.exec(['systemctl', 'restart', 'containerd'], { doing: 'starting containerd' });
        await waitFor('containerd to answer', () => answers(host), 30_000, { host: name, intervalMs: 100 }).catch(async (err) => {
            const status = await host.exec(['systemctl', 'status', 'containerd'], { allowFailure: true });
            throw new KubehaError('containerd did not answer within 30 s', { doing: 'starting containerd', host: name, output: status.stdout }, { cause: err });
        });
    },
});
//# sourceMappingURL=container-runtime.js.map