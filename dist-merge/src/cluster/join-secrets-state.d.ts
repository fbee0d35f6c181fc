import { type ClusterContext } from './context.js';
import type { JoinSecrets } from './secrets.js';
/**
 * What joining needs, as it stands, read without changing anything: the token and certificate key kubeha
 * keeps on the first control plane, whether the cluster still honours each, and until when. Both engines
 * read it the same way (kubectl with the first control plane's admin.conf); renewing is the engines' work.
 */
export interface JoinSecretsState {
    token?: string;
    /** ms since the epoch; undefined: the token Secret is gone (or never expires). */
    tokenExpires?: number;
    tokenAlive: boolean;
    certificateKey?: string;
    /** When kubeadm-certs goes: its owner token's expiration (kubeadm gives it 2 h). */
    certsExpire?: number;
    /** Uploaded certificates that open with the kept key; always true with manual certificates. */
    certsAlive: boolean;
    caCertHash: string;
}
/** A join in this run must not race an expiry: anything closer than this counts as expired. */
export declare const RENEW_MARGIN_MS: number;
export declare function readJoinSecretsState(ctx: ClusterContext, now?: number): Promise<JoinSecretsState>;
export declare function usable(state: JoinSecretsState): JoinSecrets | undefined;
/** "1 h 12 min": what the plan says of a lifetime. */
export declare function humanLeft(ms: number): string;
/** The plan's words on both secrets: what is left of each, or why it is renewed. */
export declare function describeLifetimes(state: JoinSecretsState, upload: boolean, now?: number): string;
/**
 * The join secrets for this run, read once: as kept when they still work, else renewed first by the engine
 * that initialised the first control plane (the join-secrets step does that ahead of the joins).
 */
export declare function joinSecrets(ctx: ClusterContext): Promise<JoinSecrets>;
