import { X509Certificate } from 'node:crypto';
import { posix } from 'node:path';
import { KubehaError } from '../../errors.js';
import { normalizeAltNames } from './alt-names.js';
import { CERTIFICATE_BACKDATE_MS, certList, saKeyBaseName } from './certlist.js';
import { certificatePem, createCertificate, truncateToSeconds } from './certificate.js';
import { generatePrivateKey, parsePrivateKey, privateKeyPem, publicKeyDer, publicKeyPem } from './keys.js';
export const KEY_FILE_MODE = 0o600;
export const CERT_FILE_MODE = 0o644;
/** kubeadm writes sa.pub with its key writer, so 0600 too (observed with kubeadm v1.37.2). */
export const SA_PUB_FILE_MODE = 0o600;
export function certPath(certificatesDir, baseName) {
    return posix.join(certificatesDir, `${baseName}.crt`);
}
export function keyPath(certificatesDir, baseName) {
    return posix.join(certificatesDir, `${baseName}.key`);
}
/** Loads a cert/key pair that exists and belongs together; undefined if either file is missing. */
export async function loadPair(host, dir, baseName) {
    const [certData, keyData] = await Promise.all([host.readFile(certPath(dir, baseName)), host.readFile(keyPath(dir, baseName))]);
    if (certData === undefined || keyData === undefined)
        return undefined;
    const cert = new X509Certificate(certData);
    const key = parsePrivateKey(keyData);
    if (!publicKeyDer(key).equals(cert.publicKey.export({ type: 'spki', format: 'der' }))) {
        throw new Error(`${baseName}.key does not match ${baseName}.crt`);
    }
    return { cert, key };
}
function sanIssue(cert, spec) {
    const wanted = normalizeAltNames(spec.altNames);
    for (const dns of wanted.dnsNames)
        if (cert.checkHost(dns, { wildcards: false, subject: 'never' }) === undefined)
            return `DNS name ${dns}`;
    for (const ip of wanted.ips)
        if (cert.checkIP(ip) === undefined)
            return `IP ${ip}`;
    return undefined;
}
/**
 * Creates the missing certificates and keys of kubeadm's list under `inputs.certificatesDir`, reusing every
 * existing valid pair untouched (as `kubeadm init phase certs` does). New files go to the host in one write.
 */
