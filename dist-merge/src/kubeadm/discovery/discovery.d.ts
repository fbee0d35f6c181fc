import type { BootstrapToken } from '../token/token.js';
export interface DiscoveryOptions {
    token: BootstrapToken;
    /** `sha256:<hex>` pins; discovery passes when any CA in cluster-info matches any pin. */
    caCertHashes: readonly string[];
    unsafeSkipCAVerification?: boolean;
}
export interface DiscoveredCluster {
    /** The cluster-info kubeconfig exactly as signed. */
    kubeconfig: string;
    server: string;
    caPem: string;
}
/**
 * Checks a `cluster-info` ConfigMap's data the way `kubeadm join` token discovery does: the JWS for this token
 * id must be the token's signature over the kubeconfig, and the CA must match a pin. Tampering fails.
 */
export declare function verifyClusterInfo(data: Readonly<Record<string, string>>, options: DiscoveryOptions, apiServer?: string): DiscoveredCluster;
