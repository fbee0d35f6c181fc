import { X509Certificate } from 'node:crypto';
import { posix } from 'node:path';
import { parse, stringify } from 'yaml';
import { KubehaError } from '../../errors.js';
import { normalizeAltNames } from './alt-names.js';
import { CERTIFICATE_BACKDATE_MS, certList } from './certlist.js';
import { certificatePem, createCertificate, truncateToSeconds } from './certificate.js';
import { generatePrivateKey, privateKeyPem } from './keys.js';
import { CERT_FILE_MODE, KEY_FILE_MODE, certPath, keyPath, loadPair } from './pki.js';
import * as x509 from './x509.js';
/**
 * `kubeadm certs renew`: every leaf certificate of kubeadm's list and the client certificates of the kubeconfig
 * files it manages, signed again by the local CA with a new key and a new validity, keeping each certificate's
 * subject and SANs ("extra attributes such as SANs will be based on the existing file/certificates",
 * `kubeadm certs renew --help`). CAs are not renewed; a CA without its key (external CA) cannot sign.
 */
/** The kubeconfig files whose client certificate kubeadm renews (kubelet.conf: the kubelet rotates its own). */
export const RENEWED_KUBECONFIGS = ['admin.conf', 'super-admin.conf', 'controller-manager.conf', 'scheduler.conf'];
/** `kubeadm certs renew`'s sub-commands in its order (without `all`), for this PKI (external etcd: no etcd ones). */
export function renewableNames(externalEtcd) {
    const leafs = certList({ ...NAMES_ONLY, externalEtcd }).filter((s) => s.ca !== undefined).map((s) => s.name);
    return [...RENEWED_KUBECONFIGS, ...leafs];
}
/** What an external etcd member holds, by kubeadm's names (`kubeadm certs renew` on an etcd host renews these). */
export const ETCD_MEMBER_NAMES = ['etcd-server', 'etcd-peer', 'etcd-healthcheck-client'];
/**
 * The static pod that reads each renewable file (kubeadm's manifests: the flags naming it), so that a renewal
 * restarts just those. admin.conf and super-admin.conf are clients' files; etcd-healthcheck-client is etcdctl's
 * (the kubelet's probe of etcd is plain HTTP on 127.0.0.1:2381).
 */
const READER = {
    'controller-manager.conf': 'kube-controller-manager',
    'scheduler.conf': 'kube-scheduler',
    apiserver: 'kube-apiserver',
    'apiserver-kubelet-client': 'kube-apiserver',
    'front-proxy-client': 'kube-apiserver',
    'apiserver-etcd-client': 'kube-apiserver',
    'etcd-server': 'etcd',
    'etcd-peer': 'etcd',
};
/** The static pods to restart after renewing `names`, etcd first (the apiserver is its client), then kubeadm's order. */
export function readersOf(names) {
    const wanted = new Set(names.map((n) => READER[n]).filter((c) => c !== undefined));
    return ['etcd', 'kube-apiserver', 'kube-controller-manager', 'kube-scheduler'].filter((c) => wanted.has(c));
}
const NAMES_ONLY = {
    nodeName: 'n',
    advertiseAddress: '127.0.0.1',
    serviceSubnet: '10.96.0.0/12',
    dnsDomain: 'cluster.local',
    certSANs: [],
    etcdServerSANs: [],
    etcdPeerSANs: [],
    encryptionAlgorithm: 'RSA-2048',
    certificateValidityPeriod: 0,
    caCertificateValidityPeriod: 0,
    externalEtcd: false,
    certificatesDir: '/',
};
/** The DNS names and IPs of a certificate's SubjectAltName extension. */
export function altNamesOf(cert) {
    const ext = new x509.X509Certificate(cert.raw).getExtension(x509.SubjectAlternativeNameExtension);
    const items = ext?.names.items ?? [];
    return {
        dnsNames: items.filter((n) => n.type === 'dns').map((n) => n.value),
        ips: items.filter((n) => n.type === 'ip').map((n) => n.value),
    };
}
/** The SANs of `spec` the certificate lacks ("DNS:name" / "IP:addr"); empty when it has them all. */
export function missingSans(cert, spec) {
    const wanted = normalizeAltNames(spec.altNames);
    return [
        ...wanted.dnsNames.filter((d) => cert.checkHost(d, { wildcards: false, subject: 'never' }) === undefined).map((d) => `DNS:${d}`),
        ...wanted.ips.filter((ip) => cert.checkIP(ip) === undefined).map((ip) => `IP:${ip}`),
    ];
}
function subjectOf(cert) {
    const name = new x509.X509Certificate(cert.raw).subjectName;
    return { commonName: name.getField('CN')[0] ?? '', organization: name.getField('O') };
}
/**
 * Renews `names` (kubeadm's names: `apiserver`, `admin.conf`, …) on this host in one write. A missing file is
 * skipped (kubeadm prints "MISSING!" and goes on); an unknown name, or a CA whose key is absent, is an error
 * naming it, and then nothing is written.
 */
