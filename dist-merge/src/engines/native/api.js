import { get as httpsGet } from 'node:https';
import { redact } from '../../util/redact.js';
import { retry } from '../../util/wait.js';
import { clusterApiFromKubeconfig } from '../../kubeadm/token/cluster-api.js';
import { renderKubeconfig } from '../../kubeadm/kubeconfig/kubeconfig.js';
function guard(api) {
    const wrap = (fn) => async (...args) => {
        try {
            return await fn(...args);
        }
        catch (err) {
            const e = err;
            const body = typeof e.body === 'string' ? e.body : e.body === undefined ? '' : JSON.stringify(e.body);
            const out = new Error(redact(`${e.message ?? String(err)}${body && !e.message?.includes(body) ? `: ${body}` : ''}`.slice(0, 2000)));
            out.code = e.code;
            throw out;
        }
    };
    return { apply: wrap(api.apply), create: wrap(api.create), get: wrap(api.get) };
}
/** A client with a kubeconfig's credentials, optionally pointed at another server (the local API endpoint). */
export async function apiFromKubeconfig(text, server) {
    let kubeconfig = text;
    if (server !== undefined) {
        kubeconfig = text.replace(/^(\s*server:\s*).*$/m, `$1${server}`);
    }
    return guard(await clusterApiFromKubeconfig(kubeconfig));
}
/** kubeadm's bootstrap-token client: the token as bearer, the discovered CA. */
export async function tokenApi(server, caPem, token) {
    return guard(await clusterApiFromKubeconfig(renderKubeconfig({ clusterName: 'kubernetes', server, caPem, userName: 'tls-bootstrap-token-user', token })));
}
/**
 * Discovery's anonymous GET of kube-public/cluster-info, as plain HTTPS: anonymous may read that one object but
 * not the discovery documents a generic client needs. Without a CA the TLS peer is not checked (the JWS and the
 * CA pin are checked instead); with one it is.
 */
export function getClusterInfo(server, caPem) {
    const url = new URL('/api/v1/namespaces/kube-public/configmaps/cluster-info', server);
    return new Promise((resolve, reject) => {
        const req = httpsGet(url, { ...(caPem ? { ca: caPem } : { rejectUnauthorized: false }), timeout: 10_000 }, (res) => {
            const chunks = [];
            res.on('data', (c) => chunks.push(c));
            res.on('end', () => {
                if (res.statusCode === 404)
                    return resolve(undefined);
                if (res.statusCode !== 200)
                    return reject(new Error(`GET ${url.pathname}: HTTP ${res.statusCode}`));
                try {
                    resolve((JSON.parse(Buffer.concat(chunks).toString()).data ?? {}));
                }
                catch (err) {
                    reject(err);
                }
            });
        });
        req.on('timeout', () => req.destroy(new Error(`GET ${url.pathname}: timed out`)));
        req.on('error', reject);
    });
}
export async function applyAll(api, objects) {
    for (const object of objects)
        await api.apply(object);
}
const CONTROL_PLANE_LABELS = ['node-role.kubernetes.io/control-plane', 'node.kubernetes.io/exclude-from-external-load-balancers'];
const CONTROL_PLANE_TAINT = { key: 'node-role.kubernetes.io/control-plane', effect: 'NoSchedule' };
/** mark-control-plane: the two labels and the taints (kubeadm's default taint when none are configured), kept existing taints. */
export async function markControlPlane(api, nodeName, taints, timeoutMs) {
    const wanted = taints ?? [CONTROL_PLANE_TAINT];
    await retry(`marking node ${nodeName} as a control plane`, async () => {
        const node = await api.get({ apiVersion: 'v1', kind: 'Node', name: nodeName });
        if (!node)
            throw new Error(`node ${nodeName} is not registered yet`);
        const metadata = node.metadata;
        const spec = (node['spec'] ?? {});
        const labels = { ...(metadata.labels ?? {}) };
        for (const l of CONTROL_PLANE_LABELS)
            labels[l] = '';
        const current = spec.taints ?? [];
        const missing = wanted.filter((t) => !current.some((c) => c.key === t.key && c.effect === t.effect));
        if (missing.length === 0 && CONTROL_PLANE_LABELS.every((l) => metadata.labels?.[l] === ''))
            return;
        await api.apply({ ...node, metadata: { ...node.metadata, labels }, spec: { ...spec, taints: [...current, ...missing] } });
    }, timeoutMs, 2000);
}
//# sourceMappingURL=api.js.map