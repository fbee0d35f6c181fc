import { randomBytes } from 'node:crypto';
import { CommandError, PreconditionError } from '../errors.js';
import { etcdImage } from '../kubeadm/manifests/index.js';
import { redact } from '../util/redact.js';
const NAMESPACE = 'k8s.io';
const ETCDCTL = '/usr/local/bin/etcdctl';
/** coreutils `timeout --signal=KILL` exits 128 + 9 when it had to kill. */
const KILLED = 137;
/** A fresh container id per call: a call killed half-way leaves its container behind, never in the next one's way. */
export function etcdctlContainerId() {
    return `kubeha-etcdctl-${randomBytes(6).toString('hex')}`;
}
/** The argv of one etcdctl call on a host (pure; the unit tests pin it). */
export function etcdctlArgv(cluster, endpoints, args, options) {
    const etcdPki = `${cluster.certificatesDir}/etcd`;
    return [
        'timeout', '--signal=KILL', String(options.timeoutSeconds),
        'ctr', '-n', NAMESPACE, 'run', '--rm', '--net-host',
        '--mount', `type=bind,src=${etcdPki},dst=${etcdPki},options=rbind:ro`,
        ...(options.writableDir ? ['--mount', `type=bind,src=${options.writableDir},dst=${options.writableDir},options=rbind:rw`] : []),
        etcdImage(cluster),
        options.id,
        ETCDCTL,
        `--endpoints=${endpoints.join(',')}`,
        `--cacert=${etcdPki}/ca.crt`,
        `--cert=${etcdPki}/healthcheck-client.crt`,
        `--key=${etcdPki}/healthcheck-client.key`,
        `--dial-timeout=${options.dialTimeout ?? '5s'}`,
        `--command-timeout=${options.commandTimeout ?? '15s'}`,
        ...args,
    ];
}
/** ctr's words for an image that is not in the namespace: `ctr: image "<ref>": not found`. */
export function missingImage(result, image) {
    return result.code !== 0 && result.stderr.includes(`image "${image}": not found`);
}
export async function etcdctl(host, cluster, endpoints, args, options = {}) {
    const { dialTimeout, commandTimeout, writableDir, allowFailure, timeoutMs = 30_000, ...exec } = options;
    const id = etcdctlContainerId();
    const image = etcdImage(cluster);
    const timeoutSeconds = Math.max(1, Math.ceil(timeoutMs / 1000));
    const argv = etcdctlArgv(cluster, endpoints, args, {
        id,
        timeoutSeconds,
        ...(dialTimeout ? { dialTimeout } : {}),
        ...(commandTimeout ? { commandTimeout } : {}),
        ...(writableDir ? { writableDir } : {}),
    });
    // The kill happens on the host: an SSH exec timeout does not stop the remote command (lab, OpenSSH 9.2: `sleep 8`
    // with a 1 s timeout came back after 11 s with exit 0). The transport's timeout stays as a backstop.
    const r = await host.exec(argv, { ...exec, timeoutMs: timeoutMs + 10_000, allowFailure: true });
    if (r.code === null || r.code === KILLED)
        await removeContainer(host, id);
    if (missingImage(r, image)) {
        throw new PreconditionError(`the etcd image ${image} is not in containerd's ${NAMESPACE} namespace on ${host.name}; kubeha runs etcdctl from it (pull or import it first, e.g. \`ctr -n ${NAMESPACE} images pull ${image}\`)`, {
            doing: exec.doing ?? 'running etcdctl',
            host: host.name,
            command: argv,
            output: r.stderr.trim(),
        });
    }
    if (r.code !== 0 && !allowFailure) {
        throw new CommandError({ doing: exec.doing ?? 'running etcdctl', host: host.name, command: argv, code: r.code, signal: r.signal ?? null, stdout: redact(r.stdout), stderr: redact(r.stderr) });
    }
    return r;
}
/** A killed `ctr run --rm` leaves its task (etcdctl still running) and container: both are removed by id (best effort). */
async function removeContainer(host, id) {
    await host.exec(['ctr', '-n', NAMESPACE, 'tasks', 'delete', '--force', id], { allowFailure: true, timeoutMs: 15_000 }).catch(() => { });
    await host.exec(['ctr', '-n', NAMESPACE, 'containers', 'delete', id], { allowFailure: true, timeoutMs: 15_000 }).catch(() => { });
}
/**
 * etcdutl (offline: `snapshot restore`) from the same etcd image, with one host directory bound read-write at the
 * same path; it needs no certificates.
 */
export async function etcdutl(host, cluster, args, options) {
    const { writableDir, timeoutMs = 300_000, ...exec } = options;
    const id = etcdctlContainerId();
    const image = etcdImage(cluster);
    const argv = [
        'timeout', '--signal=KILL', String(Math.ceil(timeoutMs / 1000)),
        'ctr', '-n', NAMESPACE, 'run', '--rm',
        '--mount', `type=bind,src=${writableDir},dst=${writableDir},options=rbind:rw`,
        image, id, '/usr/local/bin/etcdutl', ...args,
    ];
    const r = await host.exec(argv, { ...exec, timeoutMs: timeoutMs + 10_000, allowFailure: true });
    if (r.code === null || r.code === KILLED)
        await removeContainer(host, id);
    if (r.code !== 0) {
        throw new CommandError({ doing: exec.doing ?? 'running etcdutl', host: host.name, command: argv, code: r.code, signal: r.signal ?? null, stdout: redact(r.stdout), stderr: redact(r.stderr) });
    }
    return r;
}
//# sourceMappingURL=etcdctl.js.map