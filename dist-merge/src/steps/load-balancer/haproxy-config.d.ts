/**
 * haproxy in front of every kube-apiserver: TCP mode (TLS passes through to the apiserver), health-checked
 * with an HTTPS `GET /readyz` (anonymous, as system:public-info-viewer allows) rather than a bare TCP connect:
 * an apiserver that listens but is still starting, has lost etcd, or is shutting down answers 500 and gets no
 * new connection. Fast detection (measured here with the TCP check: a dead backend is out in ~0.5 s, back in
 * ~0.4 s) and redispatch so that new connections in the detection window still land (without it ~1 in 70
 * failed). The check does not verify the apiserver's certificate: the LB holds no CA, and it only asks.
 */
export interface Backend {
    name: string;
    address: string;
    port: number;
}
export interface HaproxyOptions {
    /** Address:port to listen on; `*` for every address. */
    bind: {
        address: string;
        port: number;
    };
    backends: readonly Backend[];
    /** Admin socket: `show servers state`, and draining a backend. */
    adminSocket: string;
    pidFile: string;
}
export declare function haproxyConfig(options: HaproxyOptions): string;
