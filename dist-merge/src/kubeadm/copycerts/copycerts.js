import { createPrivateKey, createPublicKey, X509Certificate } from 'node:crypto';
import { posix } from 'node:path';
import { KubehaError } from '../../errors.js';
import { bootstrapTokenSecret, DEFAULT_NODE_TOKEN_GROUP } from '../token/objects.js';
import { generateToken } from '../token/token.js';
import { decodeCertificateKey, decrypt, encrypt } from './crypto.js';
export const KUBEADM_CERTS_SECRET = 'kubeadm-certs';
export const CERT_TOKEN_TTL_MS = 2 * 3_600_000;
export const CERT_TOKEN_DESCRIPTION = 'Proxy for managing TTL for the kubeadm-certs secret';
/** The files kubeadm shares through the kubeadm-certs Secret, for stacked or external etcd. */
export function kubeadmCertsFiles(certificatesDir, externalEtcd) {
    const inDir = (base) => [
        { dataKey: `${base.replace('/', '-')}.crt`, path: posix.join(certificatesDir, `${base}.crt`) },
        { dataKey: `${base.replace('/', '-')}.key`, path: posix.join(certificatesDir, `${base}.key`) },
    ];
    const files = [
        ...inDir('ca'),
        ...inDir('front-proxy-ca'),
        { dataKey: 'sa.key', path: posix.join(certificatesDir, 'sa.key') },
        { dataKey: 'sa.pub', path: posix.join(certificatesDir, 'sa.pub') },
    ];
    if (externalEtcd) {
        files.push({ dataKey: 'external-etcd-ca.crt', path: externalEtcd.caFile }, { dataKey: 'external-etcd.crt', path: externalEtcd.certFile }, { dataKey: 'external-etcd.key', path: externalEtcd.keyFile });
    }
    else
        files.push(...inDir('etcd/ca'));
    return files;
}
/** The Secret holding the encrypted files; missing files give empty values, as in kubeadm. */
export function kubeadmCertsSecret(contents, key, owner) {
    const aesKey = decodeCertificateKey(key);
    const data = {};
    for (const [dataKey, content] of contents)
        data[dataKey] = content ? encrypt(content, aesKey).toString('base64') : '';
    return {
        apiVersion: 'v1',
        kind: 'Secret',
        metadata: {
            name: KUBEADM_CERTS_SECRET,
            namespace: 'kube-system',
            ownerReferences: [{ apiVersion: 'v1', kind: 'Secret', name: owner.name, uid: owner.uid, controller: true, blockOwnerDeletion: true }],
        },
        data,
    };
}
export function kubeadmCertsRbac() {
    return [
        {
            apiVersion: 'rbac.authorization.k8s.io/v1',
            kind: 'Role',
            metadata: { name: 'kubeadm:kubeadm-certs', namespace: 'kube-system' },
            rules: [{ apiGroups: [''], resources: ['secrets'], resourceNames: [KUBEADM_CERTS_SECRET], verbs: ['get'] }],
        },
        {
            apiVersion: 'rbac.authorization.k8s.io/v1',
            kind: 'RoleBinding',
            metadata: { name: 'kubeadm:kubeadm-certs', namespace: 'kube-system' },
            roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'Role', name: 'kubeadm:kubeadm-certs' },
            subjects: [{ apiGroup: 'rbac.authorization.k8s.io', kind: 'Group', name: DEFAULT_NODE_TOKEN_GROUP }],
        },
    ];
}
/** `kubeadm init phase upload-certs --upload-certs`: owner token, encrypted Secret, its Role and RoleBinding. */
export async function uploadCerts(api, host, options) {
    const doing = 'uploading the control-plane certificates';
    try {
        decodeCertificateKey(options.certificateKey);
        const files = kubeadmCertsFiles(options.certificatesDir, options.externalEtcd);
        const contents = new Map(await Promise.all(files.map(async (f) => [f.dataKey, await host.readFile(f.path)])));
        const ownerSecret = bootstrapTokenSecret(generateToken(), {
            description: CERT_TOKEN_DESCRIPTION,
            ttlMs: CERT_TOKEN_TTL_MS,
            usages: [],
            groups: [],
            ...(options.now ? { now: options.now } : {}),
        });
        const owner = await api.create(ownerSecret);
        const uid = owner.metadata.uid;
        if (!uid)
            throw new Error('the API server returned the owner token Secret without a uid');
        await api.apply(kubeadmCertsSecret(contents, options.certificateKey, { name: owner.metadata.name, uid }));
        for (const object of kubeadmCertsRbac())
            await api.apply(object);
    }
    catch (err) {
        throw new KubehaError(err instanceof Error ? err.message : String(err), { doing, host: host.name }, { cause: err });
    }
}
function isPrivateKey(data) {
    try {
        createPrivateKey(data);
        return true;
    }
    catch {
        return false;
    }
}
function isCertOrPublicKey(data) {
    try {
        new X509Certificate(data);
        return true;
    }
    catch {
        try {
            createPublicKey(data);
            return true;
        }
        catch {
            return false;
        }
    }
}
/**
 * Decrypts every value of the kubeadm-certs Secret data and returns the files to write (keys 0600, certs and
 * public keys 0644). Any wrong value or key fails the whole set, so nothing is written.
 */
export function decryptKubeadmCerts(data, certificateKey, files) {
    const key = decodeCertificateKey(certificateKey);
    const out = [];
    for (const file of files) {
        const value = data[file.dataKey];
        if (value === undefined)
            throw new Error(`the Secret does not include the required certificate or key - name: ${file.dataKey}`);
        if (value === '')
            continue;
        let plain;
        try {
            plain = decrypt(Buffer.from(value, 'base64'), key);
        }
        catch {
            throw new Error(`cannot decrypt ${file.dataKey}: wrong certificate key or corrupted data`);
        }
        if (isPrivateKey(plain))
            out.push({ path: file.path, data: plain, mode: 0o600 });
        else if (isCertOrPublicKey(plain))
            out.push({ path: file.path, data: plain, mode: 0o644 });
        else
            throw new Error(`${file.dataKey} is neither a key nor a certificate`);
    }
    return out;
}
/** The join side (`control-plane-prepare/download-certs`): fetch, decrypt all, then write all. */
export async function downloadCerts(api, host, options) {
    const doing = 'downloading the control-plane certificates';
    const secret = await api.get({ apiVersion: 'v1', kind: 'Secret', namespace: 'kube-system', name: KUBEADM_CERTS_SECRET });
    if (!secret) {
        throw new KubehaError(`Secret "${KUBEADM_CERTS_SECRET}" was not found in the "kube-system" Namespace. This Secret might have expired. Please, run \`kubeadm init phase upload-certs --upload-certs\` on a control plane to generate a new one`, { doing, host: host.name });
    }
    let files;
    try {
        files = decryptKubeadmCerts((secret['data'] ?? {}), options.certificateKey, kubeadmCertsFiles(options.certificatesDir, options.externalEtcd));
    }
    catch (err) {
        throw new KubehaError(err.message, { doing, host: host.name }, { cause: err });
    }
    await host.writeFiles(files);
    return files.map((f) => f.path);
}
//# sourceMappingURL=copycerts.js.map