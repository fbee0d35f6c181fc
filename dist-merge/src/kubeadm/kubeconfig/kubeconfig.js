import { X509Certificate } from 'node:crypto';
import { isIP } from 'node:net';
import { posix } from 'node:path';
import { parse, stringify } from 'yaml';
import { KubehaError } from '../../errors.js';
import { certPath, keyPath, loadPair } from '../pki/pki.js';
import { createCertificate, certificatePem, truncateToSeconds } from '../pki/certificate.js';
import { generatePrivateKey, privateKeyPem } from '../pki/keys.js';
export const KUBECONFIG_FILE_MODE = 0o600;
function hostPort(host, port) {
    return isIP(host) === 6 ? `[${host}]:${port}` : `${host}:${port}`;
}
/** The local API endpoint URL: `https://<advertiseAddress>:<bindPort>`. */
export function localApiEndpoint(inputs) {
    return `https://${hostPort(inputs.advertiseAddress, inputs.bindPort)}`;
}
/** kubeadm's controlPlaneEndpoint URL: the CPE (bindPort when it has no port), else the local endpoint. */
export function controlPlaneEndpointUrl(inputs) {
    const cpe = inputs.controlPlaneEndpoint;
    if (!cpe)
        return localApiEndpoint(inputs);
    if (/^\[[^\]]+\]:\d+$/.test(cpe) || (isIP(cpe) !== 6 && /:\d+$/.test(cpe)))
        return `https://${cpe}`;
    return `https://${hostPort(cpe.replace(/^\[|\]$/g, ''), inputs.bindPort)}`;
}
/**
 * kubeadm's kubeconfig files in `kubeconfig all` order. kubelet.conf points at the local API endpoint because
 * ControlPlaneKubeletLocalMode is on by default (observed with kubeadm v1.37.2).
 */
export function kubeconfigSpecs(inputs) {
    const cpe = controlPlaneEndpointUrl(inputs);
    const local = localApiEndpoint(inputs);
    return [
        { name: 'admin', fileName: 'admin.conf', clientName: 'kubernetes-admin', organizations: ['kubeadm:cluster-admins'], server: cpe },
        { name: 'super-admin', fileName: 'super-admin.conf', clientName: 'kubernetes-super-admin', organizations: ['system:masters'], server: cpe },
        { name: 'kubelet', fileName: 'kubelet.conf', clientName: `system:node:${inputs.nodeName}`, organizations: ['system:nodes'], server: local },
        { name: 'controller-manager', fileName: 'controller-manager.conf', clientName: 'system:kube-controller-manager', organizations: [], server: local },
        { name: 'scheduler', fileName: 'scheduler.conf', clientName: 'system:kube-scheduler', organizations: [], server: local },
    ];
}
export const kubeconfigPhaseNames = ['admin', 'super-admin', 'kubelet', 'controller-manager', 'scheduler'];
const b64 = (text) => Buffer.from(text).toString('base64');
/** Serialises a kubeconfig with the field order and layout client-go's writer produces. */
export function renderKubeconfig(content) {
    const context = `${content.userName}@${content.clusterName}`;
    const user = {};
    if (content.clientCertPem)
        user['client-certificate-data'] = b64(content.clientCertPem);
    if (content.clientKeyPem)
        user['client-key-data'] = b64(content.clientKeyPem);
    if (content.token)
        user['token'] = content.token;
    return stringify({
        apiVersion: 'v1',
        clusters: [{ cluster: { 'certificate-authority-data': b64(content.caPem), server: content.server }, name: content.clusterName }],
        contexts: [{ context: { cluster: content.clusterName, user: content.userName }, name: context }],
        'current-context': context,
        kind: 'Config',
        users: [{ name: content.userName, user }],
    }, { lineWidth: 0, indentSeq: false });
}
/** The current context's cluster of a kubeconfig (server and inline CA). */
export function currentCluster(text) {
    const doc = parse(text);
    const contextName = doc['current-context'] ?? '';
    const context = doc.contexts?.find((c) => c.name === contextName);
    const clusterName = context ? context.context.cluster : (doc.clusters?.[0]?.name ?? '');
    const cluster = doc.clusters?.find((c) => c.name === clusterName);
    if (!cluster)
        throw new Error('the kubeconfig has no cluster for its current context');
    return {
        clusterName,
        server: cluster.cluster.server ?? '',
        caPem: Buffer.from(cluster.cluster['certificate-authority-data'] ?? '', 'base64').toString(),
        // the name above is kept for callers that rebuild a kubeconfig
    };
}
/**
 * Writes the missing kubeconfig files signed by `<certificatesDir>/ca`. Existing files whose CA is this CA are
 * kept byte for byte; a file with another CA is an error, like kubeadm's.
 */
