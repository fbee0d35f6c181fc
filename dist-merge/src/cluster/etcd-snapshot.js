import { createHash, randomBytes } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { chmod, mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { KubehaError, PreconditionError } from '../errors.js';
import { etcdClientURL } from '../kubeadm/manifests/index.js';
import { etcdHostNames } from './context.js';
import { etcdctl } from './etcdctl.js';
import { answering } from './host-pool.js';
import { probeConfig } from './joined.js';
import { openCluster } from './up.js';
/** Where a snapshot is written on the etcd host before it is streamed to the admin machine (and removed). */
const REMOTE_DIR = '/var/lib/kubeha/snapshots';
export const identityPath = (snapshot) => `${snapshot}.json`;
/** `etcdctl endpoint status -w json` with the 64-bit ids kept exact (JSON numbers would round them). */
export function parseEndpointStatus(stdout) {
    const id = /"cluster_id":(\d+)/.exec(stdout)?.[1];
    const revision = /"revision":(\d+)/.exec(stdout)?.[1];
    if (!id || !revision)
        throw new Error(`unexpected etcdctl endpoint status output: ${stdout.slice(0, 200)}`);
    return { clusterId: BigInt(id).toString(16), revision };
}
/**
 * `etcdctl snapshot save` on the first etcd member that answers (a control plane when stacked, an etcd host when
 * external), streamed to `path` on this machine over the host's connection (0600: it holds every Secret of the
 * cluster; written atomically), with its sha256 and the cluster's identity in `<path>.json`.
 */
export async function saveEtcdSnapshot(ctx, path) {
    const candidates = etcdHostNames(ctx.cluster);
    for (const name of candidates) {
        const { host } = await answering(ctx.hosts, name);
        if (!host)
            continue;
        const remote = `${REMOTE_DIR}/snapshot-${randomBytes(6).toString('hex')}.db`;
        const doing = 'saving an etcd snapshot';
        const cfg = probeConfig(ctx, name).cluster;
        const endpoint = [etcdClientURL(ctx.hosts.spec(name).address)];
        await host.exec(['install', '-d', '-m', '0700', REMOTE_DIR], { doing });
        try {
            const status = parseEndpointStatus((await etcdctl(host, cfg, endpoint, ['endpoint', 'status', '-w', 'json'], { doing })).stdout);
            await etcdctl(host, cfg, endpoint, ['snapshot', 'save', remote], { writableDir: REMOTE_DIR, timeoutMs: 300_000, commandTimeout: '290s', doing });
            await mkdir(dirname(path), { recursive: true, mode: 0o700 });
            const partial = `${path}.partial`;
            const hash = createHash('sha256');
            let bytes = 0;
            const out = createWriteStream(partial, { mode: 0o600 });
            const written = new Promise((resolve, reject) => {
                out.on('finish', resolve);
                out.on('error', reject);
            });
            try {
                await host.exec(['cat', '--', remote], {
                    doing: `streaming the snapshot from ${name}`,
                    timeoutMs: 600_000,
                    onStdout: (chunk) => {
                        hash.update(chunk);
                        bytes += chunk.length;
                        out.write(chunk);
                    },
                });
            }
            finally {
                out.end();
                await written;
            }
            if (bytes === 0)
                throw new KubehaError(`etcdctl wrote no snapshot at ${remote}`, { doing, host: name });
            await chmod(partial, 0o600);
            const identity = {
                cluster: ctx.cluster.metadata.name,
                kubernetesVersion: ctx.cluster.spec.kubernetesVersion,
                topology: ctx.cluster.spec.topology,
                etcdClusterId: status.clusterId,
                revision: status.revision,
                from: name,
                takenAt: new Date().toISOString(),
                sha256: hash.digest('hex'),
                bytes,
            };
            await writeFile(`${identityPath(path)}.partial`, `${JSON.stringify(identity, null, 2)}\n`, { mode: 0o600 });
            await rename(partial, path);
            await rename(`${identityPath(path)}.partial`, identityPath(path));
            return { ...identity, path, identityPath: identityPath(path) };
        }
        catch (err) {
            await rm(`${path}.partial`, { force: true });
            throw err;
        }
        finally {
            await host.exec(['rm', '-f', remote], { allowFailure: true });
        }
    }
    throw new PreconditionError(`no etcd member's host answers (${candidates.join(', ')})`, { doing: 'saving an etcd snapshot' });
}
/** The default snapshot file: next to the admin kubeconfig, named by the time. */
export function defaultSnapshotPath(ctx, at = new Date()) {
    return `${ctx.adminKubeconfigPath.replace(/\.conf$/, '')}.etcd-${at.toISOString().replace(/[:.]/g, '-')}.db`;
}
/** `kubeha etcd snapshot`: opens the cluster, saves a snapshot to `out` (or the default path), closes. */
export async function snapshotEtcd(loaded, options) {
    const ctx = await openCluster(loaded, options);
    try {
        return await saveEtcdSnapshot(ctx, options.out ?? defaultSnapshotPath(ctx));
    }
    finally {
        await ctx.hosts.closeAll();
    }
}
/** Reads a snapshot's identity file and checks the snapshot's sha256 against it. */
export async function verifySnapshot(path) {
    const hash = createHash('sha256');
    let bytes = 0;
    const { createReadStream } = await import('node:fs');
    for await (const chunk of createReadStream(path)) {
        hash.update(chunk);
        bytes += chunk.length;
    }
    const sha256 = hash.digest('hex');
    const text = await readFile(identityPath(path), 'utf8').catch(() => undefined);
    return { ...(text === undefined ? {} : { identity: JSON.parse(text) }), sha256, bytes };
}
//# sourceMappingURL=etcd-snapshot.js.map