import { KubehaError } from '../errors.js';
import { SA_PUB_FILE_MODE } from '../kubeadm/pki/pki.js';
import { JOIN_CONFIG_PATH } from '../engines/kubeadm/config.js';
import { firstControlPlane } from './context.js';
const PKI = '/etc/kubernetes/pki';
/**
 * Manual certificate distribution: exactly what the guide lists and nothing more; every other certificate
 * is generated on the joining host with its own SANs. etcd/ca.key only with stacked etcd.
 *
 * External etcd: etcd/ca.crt is then the etcd.external caFile, and the joining control plane also needs the
 * etcd.external certFile/keyFile (apiserver-etcd-client), as the guide's external-etcd note says and as
 * kubeadm's own join preflight requires without a certificate key. That client certificate carries no SANs,
 * so the first control plane's copy is valid on every control plane (kubeadm-certs shares it the same way).
 * kubeha's etcd.external paths are these standard ones (src/engines/kubeadm/config.ts).
 */
export function sharedCertFiles(topology) {
    const files = ['ca.crt', 'ca.key', 'sa.key', 'sa.pub', 'front-proxy-ca.crt', 'front-proxy-ca.key', 'etcd/ca.crt'];
    if (topology === 'stacked')
        files.push('etcd/ca.key');
    else
        files.push('apiserver-etcd-client.crt', 'apiserver-etcd-client.key');
    return files.map((f) => `${PKI}/${f}`);
}
/** Host-specific files whose presence before a join means someone copied too much (wrong SANs). */
export const NODE_SPECIFIC_CERTS = [
    'apiserver.crt',
    'apiserver.key',
    'apiserver-kubelet-client.crt',
    'front-proxy-client.crt',
    'etcd/server.crt',
    'etcd/peer.crt',
    'etcd/healthcheck-client.crt',
].map((f) => `${PKI}/${f}`);
/** Refuses, before anything is changed, a joining host that already holds node-specific certificates. */
export async function refuseCopiedNodeCerts(host, topology) {
    const present = [];
    for (const path of NODE_SPECIFIC_CERTS) {
        if (topology === 'external' && path.includes('/etcd/'))
            continue;
        if ((await host.readFile(path)) !== undefined)
            present.push(path);
    }
    if (present.length > 0) {
        throw new KubehaError(`${host.name} already holds ${present.join(', ')} before its join: node-specific certificates copied from another host carry that host's SANs and break the join; remove them and copy only the shared CA and service-account files (nothing was changed on ${host.name})`, { doing: 'checking the certificates before a control-plane join', host: host.name });
    }
}
function modeOf(path) {
    if (path.endsWith('.key'))
        return 0o600;
    // kubeadm writes sa.pub with its key writer; keep the same mode on every control plane.
    if (path.endsWith('/sa.pub'))
        return SA_PUB_FILE_MODE;
    return 0o644;
}
/** Copies the shared files from the first control plane in one transfer, keys 0600, certificates 0644. */
export async function copySharedCerts(from, to, topology) {
    const files = [];
    for (const path of sharedCertFiles(topology)) {
        const data = await from.readFile(path);
        if (data === undefined)
            throw new KubehaError(`${path} is missing`, { doing: 'reading the shared certificates', host: from.name });
        files.push({ path, data, mode: modeOf(path) });
    }
    await to.writeFiles(files);
}
/**
 * Manual certificate distribution before a control-plane join: the node-specific certificates are refused
 * only before kubeha's join config exists on the host (after that, they are the ones an interrupted join of
 * this host made), then the shared files are copied from the first control plane.
 */
export async function prepareSharedCerts(ctx, host) {
    const topology = ctx.cluster.spec.topology;
    if ((await host.readFile(JOIN_CONFIG_PATH)) === undefined)
        await refuseCopiedNodeCerts(host, topology);
    await copySharedCerts(await ctx.hosts.get(firstControlPlane(ctx.cluster)), host, topology);
}
//# sourceMappingURL=shared-certs.js.map