import { randomBytes } from 'node:crypto';
import { chmod, mkdir, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { KubehaError, PreconditionError } from '../errors.js';
import { etcdClientURL } from '../kubeadm/manifests/index.js';
import { etcdHostNames, type ClusterContext } from './context.js';
import { etcdctl } from './etcdctl.js';
import { answering } from './host-pool.js';
import { probeConfig } from './joined.js';

/** Where a snapshot is written on the etcd host before it is copied to the admin machine (and removed). */
const REMOTE_DIR = '/var/lib/kubeha/snapshots';

/** An etcd snapshot saved on this machine. */
export interface SavedSnapshot {
  path: string;
  /** The member's host it was taken from. */
  from: string;
  bytes: number;
}

/**
 * `etcdctl snapshot save` on the first etcd member that answers (a control plane when stacked, an etcd host when
 * external), copied to `path` on this machine (0600: it holds every Secret of the cluster), written atomically.
 */
export async function saveEtcdSnapshot(ctx: ClusterContext, path: string): Promise<SavedSnapshot> {
  const candidates = etcdHostNames(ctx.cluster);
  for (const name of candidates) {
    const { host } = await answering(ctx.hosts, name);
    if (!host) continue;
    const remote = `${REMOTE_DIR}/snapshot-${randomBytes(6).toString('hex')}.db`;
    const doing = 'saving an etcd snapshot';
    await host.exec(['install', '-d', '-m', '0700', REMOTE_DIR], { doing });
    try {
      await etcdctl(host, probeConfig(ctx, name).cluster, [etcdClientURL(ctx.hosts.spec(name).address)], ['snapshot', 'save', remote], {
        writableDir: REMOTE_DIR,
        timeoutMs: 300_000,
        commandTimeout: '290s',
        doing,
      });
      const data = await host.readFile(remote);
      if (data === undefined || data.length === 0) throw new KubehaError(`etcdctl wrote no snapshot at ${remote}`, { doing, host: name });
      await mkdir(dirname(path), { recursive: true, mode: 0o700 });
      const partial = `${path}.partial`;
      await writeFile(partial, data, { mode: 0o600 });
      await chmod(partial, 0o600);
      await rename(partial, path);
      return { path, from: name, bytes: data.length };
    } finally {
      await host.exec(['rm', '-f', remote], { allowFailure: true });
    }
  }
  throw new PreconditionError(`no etcd member's host answers (${candidates.join(', ')})`, { doing: 'saving an etcd snapshot' });
}