export async function ensurePki(host, inputs, options = {}) {
    const doing = 'creating the cluster certificates';
    const now = truncateToSeconds(options.now ?? new Date());
    const notBefore = new Date(now.getTime() - CERTIFICATE_BACKDATE_MS);
    const wanted = (name) => options.only === undefined || options.only.includes(name);
    const dir = inputs.certificatesDir;
    const specs = certList(inputs);
    const issuers = new Map();
    const files = [];
    const results = [];
    const failure = (message, cause) => new KubehaError(message, { doing, host: host.name }, cause === undefined ? undefined : { cause });
    const issuerFor = async (caName) => {
        const known = issuers.get(caName);
        if (known)
            return known;
        const caSpec = specs.find((s) => s.name === caName);
        const pair = await loadPair(host, dir, caSpec.baseName).catch((err) => {
            throw failure(`cannot load the ${caName} CA`, err);
        });
        if (pair) {
            issuers.set(caName, pair);
            return pair;
        }
        if (await host.readFile(certPath(dir, caSpec.baseName))) {
            issuers.set(caName, 'external');
            return 'external';
        }
        throw failure(`the ${caName} CA does not exist in ${dir}; create it first (phase ${caName})`);
    };
    const existingPairs = new Map(await Promise.all(specs.filter((s) => wanted(s.name)).map(async (s) => [s.name, await loadPair(host, dir, s.baseName).catch(() => undefined)])));
    const existingSaKey = wanted('sa') ? await host.readFile(posix.join(dir, `${saKeyBaseName}.key`)) : undefined;
    let saUsable = false;
    if (existingSaKey) {
        try {
            parsePrivateKey(existingSaKey);
            saUsable = true;
        }
        catch {
            // An unreadable key is replaced, as kubeadm does.
        }
    }
    // Key generation dominates the run time (RSA especially): start every key we may need at once, sa's too, so that
    // they use all cores (libuv's threadpool) while the certificates are signed as their keys arrive.
    const newKeys = new Map();
    for (const [name, pair] of existingPairs)
        if (!pair)
            newKeys.set(name, generatePrivateKey(inputs.encryptionAlgorithm));
    const saKey = wanted('sa') && !saUsable ? generatePrivateKey(inputs.encryptionAlgorithm) : undefined;
    for (const pending of [...newKeys.values(), saKey])
        pending?.catch(() => { });
    for (const spec of specs) {
        if (!wanted(spec.name))
            continue;
        const existing = existingPairs.get(spec.name);
        const isCA = spec.ca === undefined;
        if (isCA) {
            if (existing) {
                if (!existing.cert.ca)
                    throw failure(`${spec.baseName}.crt exists but is not a CA`);
                issuers.set(spec.name, existing);
                results.push({ name: spec.name, action: 'reused' });
                continue;
            }
            if (await host.readFile(certPath(dir, spec.baseName))) {
                // A CA certificate without its key: kubeadm's external CA mode; leafs must already exist.
                issuers.set(spec.name, 'external');
                results.push({ name: spec.name, action: 'reused' });
                continue;
            }
        }
        const issuer = isCA ? undefined : await issuerFor(spec.ca);
        if (existing && issuer) {
            const caCert = issuer === 'external' ? new X509Certificate((await host.readFile(certPath(dir, specs.find((s) => s.name === spec.ca).baseName)))) : issuer.cert;
            if (!existing.cert.verify(caCert.publicKey))
                throw failure(`certificate ${spec.baseName}.crt is not signed by the ${spec.ca} CA`);
            const missing = sanIssue(existing.cert, spec);
            if (missing)
                throw failure(`existing certificate ${spec.baseName}.crt is not valid for ${missing}`);
            results.push({ name: spec.name, action: 'reused' });
            continue;
        }
        if (issuer === 'external')
            throw failure(`${spec.baseName}.crt is missing and the ${spec.ca} CA key is not available (external CA)`);
        const key = await newKeys.get(spec.name);
        const validity = isCA ? inputs.caCertificateValidityPeriod : inputs.certificateValidityPeriod;
        const cert = await createCertificate({
            commonName: spec.commonName,
            organization: spec.organization,
            usages: spec.usages,
            altNames: spec.altNames,
            isCA,
            notBefore,
            notAfter: new Date(now.getTime() + validity),
        }, key, issuer);
        if (isCA)
            issuers.set(spec.name, { cert, key });
        files.push({ path: certPath(dir, spec.baseName), data: certificatePem(cert), mode: CERT_FILE_MODE }, { path: keyPath(dir, spec.baseName), data: privateKeyPem(key), mode: KEY_FILE_MODE });
        results.push({ name: spec.name, action: 'created', ...(isCA || spec.altNames.ips.length === 0 ? {} : names(spec)) });
    }
    if (wanted('sa')) {
        if (saKey === undefined)
            results.push({ name: 'sa', action: 'reused' });
        else {
            const key = await saKey;
            files.push({ path: posix.join(dir, `${saKeyBaseName}.key`), data: privateKeyPem(key), mode: KEY_FILE_MODE }, { path: posix.join(dir, `${saKeyBaseName}.pub`), data: publicKeyPem(key), mode: SA_PUB_FILE_MODE });
            results.push({ name: 'sa', action: 'created' });
        }
    }
    if (files.length > 0) {
        try {
            await host.writeFiles(files);
        }
        catch (err) {
            throw failure(`cannot write the certificates to ${dir}`, err);
        }
    }
    return results;
}
function names(spec) {
    return normalizeAltNames(spec.altNames);
}
//# sourceMappingURL=pki.js.map