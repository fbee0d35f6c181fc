import type { BootstrapToken as ConfigBootstrapToken } from '../config/types.js';
import type { ClusterApi, ListingClusterApi } from './cluster-api.js';
import { type BootstrapToken } from './token.js';
/** `kubeha token create|list|delete`: bootstrap token Secrets in kube-system, as kubeadm's token commands manage them. */
export declare const BOOTSTRAP_TOKEN_SECRET_TYPE = "bootstrap.kubernetes.io/token";
export interface CreateTokenOptions {
    /** `<id>.<secret>`; generated when absent. */
    token?: string;
    /** Go duration; "0" (or 0s) means never expires. Default 24h0m0s. */
    ttl?: string;
    description?: string;
    usages?: readonly string[];
    groups?: readonly string[];
    now?: Date;
}
/** The first bootstrapTokens entry of an InitConfiguration as token options (kubeadm's `token create --config`). */
export declare function tokenOptionsFromConfig(token: ConfigBootstrapToken | undefined): CreateTokenOptions;
/** Creates the token's Secret (fails when the id exists) and returns the token. */
export declare function createBootstrapToken(api: ClusterApi, options?: CreateTokenOptions): Promise<BootstrapToken>;
export interface TokenInfo {
    /** `<id>.<secret>` (kubeadm token list shows whole tokens). */
    token: string;
    id: string;
    expires?: Date;
    usages: string[];
    description: string;
    groups: string[];
}
/** Every bootstrap token Secret, in the API server's order; malformed Secrets are left out. */
export declare function listBootstrapTokens(api: ListingClusterApi): Promise<TokenInfo[]>;
/** Deletes a token given by id or as `<id>.<secret>`; returns its id. */
export declare function deleteBootstrapToken(api: ListingClusterApi, idOrToken: string): Promise<string>;
