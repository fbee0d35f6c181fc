import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { defineHostStep } from '../../plan/step.js';
import { preparedHosts } from './hosts.js';
import { PreconditionError } from '../../errors.js';
import { compareVersions, parseVersion } from '../../cluster/version-skew.js';
/** Where the kubelet, kubeadm and kubectl packages put them. */
export const BIN_DIR = '/usr/bin';
export const BINARIES = ['kubelet', 'kubeadm', 'kubectl'];
/** The kubelet unit and kubeadm's drop-in, as the kubelet and kubeadm packages install them (systemd hosts). */
export const KUBELET_UNIT = {
    path: '/usr/lib/systemd/system/kubelet.service',
    data: `[Unit]
Description=kubelet: The Kubernetes Node Agent
Wants=network-online.target
After=network-online.target

[Service]
ExecStart=${BIN_DIR}/kubelet
Restart=always
StartLimitInterval=0
RestartSec=10

[Install]
WantedBy=multi-user.target
`,
    mode: 0o644,
};
export const KUBEADM_DROP_IN = {
    path: '/usr/lib/systemd/system/kubelet.service.d/10-kubeadm.conf',
    data: `[Service]
Environment="KUBELET_KUBECONFIG_ARGS=--bootstrap-kubeconfig=/etc/kubernetes/bootstrap-kubelet.conf --kubeconfig=/etc/kubernetes/kubelet.conf"
Environment="KUBELET_CONFIG_ARGS=--config=/var/lib/kubelet/config.yaml"
EnvironmentFile=-/var/lib/kubelet/kubeadm-flags.env
EnvironmentFile=-/etc/default/kubelet
ExecStart=
ExecStart=${BIN_DIR}/kubelet $KUBELET_KUBECONFIG_ARGS $KUBELET_CONFIG_ARGS $KUBELET_KUBEADM_ARGS $KUBELET_EXTRA_ARGS
`,
    mode: 0o644,
};
/** The version each binary reports (kubelet, kubeadm, kubectl), if it is there: kubelet and kubeadm as preflight reads them. */
export async function installedVersions(host) {
    const out = async (argv) => {
        // Generous: under load (three lab clusters on 2 cores) a `kubectl version` alone took several seconds.
        const r = await host.exec(argv, { allowFailure: true, timeoutMs: 60_000 });
        return r.code === 0 ? r.stdout.trim() : undefined;
    };
    const [kubelet, kubeadm, kubectl] = await Promise.all([
        out(['kubelet', '--version']),
        out(['kubeadm', 'version', '-o', 'short']),
        out(['kubectl', 'version', '--client', '-o', 'json']),
    ]);
    let client;
    try {
        client = kubectl === undefined ? undefined : JSON.parse(kubectl).clientVersion?.gitVersion;
    }
    catch {
        client = undefined;
    }
    return [kubelet?.replace(/^Kubernetes /, ''), kubeadm, client];
}
/**
 * Host preparation (kubeadm's "Installing kubeadm, kubelet and kubectl"): the release's binaries from the
 * local artifacts, the kubelet unit on systemd hosts, and the kubelet enabled (it restarts until kubeadm
 * has written its configuration). Binaries already at the cluster's version stay.
 */
export const prepareKubernetes = defineHostStep({
    id: 'prepare/kubernetes',
    title: 'Install kubelet, kubeadm and kubectl',
    needs: [],
    hosts: (c) => preparedHosts(c, 'node'),
    concurrency: () => Infinity,
    done: async (ctx, name) => {
        const host = await ctx.hosts.get(name);
        const version = ctx.cluster.spec.kubernetesVersion;
        if ((await installedVersions(host)).some((v) => v !== version))
            return false;
        return (await host.exec(['systemctl', 'is-enabled', 'kubelet'], { allowFailure: true })).code === 0;
    },
    run: async (ctx, name) => {
        const host = await ctx.hosts.get(name);
        const version = ctx.cluster.spec.kubernetesVersion;
        const [kubelet] = await installedVersions(host);
        const installed = kubelet === undefined ? undefined : parseVersion(kubelet);
        if (installed && compareVersions(installed, parseVersion(version)) > 0) {
            // After `kubeha upgrade` the file still names the old release: installing it would downgrade the node.
            throw new PreconditionError(`the kubelet here is ${kubelet}, newer than the file's spec.kubernetesVersion ${version}: set it to ${kubelet} (kubeha does not downgrade)`, {
                doing: 'installing kubelet, kubeadm and kubectl',
                host: name,
            });
        }
        await installBinaries(ctx, name, BINARIES);
        const systemd = (await host.exec(['test', '-d', '/run/systemd/system'], { allowFailure: true })).code === 0;
        if (systemd) {
            await host.writeFiles([KUBELET_UNIT, KUBEADM_DROP_IN]);
            await host.exec(['systemctl', 'daemon-reload'], { doing: 'reloading systemd' });
        }
        await host.exec(['systemctl', 'enable', '--now', 'kubelet'], { doing: 'enabling the kubelet' });
    },
});
/** The named binaries at ctx's release from the local artifacts; those already at it stay. A running kubelet keeps running its old binary. */
export async function installBinaries(ctx, name, which) {
    const host = await ctx.hosts.get(name);
    const version = ctx.cluster.spec.kubernetesVersion;
    const { kubernetes } = await ctx.hostArtifacts();
    const versions = await installedVersions(host);
    // One binary per transfer: each is tens of MB and the whole transfer is held in memory.
    for (const [i, bin] of BINARIES.entries()) {
        if (!which.includes(bin) || versions[i] === version)
            continue;
        await host.writeFiles([{ path: `${BIN_DIR}/${bin}`, data: await readFile(join(kubernetes.binDir, bin)), mode: 0o755 }]);
    }
}
//# sourceMappingURL=kubernetes.js.map