import { KubehaError } from '../../errors.js';
/** haproxy's admin socket (level admin), reached with socat on the LB host: `show servers state`, and draining. */
export const HAPROXY_ADMIN_SOCKET = '/run/haproxy/admin.sock';
const BACKEND = 'kube-apiserver';
// srv_admin_state bits (haproxy's SRV_ADMF_*): forced/inherited/resolver maintenance, forced/inherited drain.
const MAINT = 0x01 | 0x02 | 0x20;
const DRAIN = 0x08 | 0x10;
/** Parses `show servers state` into server name → state, for the kube-apiserver backend. */
export function parseServersState(text) {
    const out = new Map();
    for (const row of text.split('\n')) {
        const f = row.trim().split(/\s+/);
        // be_id be_name srv_id srv_name srv_addr srv_op_state srv_admin_state ...
        if (f.length > 6 && /^\d+$/.test(f[0]) && f[1] === BACKEND) {
            const admin = Number(f[6]);
            out.set(f[3], { address: f[4], up: f[5] === '2', drained: (admin & DRAIN) !== 0, maintenance: (admin & MAINT) !== 0 });
        }
    }
    return out;
}
async function adminCommand(host, command, socket) {
    const r = await host.exec(['socat', 'stdio', `unix-connect:${socket}`], {
        stdin: `${command}\n`,
        doing: `asking haproxy: ${command}`,
        timeoutMs: 10_000,
    });
    return r.stdout;
}
export async function serversState(host, socket = HAPROXY_ADMIN_SOCKET) {
    return parseServersState(await adminCommand(host, 'show servers state', socket));
}
/**
 * `drain`: no new connection goes to the server (established ones stay until they end); health checks go on.
 * `ready`: back in rotation once its checks pass.
 */
export async function setServerState(host, server, state, socket = HAPROXY_ADMIN_SOCKET) {
    const answer = (await adminCommand(host, `set server ${BACKEND}/${server} state ${state}`, socket)).trim();
    // haproxy answers nothing on success, and a sentence on refusal ("No such server.").
    if (answer !== '')
        throw new KubehaError(`haproxy refused to set ${server} ${state}: ${answer}`, { doing: `setting ${server} ${state} in haproxy`, host: host.name });
}
//# sourceMappingURL=admin-socket.js.map