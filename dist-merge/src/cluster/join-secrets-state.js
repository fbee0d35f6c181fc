import { KubehaError } from '../errors.js';
import { caCertHash } from '../kubeadm/discovery/pin.js';
import { decryptKubeadmCerts, KUBEADM_CERTS_SECRET, kubeadmCertsFiles } from '../kubeadm/copycerts/copycerts.js';
import { isValidToken, parseToken } from '../kubeadm/token/token.js';
import { readStoredSecrets } from '../engines/stored-secrets.js';
import { engineFor, firstControlPlane } from './context.js';
import { kubectl } from './kubectl.js';
/** A join in this run must not race an expiry: anything closer than this counts as expired. */
export const RENEW_MARGIN_MS = 10 * 60_000;
async function getSecret(ctx, name) {
    const host = await ctx.hosts.get(firstControlPlane(ctx.cluster));
    const r = await kubectl(host, ['-n', 'kube-system', 'get', 'secret', name, '-o', 'json', '--ignore-not-found'], { doing: `reading Secret ${name}` });
    return r.stdout.trim() === '' ? undefined : JSON.parse(r.stdout);
}
function expiration(secret) {
    const text = secret?.data?.['expiration'];
    return text === undefined ? undefined : Date.parse(Buffer.from(text, 'base64').toString());
}
const alive = (exists, expires, now) => exists && (expires === undefined || expires - now > RENEW_MARGIN_MS);
export async function readJoinSecretsState(ctx, now = Date.now()) {
    const name = firstControlPlane(ctx.cluster);
    const host = await ctx.hosts.get(name);
    const stored = await readStoredSecrets(host);
    const ca = await host.readFile('/etc/kubernetes/pki/ca.crt');
    if (ca === undefined)
        throw new KubehaError('/etc/kubernetes/pki/ca.crt is missing', { doing: 'reading the join secrets', host: name });
    const state = { tokenAlive: false, certsAlive: ctx.cluster.spec.certificates !== 'upload', caCertHash: caCertHash(ca) };
    if (stored.token !== undefined && isValidToken(stored.token)) {
        state.token = stored.token;
        const secret = await getSecret(ctx, `bootstrap-token-${parseToken(stored.token).id}`);
        const expires = expiration(secret);
        if (expires !== undefined)
            state.tokenExpires = expires;
        state.tokenAlive = alive(secret !== undefined, expires, now);
    }
    if (ctx.cluster.spec.certificates === 'upload' && stored.certificateKey !== undefined) {
        state.certificateKey = stored.certificateKey;
        const certs = await getSecret(ctx, KUBEADM_CERTS_SECRET);
        let opens = false;
        if (certs?.data) {
            try {
                // Someone may have uploaded again with another key: it must open with ours.
                decryptKubeadmCerts(certs.data, stored.certificateKey, kubeadmCertsFiles('/etc/kubernetes/pki').slice(0, 1));
                opens = true;
            }
            catch {
                opens = false;
            }
        }
        const owner = certs?.metadata?.ownerReferences?.[0]?.name;
        const expires = owner === undefined ? undefined : expiration(await getSecret(ctx, owner));
        if (expires !== undefined)
            state.certsExpire = expires;
        state.certsAlive = alive(opens, expires, now);
    }
    return state;
}
export function usable(state) {
    if (!state.tokenAlive || !state.certsAlive)
        return undefined;
    return { token: state.token, certificateKey: state.certificateKey ?? '', caCertHash: state.caCertHash };
}
/** "1 h 12 min": what the plan says of a lifetime. */
export function humanLeft(ms) {
    if (ms <= 0)
        return 'expired';
    const min = Math.floor(ms / 60_000);
    return min >= 60 ? `${Math.floor(min / 60)} h ${min % 60} min` : `${min} min`;
}
/** The plan's words on both secrets: what is left of each, or why it is renewed. */
export function describeLifetimes(state, upload, now = Date.now()) {
    const token = state.token === undefined
        ? 'no bootstrap token is kept'
        : state.tokenExpires !== undefined
            ? `the bootstrap token expires in ${humanLeft(state.tokenExpires - now)}`
            : state.tokenAlive
                ? 'the bootstrap token does not expire'
                : 'the bootstrap token is gone';
    if (!upload)
        return token;
    const key = state.certificateKey === undefined ? 'no certificate key is kept' : state.certsExpire === undefined ? 'the uploaded certificates are gone' : `the certificate key expires in ${humanLeft(state.certsExpire - now)}`;
    return `${token}; ${key}`;
}
/**
 * The join secrets for this run, read once: as kept when they still work, else renewed first by the engine
 * that initialised the first control plane (the join-secrets step does that ahead of the joins).
 */
export function joinSecrets(ctx) {
    const secrets = (ctx.secrets ??= (async () => {
        const state = await readJoinSecretsState(ctx);
        return usable(state) ?? engineFor(ctx, firstControlPlane(ctx.cluster)).renewJoinSecrets(ctx, state);
    })());
    secrets.catch(() => {
        ctx.secrets = undefined;
    });
    return secrets;
}
//# sourceMappingURL=join-secrets-state.js.map