import type { Host } from '../transport/host.js';
import { type ClusterContext } from './context.js';
/** kubectl on a control plane with its admin.conf: the narrow way steps read and change the cluster. */
export declare function kubectl(host: Host, args: readonly string[], options?: {
    stdin?: string;
    allowFailure?: boolean;
    doing?: string;
    timeoutMs?: number;
}): Promise<import("../transport/host.js").ExecResult>;
/**
 * /readyz asked from this host with its admin.conf (through `server` if given): `ok`, or what answered instead.
 * `tlsServerName` is the name to verify the apiserver's certificate for when `server` is not in it (a load
 * balancer's own address behind a virtual IP: the certificate names the VIP).
 */
export declare function readyz(host: Host, server?: string, tlsServerName?: string): Promise<string>;
export declare function apiReady(host: Host): Promise<boolean>;
/** A control plane of the file other than `exclude` whose API answers: where kubectl and etcdctl can run. */
export declare function answeringControlPlane(ctx: ClusterContext, exclude?: string): Promise<Host | undefined>;
