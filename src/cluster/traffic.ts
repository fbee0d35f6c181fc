import { request } from 'node:https';

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
  client?: { cert: string; key: string };
  timeoutMs?: number;
}

export function requestStream(options: StreamOptions): RequestStream {
  const results: RequestResult[] = [];
  const path = options.path ?? '/readyz';
  const timeoutMs = options.timeoutMs ?? 5000;
  let inFlight = 0;
  const one = () => {
    const at = Date.now();
    inFlight++;
    const done = (r: Omit<RequestResult, 'at' | 'ms'>) => {
      inFlight--;
      results.push({ at, ms: Date.now() - at, ...r });
    };
    const tls = options.client ? { cert: options.client.cert, key: options.client.key } : {};
    const req = request(`${options.server}${path}`, { ca: options.caPem, ...tls, agent: false, timeout: timeoutMs }, (res) => {
      res.resume();
      res.on('end', () => done(res.statusCode === 200 ? { ok: true } : { ok: false, why: `HTTP ${res.statusCode}` }));
      res.on('error', (err) => done({ ok: false, why: err.message }));
    });
    req.on('timeout', () => req.destroy(new Error('timeout')));
    req.on('error', (err) => done({ ok: false, why: err.message }));
    req.end();
  };
  const timer = setInterval(one, 1000 / options.perSecond);
  return {
    results,
    stop: async () => {
      clearInterval(timer);
      const deadline = Date.now() + timeoutMs + 1000;
      while (inFlight > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    },
  };
}
