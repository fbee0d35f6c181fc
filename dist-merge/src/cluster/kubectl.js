import { namesWithRole } from './context.js';
import { answering } from './host-pool.js';
/** kubectl on a control plane with its admin.conf: the narrow way steps read and change the cluster. */
export async function kubectl(host, args, options = {}) {
    return host.exec(['kubectl', '--kubeconfig', '/etc/kubernetes/admin.conf', '--request-timeout=20s', ...args], {
        ...(options.stdin === undefined ? {} : { stdin: options.stdin }),
        allowFailure: options.allowFailure ?? false,
        doing: options.doing ?? `kubectl ${args[0] ?? ''}`,
        timeoutMs: options.timeoutMs ?? 60_000,
    });
}
/**
 * /readyz asked from this host with its admin.conf (through `server` if given): `ok`, or what answered instead.
 * `tlsServerName` is the name to verify the apiserver's certificate for when `server` is not in it (a load
 * balancer's own address behind a virtual IP: the certificate names the VIP).
 */
export async function readyz(host, server, tlsServerName) {
    const via = server ? ['--server', server, '--request-timeout=5s', ...(tlsServerName ? [`--tls-server-name=${tlsServerName}`] : [])] : [];
    const r = await kubectl(host, [...via, 'get', '--raw', '/readyz'], { allowFailure: true });
    return r.code === 0 ? r.stdout.trim() : (r.stderr.trim().split('\n').pop() ?? `exit ${r.code}`);
}
export async function apiReady(host) {
    if ((await host.readFile('/etc/kubernetes/admin.conf')) === undefined)
        return false;
    return (await readyz(host)) === 'ok';
}
/** A control plane of the file other than `exclude` whose API answers: where kubectl and etcdctl can run. */
export async function answeringControlPlane(ctx, exclude) {
    for (const n of namesWithRole(ctx.cluster, 'control-plane')) {
        if (n === exclude)
            continue;
        const { host } = await answering(ctx.hosts, n);
        if (host && (await apiReady(host)))
            return host;
    }
    return undefined;
}
//# sourceMappingURL=kubectl.js.map