export async function renewCertificates(host, inputs, names, now = new Date()) {
    const doing = 'renewing the certificates';
    const fail = (message, cause) => new KubehaError(message, { doing, host: host.name }, cause === undefined ? undefined : { cause });
    const dir = inputs.pki.certificatesDir;
    const specs = certList(inputs.pki);
    const start = truncateToSeconds(now);
    const notAfter = new Date(start.getTime() + inputs.pki.certificateValidityPeriod);
    const issuers = new Map(inputs.issuers ?? []);
    const issuer = async (caName) => {
        const known = issuers.get(caName);
        if (known)
            return known;
        const caSpec = specs.find((s) => s.name === caName);
        const pair = await loadPair(host, dir, caSpec.baseName).catch((err) => {
            throw fail(`cannot load the ${caName} CA`, err);
        });
        if (!pair)
            throw fail(`the ${caName} CA's key ${keyPath(dir, caSpec.baseName)} is missing: certificates it signs cannot be renewed here (external CA)`);
        issuers.set(caName, pair);
        return pair;
    };
    const files = [];
    const renewed = [];
    for (const name of names) {
        const kubeconfig = RENEWED_KUBECONFIGS.includes(name);
        const spec = specs.find((s) => s.name === name && s.ca !== undefined);
        if (!kubeconfig && !spec)
            throw fail(`${name} is not a certificate kubeadm renews (${renewableNames(inputs.pki.externalEtcd).join(', ')})`);
        const key = await generatePrivateKey(inputs.pki.encryptionAlgorithm);
        if (spec) {
            const data = await host.readFile(certPath(dir, spec.baseName));
            if (data === undefined) {
                renewed.push({ name });
                continue;
            }
            const old = new X509Certificate(data);
            const ca = await issuer(spec.ca);
            const cert = await createCertificate({ ...subjectOf(old), usages: spec.usages, altNames: altNamesOf(old), isCA: false, notBefore: new Date(start.getTime() - CERTIFICATE_BACKDATE_MS), notAfter }, key, ca);
            files.push({ path: certPath(dir, spec.baseName), data: certificatePem(cert), mode: CERT_FILE_MODE }, { path: keyPath(dir, spec.baseName), data: privateKeyPem(key), mode: KEY_FILE_MODE });
            renewed.push({ name, notAfter });
            continue;
        }
        const path = posix.join(inputs.kubeconfigDir, name);
        const text = (await host.readFile(path))?.toString('utf8');
        if (text === undefined) {
            renewed.push({ name });
            continue;
        }
        const doc = parse(text);
        const user = currentUser(doc);
        const oldPem = user?.['client-certificate-data'];
        if (!user || typeof oldPem !== 'string')
            throw fail(`${path} has no embedded client certificate in its current context`);
        const old = new X509Certificate(Buffer.from(oldPem, 'base64'));
        const ca = await issuer('ca');
        // Client certificates start when the CA does, as kubeadm writes them.
        const cert = await createCertificate({ ...subjectOf(old), usages: ['clientAuth'], altNames: { dnsNames: [], ips: [] }, isCA: false, notBefore: new Date(ca.cert.validFrom), notAfter }, key, ca);
        user['client-certificate-data'] = Buffer.from(certificatePem(cert)).toString('base64');
        user['client-key-data'] = Buffer.from(privateKeyPem(key)).toString('base64');
        files.push({ path, data: stringify(doc, { lineWidth: 0, indentSeq: false }), mode: 0o600 });
        renewed.push({ name, notAfter });
    }
    if (files.length > 0)
        await host.writeFiles(files);
    return renewed;
}
function currentUser(doc) {
    const context = doc.contexts?.find((c) => c.name === doc['current-context']);
    return doc.users?.find((u) => u.name === context?.context.user)?.user;
}
/**
 * A new apiserver serving certificate for the SANs `pki` asks for now (kubeadm's `init phase certs apiserver`
 * after the old pair is removed), signed by this host's CA with a new key.
 */
export async function reissueApiserverCertificate(host, pki, now = new Date()) {
    const spec = certList(pki).find((s) => s.name === 'apiserver');
    const ca = await loadPair(host, pki.certificatesDir, 'ca');
    if (!ca)
        throw new KubehaError(`the CA key ${keyPath(pki.certificatesDir, 'ca')} is missing: the apiserver certificate cannot be signed here`, { doing: 'adding SANs to the apiserver certificate', host: host.name });
    const start = truncateToSeconds(now);
    const key = await generatePrivateKey(pki.encryptionAlgorithm);
    const cert = await createCertificate({
        commonName: spec.commonName,
        organization: spec.organization,
        usages: spec.usages,
        altNames: spec.altNames,
        isCA: false,
        notBefore: new Date(start.getTime() - CERTIFICATE_BACKDATE_MS),
        notAfter: new Date(start.getTime() + pki.certificateValidityPeriod),
    }, key, ca);
    await host.writeFiles([
        { path: certPath(pki.certificatesDir, 'apiserver'), data: certificatePem(cert), mode: CERT_FILE_MODE },
        { path: keyPath(pki.certificatesDir, 'apiserver'), data: privateKeyPem(key), mode: KEY_FILE_MODE },
    ]);
}
//# sourceMappingURL=renew.js.map