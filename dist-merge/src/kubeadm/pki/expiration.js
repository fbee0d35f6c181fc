import { X509Certificate } from 'node:crypto';
import { posix } from 'node:path';
import { parse } from 'yaml';
import { KubehaError } from '../../errors.js';
import { tabwrite } from '../../util/tabwriter.js';
import { certList, pkiDefaults } from './certlist.js';
import { parsePrivateKey } from './keys.js';
import { certPath, keyPath } from './pki.js';
/**
 * `kubeadm certs check-expiration`, in two pure halves: {@link certificateExpirationInfo} (which certificates,
 * their expiry, over the files' contents) and {@link formatCertificateExpiration} (kubeadm's text output).
 * {@link checkExpiration} reads the files from a host and runs the first.
 */
/** Where kubeadm reads admin.conf, super-admin.conf, controller-manager.conf and scheduler.conf; it has no flag for it. */
export const KUBERNETES_DIR = '/etc/kubernetes';
const DOING = 'checking certificate expiration';
/** kubeadm's renewal manager: client certificates of these kubeconfig files (not kubelet.conf: the kubelet rotates it). */
const KUBECONFIG_FILES = ['admin.conf', 'super-admin.conf', 'controller-manager.conf', 'scheduler.conf'];
/** Per CA base name: its UX name and the leaves kubeadm validates when the CA key is absent (the external CA case). */
const EXTERNAL_CA_CHECKS = {
    ca: {
        ux: 'CA',
        leaves: [
            ['apiserver', 'API server'],
            ['apiserver-kubelet-client', 'API server kubelet client'],
        ],
    },
    'front-proxy-ca': { ux: 'front-proxy CA', leaves: [['front-proxy-client', 'front-proxy client']] },
    'etcd/ca': {
        ux: 'etcd CA',
        leaves: [
            ['apiserver-etcd-client', 'apiserver etcd client'],
            ['etcd/server', 'etcd server'],
            ['etcd/peer', 'etcd peer'],
            ['etcd/healthcheck-client', 'etcd health-check client'],
        ],
    },
};
/** Go's string order (bytes; the names are ASCII). */
const byName = (a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
function handlers(options) {
    // Only names, base names and signers are used; the SAN inputs do not matter here.
    const specs = certList({ ...pkiDefaults, nodeName: 'n', advertiseAddress: '127.0.0.1', certSANs: [], etcdServerSANs: [], etcdPeerSANs: [], externalEtcd: options.externalEtcd });
    const caSpecs = new Map(specs.filter((s) => s.ca === undefined).map((s) => [s.name, s]));
    const certificates = [];
    for (const spec of specs) {
        if (spec.ca === undefined)
            continue;
        const ca = caSpecs.get(spec.ca);
        certificates.push({ name: spec.name, caName: ca.name, caBaseName: ca.baseName, kind: 'pki', path: certPath(options.certificatesDir, spec.baseName) });
    }
    for (const file of KUBECONFIG_FILES) {
        certificates.push({ name: file, caName: 'ca', caBaseName: 'ca', kind: 'kubeconfig', path: posix.join(options.kubernetesDir, file) });
    }
    // The CAs listed are those that sign a certificate of the list.
    const cas = [...caSpecs.values()]
        .filter((ca) => specs.some((s) => s.ca === ca.name))
        .map((ca) => ({ name: ca.name, baseName: ca.baseName, path: certPath(options.certificatesDir, ca.baseName) }));
    return { certificates: certificates.sort(byName), cas: cas.sort(byName) };
}
/** Every file {@link certificateExpirationInfo} may look at. */
export function expirationFilePaths(options) {
    const { certificates, cas } = handlers(options);
    const paths = new Set();
    for (const h of certificates)
        paths.add(h.path);
    for (const ca of cas) {
        paths.add(ca.path);
        paths.add(keyPath(options.certificatesDir, ca.baseName));
        for (const [leaf] of EXTERNAL_CA_CHECKS[ca.baseName]?.leaves ?? []) {
            paths.add(certPath(options.certificatesDir, leaf));
            paths.add(keyPath(options.certificatesDir, leaf));
        }
    }
    return [...paths];
}
function fail(message) {
    throw new KubehaError(message, { doing: DOING });
}
/** client-go's ParseCertsPEM: every CERTIFICATE block without headers, in order; none is an error. */
function parseCertsPem(data, what) {
    const text = Buffer.from(data).toString('latin1');
    const certs = [];
    for (const m of text.matchAll(/-----BEGIN ([^\n-]*)-----\r?\n([\s\S]*?)-----END \1-----/g)) {
        if (m[1] !== 'CERTIFICATE' || m[2].includes(':'))
            continue;
        try {
            certs.push(new X509Certificate(Buffer.from(m[2].replace(/\s+/g, ''), 'base64')));
        }
        catch (err) {
            fail(`${what}: ${err.message}`);
        }
    }
    if (certs.length === 0)
        fail(`${what}: data does not contain any valid RSA or ECDSA certificates`);
    return certs;
}
const notBefore = (c) => new Date(Date.parse(c.validFrom));
const notAfter = (c) => new Date(Date.parse(c.validTo));
function timeIssue(c, now) {
    if (now < notBefore(c))
        return `current time ${rfc3339(now)} is before ${rfc3339(notBefore(c))}`;
    if (now > notAfter(c))
        return `current time ${rfc3339(now)} is after ${rfc3339(notAfter(c))}`;
    return undefined;
}
const rfc3339 = (d) => d.toISOString().replace(/\.\d{3}Z$/, 'Z');
/** Go's Certificate.Verify with the CA as the only root (kubeadm's VerifyCertChain), reduced to what matters here. */
function chainIssue(leaf, intermediates, root, now) {
    const leafTime = timeIssue(leaf, now);
    if (leafTime)
        return `x509: certificate has expired or is not yet valid: ${leafTime}`;
    if (leaf.raw.equals(root.raw))
        return undefined;
    const signs = (parent, child) => parent.ca && child.issuer === parent.subject && child.verify(parent.publicKey);
    const search = (child, chain) => {
        if (signs(root, child) && !timeIssue(root, now))
            return true;
        return intermediates.some((i) => !chain.some((c) => c.raw.equals(i.raw)) && signs(i, child) && !timeIssue(i, now) && search(i, [...chain, i]));
    };
    return search(leaf, [leaf]) ? undefined : 'x509: certificate signed by unknown authority';
}
/**
 * kubeadm's certificate expiration info for these files (absolute path → contents; absent = missing), at `now`.
 * Throws, as kubeadm fails, when a present certificate cannot be read or its CA's external mode is inconsistent.
 */
export function certificateExpirationInfo(files, options, now) {
    const dir = options.certificatesDir;
    const externallyManaged = new Map();
    // kubeadm's UsingExternalCA / UsingExternalFrontProxyCA / UsingExternalEtcdCA.
    const isExternallyManaged = (caBaseName) => {
        const known = externallyManaged.get(caBaseName);
        if (known !== undefined)
            return known;
        const check = EXTERNAL_CA_CHECKS[caBaseName];
        if (!check)
            return fail(`unknown certificate authority ${caBaseName}`);
        const wrap = (message) => fail(`Error checking external CA condition for ${caBaseName} certificate authority: ${message}`);
        const caPath = certPath(dir, caBaseName);
        const caData = files.get(caPath);
        if (!caData)
            wrap(`failure loading certificate for ${check.ux}: couldn't load the certificate file ${caPath}: open ${caPath}: no such file or directory`);
        const caCert = parseCertsPem(caData, `Error checking external CA condition for ${caBaseName} certificate authority: failure loading certificate for ${check.ux}`)[0];
        if (!caCert.ca)
            wrap(`certificate ${check.ux} is not a CA`);
        let external = false;
        if (!files.has(keyPath(dir, caBaseName))) {
            external = true;
            for (const [leaf, ux] of check.leaves) {
                const leafKeyPath = keyPath(dir, leaf);
                const keyData = files.get(leafKeyPath);
                if (!keyData)
                    wrap(`failure loading key for ${leaf}: couldn't load the private key file ${leafKeyPath}: open ${leafKeyPath}: no such file or directory`);
                try {
                    parsePrivateKey(Buffer.from(keyData));
                }
                catch (err) {
                    wrap(`failure loading key for ${leaf}: couldn't load the private key file ${leafKeyPath}: ${err.message}`);
                }
                const leafPath = certPath(dir, leaf);
                const leafData = files.get(leafPath);
                if (!leafData)
                    wrap(`failure loading certificate for ${ux}: couldn't load the certificate file ${leafPath}: open ${leafPath}: no such file or directory`);
                const [cert, ...intermediates] = parseCertsPem(leafData, `Error checking external CA condition for ${caBaseName} certificate authority: failure loading certificate for ${ux}`);
                const issue = chainIssue(cert, intermediates, caCert, now);
                if (issue)
                    wrap(`certificate ${ux} is not signed by corresponding CA: ${issue}`);
            }
        }
        externallyManaged.set(caBaseName, external);
        return external;
    };
    const row = (name, cert, caName, external) => ({
        name,
        missing: false,
        expirationDate: notAfter(cert),
        residualTimeSeconds: residualSeconds(notAfter(cert), now),
        caName,
        externallyManaged: external,
    });
    const readKubeconfigCert = (path, data) => {
        let doc;
        try {
            doc = (parse(Buffer.from(data).toString('utf8')) ?? {});
        }
        catch (err) {
            return fail(`failed to load kubeConfig file ${path}: ${err.message}`);
        }
        const named = (key, name) => (Array.isArray(doc[key]) ? doc[key] : []).findLast((e) => e?.name === name);
        const caPath = certPath(dir, 'ca');
        const caData = files.get(caPath);
        if (!caData)
            fail(`failed to load existing certificate ca: open ${caPath}: no such file or directory`);
        parseCertsPem(caData, 'failed to load existing certificate ca');
        const currentContext = doc['current-context'] ?? '';
        const context = named('contexts', currentContext)?.['context'];
        if (!context)
            fail(`invalid kubeConfig file ${path}: missing context ${currentContext}`);
        const cluster = named('clusters', context['cluster'] ?? '')?.['cluster'];
        if (!cluster)
            fail(`invalid kubeConfig file ${path}: missing cluster ${String(context['cluster'] ?? '')}`);
        if (!cluster['certificate-authority-data'])
            fail(`kubeConfig file ${path} does not have an embedded server certificate`);
        const user = named('users', context['user'] ?? '')?.['user'];
        if (!user)
            fail(`invalid kubeConfig file ${path}: missing authInfo ${String(context['user'] ?? '')}`);
        const clientCert = user['client-certificate-data'];
        if (typeof clientCert !== 'string' || clientCert === '')
            fail(`kubeConfig file ${path} does not have an embedded client certificate`);
        return parseCertsPem(Buffer.from(clientCert, 'base64'), `kubeConfig file ${path} does not contain a valid client certificate`)[0];
    };
    const { certificates, cas } = handlers(options);
    const info = { certificates: [], certificateAuthorities: [] };
    for (const h of certificates) {
        const data = files.get(h.path);
        if (!data) {
            info.certificates.push({ name: h.name, missing: true });
            continue;
        }
        const external = isExternallyManaged(h.caBaseName);
        const cert = h.kind === 'pki' ? parseCertsPem(data, `failed to load existing certificate ${h.name}`)[0] : readKubeconfigCert(h.path, data);
        info.certificates.push(row(h.name, cert, h.caName, external));
    }
    for (const ca of cas) {
        const data = files.get(ca.path);
        if (!data) {
            info.certificateAuthorities.push({ name: ca.name, missing: true });
            continue;
        }
        const external = isExternallyManaged(ca.baseName);
        info.certificateAuthorities.push(row(ca.name, parseCertsPem(data, `failed to load existing certificate ${ca.baseName}`)[0], '', external));
    }
    return info;
}
/** Go's time.Until truncated to seconds; time.Time.Sub saturates at ±2^63 ns (about 292 years). */
export function residualSeconds(expiration, now) {
    const limit = 9_223_372_036; // trunc((2^63 - 1) / 1e9)
    return Math.max(-limit, Math.min(limit, Math.trunc((expiration.getTime() - now.getTime()) / 1000)));
}
/** k8s.io/apimachinery duration.HumanDuration for a whole number of seconds. */
export function humanDuration(seconds) {
    if (seconds < -1)
        return '<invalid>';
    if (seconds < 0)
        return '0s';
    if (seconds < 60 * 2)
        return `${seconds}s`;
    const minutes = Math.floor(seconds / 60);
    if (minutes < 10) {
        const s = seconds % 60;
        return s === 0 ? `${minutes}m` : `${minutes}m${s}s`;
    }
    if (minutes < 60 * 3)
        return `${minutes}m`;
    const hours = Math.floor(seconds / 3600);
    if (hours < 8) {
        const m = minutes % 60;
        return m === 0 ? `${hours}h` : `${hours}h${m}m`;
    }
    if (hours < 48)
        return `${hours}h`;
    const days = Math.floor(hours / 24);
    if (hours < 24 * 8) {
        const h = hours % 24;
        return h === 0 ? `${days}d` : `${days}d${h}h`;
    }
    if (hours < 24 * 365 * 2)
        return `${days}d`;
    const years = Math.floor(days / 365);
    if (hours < 24 * 365 * 8) {
        const d = days % 365;
        return d === 0 ? `${years}y` : `${years}y${d}d`;
    }
    return `${years}y`;
}
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const two = (n) => String(n).padStart(2, '0');
/** Go's layout "Jan 02, 2006 15:04 MST" for a UTC time (x509 times are UTC). */
export function formatExpirationDate(date) {
    return `${MONTHS[date.getUTCMonth()]} ${two(date.getUTCDate())}, ${String(date.getUTCFullYear()).padStart(4, '0')} ${two(date.getUTCHours())}:${two(date.getUTCMinutes())} UTC`;
}
/** kubeadm's text output: two tables through Go's tabwriter (minwidth 10, tabwidth 4, padding 3, ' ', no flags). */
export function formatCertificateExpiration(info) {
    const yesNo = (b) => (b ? 'yes' : 'no').padEnd(8); // %-8v
    let text = 'CERTIFICATE\tEXPIRES\tRESIDUAL TIME\tCERTIFICATE AUTHORITY\tEXTERNALLY MANAGED\n';
    for (const c of info.certificates) {
        text += c.missing
            ? `!MISSING! ${c.name}\t\t\t\t\n`
            : `${c.name}\t${formatExpirationDate(c.expirationDate)}\t${humanDuration(c.residualTimeSeconds)}\t${c.caName}\t${yesNo(c.externallyManaged)}\n`;
    }
    // This one-cell line flushes the tabwriter: the second table is aligned on its own.
    text += '\nCERTIFICATE AUTHORITY\tEXPIRES\tRESIDUAL TIME\tEXTERNALLY MANAGED\n';
    for (const c of info.certificateAuthorities) {
        text += c.missing
            ? `!MISSING! ${c.name}\t\t\t\n`
            : `${c.name}\t${formatExpirationDate(c.expirationDate)}\t${humanDuration(c.residualTimeSeconds)}\t${yesNo(c.externallyManaged)}\n`;
    }
    return tabwrite(text, { minwidth: 10, tabwidth: 4, padding: 3, padchar: ' ' });
}
/** Reads the files of {@link expirationFilePaths} from a host (a directory counts as missing, as for kubeadm). */
export async function readExpirationFiles(host, options) {
    const files = new Map();
    await Promise.all(expirationFilePaths(options).map(async (path) => {
        const data = await host.readFile(path).catch((err) => {
            if (err.code === 'EISDIR')
                return undefined;
            throw err;
        });
        if (data !== undefined)
            files.set(path, data);
    }));
    return files;
}
/** `kubeadm certs check-expiration` on a host: its data; {@link formatCertificateExpiration} prints it. */
export async function checkExpiration(host, options, now = new Date()) {
    return certificateExpirationInfo(await readExpirationFiles(host, options), options, now);
}
//# sourceMappingURL=expiration.js.map