import { KubehaError } from '../../errors.js';
import { formatToken, generateToken } from '../../kubeadm/token/token.js';
import { certificateKey as generateCertificateKey } from '../../kubeadm/copycerts/crypto.js';
import { firstControlPlane } from '../../cluster/context.js';
import { apiReady } from '../../cluster/kubectl.js';
import { prepareSharedCerts } from '../../cluster/shared-certs.js';
import { runKubeadm } from './run-kubeadm.js';
import { controlPlaneJoinRun, INIT_PREFLIGHT, initPhaseRun, WORKER_JOIN } from './join-runs.js';
import { CERTS_CONFIG_PATH, INIT_CONFIG_PATH, JOIN_CONFIG_PATH, UPGRADE_CONFIG_PATH, writeCertsConfig, writeInitConfig, writeJoinConfig, writeUpgradeConfig } from './config.js';
import { renewableNames } from '../../kubeadm/pki/renew.js';
import { probeConfig } from '../../cluster/joined.js';
export function newToken() {
    return formatToken(generateToken());
}
export function newCertificateKey() {
    return generateCertificateKey();
}
/**
 * A worker where an earlier `kubeadm join` stopped half-way is reset before it is tried again (it holds no state).
 * Anything the join writes counts: killed after kubelet-start wrote bootstrap-kubelet.conf and the CA but before
 * kubelet.conf, a worker was refused by every later join's preflight (crash bench, seed 4242).
 */
