import type { Host } from '../../transport/host.js';
/** haproxy's admin socket (level admin), reached with socat on the LB host: `show servers state`, and draining. */
export declare const HAPROXY_ADMIN_SOCKET = "/run/haproxy/admin.sock";
export interface ServerState {
    address: string;
    /** The health checks pass (operational state 2). */
    up: boolean;
    /** Taken out by an operator (kubeha drains a control plane before its apiserver restarts). */
    drained: boolean;
    maintenance: boolean;
}
/** Parses `show servers state` into server name → state, for the kube-apiserver backend. */
export declare function parseServersState(text: string): Map<string, ServerState>;
export declare function serversState(host: Host, socket?: string): Promise<Map<string, ServerState>>;
/**
 * `drain`: no new connection goes to the server (established ones stay until they end); health checks go on.
 * `ready`: back in rotation once its checks pass.
 */
export declare function setServerState(host: Host, server: string, state: 'drain' | 'ready', socket?: string): Promise<void>;
