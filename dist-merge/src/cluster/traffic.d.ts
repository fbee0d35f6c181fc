/**
 * A steady stream of fresh HTTPS requests through a cluster endpoint, each on its own TCP connection (no
 * keep-alive), as a client that has just started would make them: what an upgrade or a failover must not break.
 */
export interface RequestResult {
    /** When the request started (ms since the epoch). */
    at: number;
    ms: number;
    ok: boolean;
    why?: string;
}
export interface RequestStream {
    readonly results: readonly RequestResult[];
    /** Stops sending and waits for the requests in flight to end. */
    stop(): Promise<void>;
}
export interface StreamOptions {
    server: string;
    caPem: string;
    perSecond: number;
    /** `/readyz` (anonymous) by default. */
    path?: string;
    /** A client certificate and key (PEM) for an authenticated request. */
    client?: {
        cert: string;
        key: string;
    };
    timeoutMs?: number;
}
export declare function requestStream(options: StreamOptions): RequestStream;
