import { KubehaError } from '../../errors.js';
import { parseGoDuration } from '../config/duration.js';
import { bootstrapTokenSecret, DEFAULT_NODE_TOKEN_GROUP } from './objects.js';
import { formatToken, generateToken, isValidTokenId, parseToken, validateExtraGroups, validateUsages } from './token.js';
/** `kubeha token create|list|delete`: bootstrap token Secrets in kube-system, as kubeadm's token commands manage them. */
export const BOOTSTRAP_TOKEN_SECRET_TYPE = 'bootstrap.kubernetes.io/token';
/** The first bootstrapTokens entry of an InitConfiguration as token options (kubeadm's `token create --config`). */
export function tokenOptionsFromConfig(token) {
    if (!token)
        return {};
    return {
        ...(token.token ? { token: token.token } : {}),
        ...(token.ttl ? { ttl: token.ttl } : {}),
        ...(token.description ? { description: token.description } : {}),
        usages: token.usages,
        groups: token.groups,
    };
}
/** Creates the token's Secret (fails when the id exists) and returns the token. */
export async function createBootstrapToken(api, options = {}) {
    const token = options.token === undefined ? generateToken() : parseToken(options.token, 'token');
    const usages = options.usages ?? ['signing', 'authentication'];
    const groups = options.groups ?? [DEFAULT_NODE_TOKEN_GROUP];
    validateUsages(usages, 'usages');
    validateExtraGroups(groups, 'groups');
    const ttlNs = parseGoDuration(options.ttl ?? '24h0m0s');
    if (ttlNs === undefined)
        throw new KubehaError(`invalid TTL ${JSON.stringify(options.ttl)}: want a duration such as 24h0m0s`, { doing: 'creating a bootstrap token' });
    const doing = `creating bootstrap token "${token.id}"`;
    try {
        await api.create(bootstrapTokenSecret(token, {
            ttlMs: Number(ttlNs / 1000000n),
            usages: usages,
            groups,
            ...(options.description ? { description: options.description } : {}),
            ...(options.now ? { now: options.now } : {}),
        }));
    }
    catch (err) {
        throw new KubehaError(err.message, { doing }, { cause: err });
    }
    return token;
}
const decode = (data, key) => (data[key] === undefined ? undefined : Buffer.from(data[key], 'base64').toString('utf8'));
/** Every bootstrap token Secret, in the API server's order; malformed Secrets are left out. */
export async function listBootstrapTokens(api) {
    const secrets = await api.list({ apiVersion: 'v1', kind: 'Secret', namespace: 'kube-system' }, { fieldSelector: `type=${BOOTSTRAP_TOKEN_SECRET_TYPE}` });
    const out = [];
    for (const secret of secrets) {
        const data = (secret['data'] ?? {});
        const id = decode(data, 'token-id');
        const secretPart = decode(data, 'token-secret');
        if (!id || !secretPart || secret.metadata.name !== `bootstrap-token-${id}`)
            continue;
        const expiration = decode(data, 'expiration');
        out.push({
            token: formatToken({ id, secret: secretPart }),
            id,
            ...(expiration ? { expires: new Date(expiration) } : {}),
            usages: Object.keys(data)
                .filter((k) => k.startsWith('usage-bootstrap-') && decode(data, k) === 'true')
                .map((k) => k.slice('usage-bootstrap-'.length))
                .sort(),
            description: decode(data, 'description') ?? '',
            groups: (decode(data, 'auth-extra-groups') ?? '').split(',').filter(Boolean),
        });
    }
    return out;
}
/** Deletes a token given by id or as `<id>.<secret>`; returns its id. */
export async function deleteBootstrapToken(api, idOrToken) {
    const id = isValidTokenId(idOrToken) ? idOrToken : parseToken(idOrToken, 'token').id;
    const doing = `deleting bootstrap token "${id}"`;
    const deleted = await api.delete({ apiVersion: 'v1', kind: 'Secret', namespace: 'kube-system', name: `bootstrap-token-${id}` }).catch((err) => {
        throw new KubehaError(err.message, { doing }, { cause: err });
    });
    if (!deleted)
        throw new KubehaError(`bootstrap token "${id}" was not found`, { doing });
    return id;
}
//# sourceMappingURL=manage.js.map