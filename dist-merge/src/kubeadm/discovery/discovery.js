import { KubehaError } from '../../errors.js';
import { currentCluster } from '../kubeconfig/kubeconfig.js';
import { CLUSTER_INFO_KUBECONFIG_KEY, JWS_KEY_PREFIX } from '../token/cluster-info.js';
import { detachedSignatureIsValid } from '../token/jws.js';
import { caCertHash, isValidPin, parseCertBundle } from './pin.js';
/**
 * Checks a `cluster-info` ConfigMap's data the way `kubeadm join` token discovery does: the JWS for this token
 * id must be the token's signature over the kubeconfig, and the CA must match a pin. Tampering fails.
 */
export function verifyClusterInfo(data, options, apiServer) {
    const doing = 'verifying the cluster-info ConfigMap';
    const fail = (message) => new KubehaError(message, { doing, ...(apiServer ? { host: apiServer } : {}) });
    const kubeconfig = data[CLUSTER_INFO_KUBECONFIG_KEY];
    if (!kubeconfig)
        throw fail(`there is no ${CLUSTER_INFO_KUBECONFIG_KEY} key in the cluster-info ConfigMap`);
    const signature = data[`${JWS_KEY_PREFIX}${options.token.id}`];
    if (!signature)
        throw fail(`token id "${options.token.id}" is invalid for this cluster or it has expired`);
    if (!detachedSignatureIsValid(signature, kubeconfig, options.token.id, options.token.secret)) {
        throw fail(`failed to verify JWS signature of received cluster info object, can't trust this API Server`);
    }
    const cluster = currentCluster(kubeconfig);
    if (options.caCertHashes.length === 0) {
        if (!options.unsafeSkipCAVerification)
            throw fail('no CA certificate hashes given and unsafe skip of CA verification not set');
        return { kubeconfig, server: cluster.server, caPem: cluster.caPem };
    }
    const bad = options.caCertHashes.filter((p) => !isValidPin(p));
    if (bad.length > 0)
        throw fail(`invalid CA certificate hash ${JSON.stringify(bad[0])}: want "sha256:<64 hex digits>"`);
    const pins = new Set(options.caCertHashes.map((p) => p.toLowerCase()));
    const cas = parseCertBundle(cluster.caPem);
    if (!cas.some((ca) => pins.has(caCertHash(ca)))) {
        throw fail('cluster CA found in cluster-info ConfigMap is invalid: none of the public keys match the pins');
    }
    return { kubeconfig, server: cluster.server, caPem: cluster.caPem };
}
//# sourceMappingURL=discovery.js.map