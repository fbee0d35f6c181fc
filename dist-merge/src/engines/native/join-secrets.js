import { firstControlPlane } from '../../cluster/context.js';
import { KubehaError } from '../../errors.js';
import { uploadCerts } from '../../kubeadm/copycerts/copycerts.js';
import { bootstrapTokenSecret } from '../../kubeadm/token/objects.js';
import { formatToken, generateToken } from '../../kubeadm/token/token.js';
import { localApi, newCertificateKey } from './init.js';
import { nodeConfig } from './node-config.js';
import { localApiReady } from './node-setup.js';
import { writeInitConfig } from '../kubeadm/config.js';
/**
 * Like `kubeadm token create` and `kubeadm init phase upload-certs --upload-certs`, on the first control plane:
 * a new token when the kept one no longer works, a new key with the certificates uploaded again when those
 * are gone; the init config keeps both.
 */
export async function renewJoinSecrets(ctx, state) {
    const name = firstControlPlane(ctx.cluster);
    const host = await ctx.hosts.get(name);
    const probe = nodeConfig(ctx.cluster, ctx.endpoint, ctx.hosts.spec(name), { token: state.token ?? formatToken(generateToken()) });
    if (!(await localApiReady(host, probe))) {
        throw new KubehaError('the first control plane is not ready', { doing: 'renewing the join secrets', host: name });
    }
    const api = await localApi(ctx, name, probe);
    const upload = ctx.cluster.spec.certificates === 'upload';
    let token = state.token;
    let certificateKey = state.certificateKey;
    if (!state.tokenAlive) {
        const fresh = generateToken();
        await api.create(bootstrapTokenSecret(fresh));
        token = formatToken(fresh);
    }
    if (!state.certsAlive)
        certificateKey = newCertificateKey();
    await writeInitConfig(ctx, host, { token: token, ...(upload && certificateKey !== undefined ? { certificateKey } : {}) });
    if (!state.certsAlive) {
        // The 2-hour Secret is gone (or was re-keyed): upload again with a fresh key.
        const external = probe.cluster.etcd.external;
        await uploadCerts(api, host, { certificatesDir: probe.cluster.certificatesDir, certificateKey: certificateKey, ...(external ? { externalEtcd: external } : {}) });
    }
    return { token: token, certificateKey: upload ? certificateKey : '', caCertHash: state.caCertHash };
}
//# sourceMappingURL=join-secrets.js.map