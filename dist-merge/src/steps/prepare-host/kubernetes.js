import { releaseContent } from '../../artifacts/host-artifacts.js';
import { pathOf } from '../../transport/content.js';
import { provideOn } from './content.js';
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
/**
 * Copies a file of the host into place atomically (staged under a hidden name in the same directory, then
 * renamed): a running kubelet keeps its old binary, and a copy cut short is never what the path names.
 */
const INSTALL = 'set -e; t="${1%/*}/.${1##*/}.kubeha-new"; cp -- "$0" "$t"; chmod 0755 "$t"; mv -f -- "$t" "$1"';
/** The named binaries at ctx's release from the local artifacts (sent by content); those already at it stay. A running kubelet keeps running its old binary. */
export async function installBinaries(ctx, name, which) {
    const host = await ctx.hosts.get(name);
    const version = ctx.cluster.spec.kubernetesVersion;
    const artifacts = await ctx.hostArtifacts();
    const versions = await installedVersions(host);
    const needed = BINARIES.filter((bin, i) => which.includes(bin) && versions[i] !== version);
    if (needed.length === 0)
        return;
    const content = needed.map((bin) => releaseContent(artifacts, `bin/${bin}`));
    const provided = await provideOn(ctx, name, 'kubelet, kubeadm, kubectl', content);
    for (const [i, bin] of needed.entries()) {
        await host.exec(['sh', '-c', INSTALL, pathOf(provided, content[i]), `${BIN_DIR}/${bin}`], { doing: `installing ${BIN_DIR}/${bin}` });
    }
}
//# sourceMappingURL=kubernetes.js.map