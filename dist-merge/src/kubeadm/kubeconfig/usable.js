import { X509Certificate, createPrivateKey } from 'node:crypto';
import { posix } from 'node:path';
import { parse } from 'yaml';
const CERT_PEM = /-----BEGIN CERTIFICATE-----[\s\S]*?-----END CERTIFICATE-----/;
const KEY_PEM = /-----BEGIN ([A-Z ]*)PRIVATE KEY-----[\s\S]*?-----END \1PRIVATE KEY-----/;
/** Inline data, or the file a kubeconfig names (relative paths are relative to the kubeconfig, as in client-go). */
async function credential(host, kubeconfigPath, data, file) {
    if (data)
        return Buffer.from(data, 'base64').toString();
    if (!file)
        return undefined;
    const bytes = await host.readFile(posix.resolve(posix.dirname(kubeconfigPath), file));
    return bytes?.toString();
}
/**
 * Why the kubeconfig cannot be used yet, or undefined when it can: it parses, and its current user's client
 * certificate and key exist, parse and belong together (what kubeadm's waitForTLSBootstrappedClient gets from
 * building a client out of the file). The kubelet writes kubelet.conf pointing at
 * /var/lib/kubelet/pki/kubelet-client-current.pem before that file exists, so the file alone proves nothing.
 */
export async function kubeconfigNotUsable(host, path) {
    const text = await host.readFile(path);
    if (text === undefined)
        return `${path} does not exist yet`;
    let doc;
    try {
        doc = (parse(text.toString()) ?? {});
    }
    catch (err) {
        return `${path} does not parse: ${err instanceof Error ? err.message : String(err)}`;
    }
    const context = doc.contexts?.find((c) => c.name === doc['current-context']);
    const user = doc.users?.find((u) => u.name === context?.context?.user)?.user;
    if (!user)
        return `${path} has no user for its current context`;
    if (user.token && !user['client-certificate'] && !user['client-certificate-data'])
        return undefined;
    const certText = await credential(host, path, user['client-certificate-data'], user['client-certificate']);
    const keyText = await credential(host, path, user['client-key-data'], user['client-key']);
    const certFile = user['client-certificate'] ?? 'client-certificate-data';
    if (certText === undefined)
        return `the client certificate of ${path} (${certFile}) does not exist yet`;
    if (keyText === undefined)
        return `the client key of ${path} (${user['client-key'] ?? 'client-key-data'}) does not exist yet`;
    const certPem = CERT_PEM.exec(certText)?.[0];
    const keyPem = KEY_PEM.exec(keyText)?.[0];
    if (!certPem || !keyPem)
        return `the client certificate or key of ${path} (${certFile}) holds no PEM certificate and key yet`;
    try {
        if (!new X509Certificate(certPem).checkPrivateKey(createPrivateKey(keyPem)))
            return `the client certificate and key of ${path} do not match`;
    }
    catch (err) {
        return `the client certificate or key of ${path} does not load: ${err instanceof Error ? err.message : String(err)}`;
    }
    return undefined;
}
//# sourceMappingURL=usable.js.map