export async function ensureKubeconfigs(host, inputs, options = {}) {
    const doing = 'writing the kubeconfig files';
    const ca = await loadPair(host, inputs.certificatesDir, 'ca').catch((err) => {
        throw new KubehaError(`cannot load ${certPath(inputs.certificatesDir, 'ca')}`, { doing, host: host.name }, { cause: err });
    });
    if (!ca)
        throw new KubehaError(`${certPath(inputs.certificatesDir, 'ca')} or ${keyPath(inputs.certificatesDir, 'ca')} is missing`, { doing, host: host.name });
    const now = truncateToSeconds(options.now ?? new Date());
    const specs = kubeconfigSpecs(inputs).filter((s) => options.only === undefined || options.only.includes(s.name));
    const caPem = certificatePem(ca.cert);
    const files = [];
    const existing = await Promise.all(specs.map((s) => host.readFile(posix.join(inputs.kubeconfigDir, s.fileName))));
    const keys = specs.map((_, i) => (existing[i] ? undefined : generatePrivateKey(inputs.encryptionAlgorithm)));
    for (const k of keys)
        k?.catch(() => { });
    const results = [];
    for (const [i, spec] of specs.entries()) {
        const path = posix.join(inputs.kubeconfigDir, spec.fileName);
        const current = existing[i];
        if (current) {
            let cluster;
            try {
                cluster = currentCluster(current.toString());
            }
            catch (err) {
                throw new KubehaError(`${path} exists but cannot be read`, { doing, host: host.name }, { cause: err });
            }
            const firstCa = cluster.caPem ? new X509Certificate(cluster.caPem) : undefined;
            if (!firstCa || !firstCa.raw.equals(ca.cert.raw)) {
                throw new KubehaError(`${path} exists but does not contain a trusted CA in its current context's cluster`, { doing, host: host.name });
            }
            results.push({ name: spec.name, action: 'reused', ...(cluster.server === spec.server ? {} : { serverMismatch: cluster.server }) });
            continue;
        }
        const key = await keys[i];
        // Client certs start when the CA does (kubeadm leaves NotBefore empty, so Go's template takes the CA's).
        const cert = await createCertificate({
            commonName: spec.clientName,
            organization: spec.organizations,
            usages: ['clientAuth'],
            altNames: { dnsNames: [], ips: [] },
            isCA: false,
            notBefore: new Date(ca.cert.validFrom),
            notAfter: new Date(now.getTime() + inputs.certificateValidityPeriod),
        }, key, ca);
        files.push({
            path,
            mode: KUBECONFIG_FILE_MODE,
            data: renderKubeconfig({
                clusterName: inputs.clusterName,
                server: spec.server,
                caPem,
                userName: spec.clientName,
                clientCertPem: certificatePem(cert),
                clientKeyPem: privateKeyPem(key),
            }),
        });
        results.push({ name: spec.name, action: 'created' });
    }
    if (files.length > 0)
        await host.writeFiles(files);
    return results;
}
//# sourceMappingURL=kubeconfig.js.map