async function resetIfHalfDone(host, doing) {
    // Only after a join of kubeha's began (its join config is there): files a user left on a fresh host are
    // kubeadm preflight's to refuse, not kubeha's to delete.
    if ((await host.readFile(JOIN_CONFIG_PATH)) === undefined)
        return;
    const written = ['/etc/kubernetes/kubelet.conf', '/etc/kubernetes/bootstrap-kubelet.conf', '/etc/kubernetes/pki/ca.crt', '/var/lib/kubelet/config.yaml'];
    const leftovers = await host.exec(['sh', '-c', `ls -A /etc/kubernetes/manifests ${written.join(' ')} 2>/dev/null`], { allowFailure: true });
    if (leftovers.stdout.trim() !== '')
        await runKubeadm(host, ['reset', '--force'], doing);
}
const run = (host, r) => runKubeadm(host, r.args, r.doing, { log: r.log });
export const kubeadmEngine = {
    name: 'kubeadm',
    async initPhase(ctx, name, phase) {
        const host = await ctx.hosts.get(name);
        // kubeadm's preflight goes with the first phase, once: it refuses what later phases leave (manifests, used ports).
        if (phase === 'certs' && (await host.readFile('/etc/kubernetes/pki/ca.crt')) === undefined)
            await run(host, INIT_PREFLIGHT);
        await run(host, initPhaseRun(phase));
    },
    async renewJoinSecrets(ctx, state) {
        const host = await ctx.hosts.get(firstControlPlane(ctx.cluster));
        if (!(await apiReady(host))) {
            throw new KubehaError('the first control plane is not ready', { doing: 'renewing the join secrets', host: host.name });
        }
        const upload = ctx.cluster.spec.certificates === 'upload';
        let token = state.token ?? '';
        if (!state.tokenAlive) {
            token = newToken();
            await runKubeadm(host, ['token', 'create', token, '--ttl', '24h'], 'creating a bootstrap token');
        }
        const certificateKey = upload ? (state.certsAlive ? state.certificateKey : newCertificateKey()) : undefined;
        await writeInitConfig(ctx, host, { token, ...(certificateKey === undefined ? {} : { certificateKey }) });
        if (!state.certsAlive) {
            // The 2-hour Secret is gone: re-upload with a fresh key, from the same config (external etcd files included).
            await runKubeadm(host, ['init', 'phase', 'upload-certs', '--upload-certs', '--config', INIT_CONFIG_PATH], 'uploading the certificates again');
        }
        return { token, certificateKey: certificateKey ?? '', caCertHash: state.caCertHash };
    },
    async joinControlPlane(ctx, name, phase, secrets) {
        const host = await ctx.hosts.get(name);
        let withPreflight = false;
        if (phase === 'control-plane-prepare') {
            withPreflight = (await host.readFile(JOIN_CONFIG_PATH)) === undefined;
            if (ctx.cluster.spec.certificates === 'manual')
                await prepareSharedCerts(ctx, host);
        }
        await writeJoinConfig(ctx, host, secrets);
        await run(host, controlPlaneJoinRun(phase, withPreflight));
    },
    async joinWorker(ctx, name, secrets) {
        const host = await ctx.hosts.get(name);
        await resetIfHalfDone(host, 'cleaning up an interrupted kubeadm join');
        await writeJoinConfig(ctx, host, secrets);
        await run(host, WORKER_JOIN);
    },
    async upgradeControlPlane(ctx, name, { first }) {
        const host = await ctx.hosts.get(name);
        const version = ctx.cluster.spec.kubernetesVersion;
        // kubeadm reads the cluster's configuration from kubeadm-config, and the target from the UpgradeConfiguration;
        // the images are on the host already.
        await writeUpgradeConfig(ctx, host);
        if (first)
            await runKubeadm(host, ['upgrade', 'apply', '--config', UPGRADE_CONFIG_PATH, '--yes'], `upgrading the control plane to ${version} (kubeadm upgrade apply)`);
        else
            await runKubeadm(host, ['upgrade', 'node', '--config', UPGRADE_CONFIG_PATH], `upgrading the control plane to ${version} (kubeadm upgrade node)`);
    },
    async upgradeWorker(ctx, name) {
        const host = await ctx.hosts.get(name);
        await writeUpgradeConfig(ctx, host);
        await runKubeadm(host, ['upgrade', 'node', '--config', UPGRADE_CONFIG_PATH], 'writing the kubelet configuration (kubeadm upgrade node)');
    },
    async renewCertificates(ctx, name, names) {
        const host = await ctx.hosts.get(name);
        await writeCertsConfig(ctx, host);
        const all = renewableNames(probeConfig(ctx, name).cluster.etcd.external !== undefined);
        const runs = all.every((n) => names.includes(n)) ? ['all'] : names;
        for (const what of runs) {
            await runKubeadm(host, ['certs', 'renew', what, '--config', CERTS_CONFIG_PATH], `renewing ${what === 'all' ? 'the certificates' : what} (kubeadm certs renew ${what})`);
        }
    },
    async reissueApiserverCertificate(ctx, name) {
        const host = await ctx.hosts.get(name);
        await writeCertsConfig(ctx, host);
        const dir = probeConfig(ctx, name).cluster.certificatesDir;
        // kubeadm keeps a valid pair whatever its SANs; the old one is set aside and put back if kubeadm fails.
        const set = (from, to) => host.exec(['sh', '-c', 'mv -f -- "$1.crt" "$2.crt" && mv -f -- "$1.key" "$2.key"', 'kubeha-mv', from, to], { doing: 'setting the old apiserver certificate aside' });
        await set(`${dir}/apiserver`, `${dir}/.apiserver-before-sans`);
        try {
            await runKubeadm(host, ['init', 'phase', 'certs', 'apiserver', '--config', CERTS_CONFIG_PATH], 'issuing the apiserver certificate again (kubeadm init phase certs apiserver)');
        }
        catch (err) {
            await set(`${dir}/.apiserver-before-sans`, `${dir}/apiserver`).catch(() => { });
            throw err;
        }
        await host.exec(['rm', '-f', `${dir}/.apiserver-before-sans.crt`, `${dir}/.apiserver-before-sans.key`], { doing: 'removing the old apiserver certificate' });
    },
};
//# sourceMappingURL=kubeadm-engine.js.map