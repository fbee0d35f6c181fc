import { Socket } from 'node:net';
/**
 * The guide's `nc -zv -w 2 LB PORT`: "connection refused" is expected before the first apiserver runs (the
 * LB answered and has no healthy backend... or the LB itself closed); a timeout means the LB cannot be
 * reached or cannot reach the control plane and must be fixed.
 */
export function probeTcp(host, port, timeoutMs = 2000) {
    return new Promise((resolve) => {
        const socket = new Socket();
        const done = (r) => {
            socket.destroy();
            resolve(r);
        };
        socket.setTimeout(timeoutMs, () => done('timeout'));
        socket.once('connect', () => {
            // haproxy accepts and then closes at once when no backend is up: that is the LB saying "refused".
            socket.once('close', () => done('refused'));
            socket.once('data', () => done('open'));
            setTimeout(() => done('open'), 300);
        });
        socket.once('error', (err) => done(err.code === 'ECONNREFUSED' || err.code === 'ECONNRESET' ? 'refused' : 'unreachable'));
        socket.connect(port, host);
    });
}
//# sourceMappingURL=reachability.js.map