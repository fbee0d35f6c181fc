import { request } from 'node:https';
export function requestStream(options) {
    const results = [];
    const path = options.path ?? '/readyz';
    const timeoutMs = options.timeoutMs ?? 5000;
    let inFlight = 0;
    const one = () => {
        const at = Date.now();
        inFlight++;
        const done = (r) => {
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
            while (inFlight > 0 && Date.now() < deadline)
                await new Promise((r) => setTimeout(r, 50));
        },
    };
}
//# sourceMappingURL=traffic.js.map