import { X509Certificate } from 'node:crypto';
import { KubehaError } from '../errors.js';
import { normalizeAltNames } from '../kubeadm/pki/alt-names.js';
import { CERTIFICATE_BACKDATE_MS, certList } from '../kubeadm/pki/certlist.js';
import { certificatePem, createCertificate, truncateToSeconds } from '../kubeadm/pki/certificate.js';
import { generatePrivateKey, privateKeyPem } from '../kubeadm/pki/keys.js';
import { CERT_FILE_MODE, KEY_FILE_MODE, ensurePki, loadPair } from '../kubeadm/pki/pki.js';
/** Creates the etcd CA on the first etcd host if it is missing (reused untouched otherwise), and returns it. */
export async function ensureEtcdCa(first, inputs) {
    await ensurePki(first, { ...inputs, externalEtcd: false }, { only: ['etcd-ca'] });
    const pair = await loadPair(first, inputs.certificatesDir, 'etcd/ca');
    if (!pair)
        throw new KubehaError('the etcd CA is missing after creating it', { doing: 'creating the etcd CA', host: first.name });
    return pair;
}
/** The etcd CA as the first etcd host holds it; a step that needs it runs after etcd/cluster. */
export async function readEtcdCa(first, certificatesDir) {
    const pair = await loadPair(first, certificatesDir, 'etcd/ca');
    if (!pair) {
        throw new KubehaError(`${certificatesDir}/etcd/ca.crt or ca.key is missing`, { doing: 'reading the etcd CA', host: first.name });
    }
    return pair;
}
function valid(cert, issuer, spec) {
    if (!cert.verify(issuer.cert.publicKey))
        return false;
    if (Date.parse(cert.validTo) < Date.now())
        return false;
    const wanted = normalizeAltNames(spec.altNames);
    return (wanted.dnsNames.every((d) => cert.checkHost(d, { wildcards: false, subject: 'never' }) !== undefined) &&
        wanted.ips.every((ip) => cert.checkIP(ip) !== undefined));
}
/** What leaf files (and the CA certificate) this host lacks or holds wrongly; nothing when all hold. */
export async function missingLeafFiles(host, issuer, inputs, targets, caCertPath, 
/** Every target anew (new keys, a new validity), however valid the old files are: a renewal. */
renew = false) {
    const specs = certList({ ...inputs, externalEtcd: false });
    const now = truncateToSeconds(new Date());
    const files = [];
    const caPem = certificatePem(issuer.cert);
    if ((await host.readFile(caCertPath))?.toString() !== caPem)
        files.push({ path: caCertPath, data: caPem, mode: CERT_FILE_MODE });
    for (const t of targets) {
        const spec = specs.find((s) => s.name === t.leaf);
        const [certData, keyData] = await Promise.all([host.readFile(t.certPath), host.readFile(t.keyPath)]);
        if (!renew && certData !== undefined && keyData !== undefined && valid(new X509Certificate(certData), issuer, spec))
            continue;
        const key = await generatePrivateKey(inputs.encryptionAlgorithm);
        const cert = await createCertificate({
            commonName: spec.commonName,
            organization: spec.organization,
            usages: spec.usages,
            altNames: spec.altNames,
            isCA: false,
            notBefore: new Date(now.getTime() - CERTIFICATE_BACKDATE_MS),
            notAfter: new Date(now.getTime() + inputs.certificateValidityPeriod),
        }, key, issuer);
        files.push({ path: t.certPath, data: certificatePem(cert), mode: CERT_FILE_MODE }, { path: t.keyPath, data: privateKeyPem(key), mode: KEY_FILE_MODE });
    }
    return files;
}
/** Writes what missingLeafFiles finds, in one transfer. */
export async function ensureLeafs(host, issuer, inputs, targets, caCertPath) {
    const files = await missingLeafFiles(host, issuer, inputs, targets, caCertPath);
    if (files.length > 0)
        await host.writeFiles(files);
}
/** A member's three leafs at kubeadm's paths. */
export function memberLeafTargets(certificatesDir) {
    return ['server', 'peer', 'healthcheck-client'].map((n) => ({
        leaf: `etcd-${n}`,
        certPath: `${certificatesDir}/etcd/${n}.crt`,
        keyPath: `${certificatesDir}/etcd/${n}.key`,
    }));
}
//# sourceMappingURL=etcd-pki.js.map