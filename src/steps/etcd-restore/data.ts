import { stat } from 'node:fs/promises';
import type { ClusterFile } from '../../config/cluster.js';
import { etcdHostNames, type ClusterContext } from '../../cluster/context.js';
import { readEtcdMember } from '../../cluster/etcd-member-manifest.js';
import { etcdutl } from '../../cluster/etcdctl.js';
import { probeConfig } from '../../cluster/joined.js';
import { defineHostStep, type HostStep } from '../../plan/step.js';
import { RESTORE_DIR, restoredMarker, type RestoreInputs } from './options.js';

/**
 * Kubernetes' advice for restoring its etcd: the revision jumps far past anything a client has seen and the old
 * revisions count as compacted, so every watch and informer lists again instead of trusting its cache.
 */
const BUMP_REVISION = '1000000000';

/**
 * `etcdutl snapshot restore` of the same snapshot on every member, with the whole member list and a new cluster
 * token, into a new directory that then takes the data directory's place (the old one is kept beside it).
 */
export function restoreData(inputs: RestoreInputs): HostStep<ClusterFile, ClusterContext> {
  return defineHostStep<ClusterFile, ClusterContext>({
    id: 'restore/data',
    title: 'Restore every member\'s data directory from the snapshot (etcdutl snapshot restore)',
    needs: ['restore/stop-etcd'],
    hosts: etcdHostNames,
    concurrency: () => Infinity,
    done: async (ctx, name) => (await (await ctx.hosts.get(name)).readFile(restoredMarker(inputs))) !== undefined,
    run: async (ctx, name) => {
      const host = await ctx.hosts.get(name);
      const doing = 'restoring the etcd data directory';
      const members = await Promise.all(etcdHostNames(ctx.cluster).map(async (n) => readEtcdMember(await ctx.hosts.get(n))));
      const self = await readEtcdMember(host);
      const snapshot = `${RESTORE_DIR}/snapshot.db`;
      const restored = `${RESTORE_DIR}/data`;
      await host.exec(['sh', '-c', 'mkdir -p -m 0700 "$1" && rm -rf -- "$2"', 'kubeha-restore', RESTORE_DIR, restored], { doing });
      await host.writeFiles([{ path: snapshot, source: { file: inputs.snapshot, size: (await stat(inputs.snapshot)).size }, mode: 0o600 }]);
      await etcdutl(
        host,
        probeConfig(ctx, name).cluster,
        [
          'snapshot', 'restore', snapshot,
          `--name=${self.name}`,
          `--initial-cluster=${members.map((m) => `${m.name}=${m.peerURL}`).join(',')}`,
          `--initial-cluster-token=${inputs.token}`,
          `--initial-advertise-peer-urls=${self.peerURL}`,
          `--data-dir=${restored}`,
          `--bump-revision=${BUMP_REVISION}`,
          '--mark-compacted',
        ],
        { writableDir: RESTORE_DIR, doing },
      );
      const stamp = new Date().toISOString().replace(/[-:]|\.\d+/g, '');
      await host.exec(
        ['sh', '-c', 'set -e; if [ -e "$1" ]; then mv -- "$1" "$1.kubeha-before-restore-$3"; fi; mv -- "$2" "$1"; chmod 0700 "$1"; touch "$4"', 'kubeha-restore', self.dataDir, restored, stamp, restoredMarker(inputs)],
        { doing: `putting the restored data in ${self.dataDir}` },
      );
    },
  });
}
