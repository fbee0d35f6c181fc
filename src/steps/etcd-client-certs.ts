import { defineHostStep } from '../plan/step.js';
import type { ClusterFile } from '../config/cluster.js';
import { firstControlPlane, type ClusterContext } from '../cluster/context.js';
import { missingLeafFiles, type LeafTarget } from '../cluster/etcd-pki.js';
import { firstMemberEtcdCa } from './etcd-cluster.js';
import { nodeConfig, pkiInputs, type NodeConfig } from '../engines/native/node-config.js';
import { doing } from '../errors.js';

/** Not a secret: node configs need a well-formed token; this step uses only the etcd.external part. */
const UNUSED_TOKEN = 'abcdef.0123456789abcdef';

function config(ctx: ClusterContext, name: string): NodeConfig {
  return nodeConfig(ctx.cluster, ctx.endpoint, ctx.hosts.spec(name), { token: UNUSED_TOKEN });
}

function targets(c: NodeConfig): { targets: LeafTarget[]; caFile: string } {
  const ext = c.cluster.etcd.external!;
  return { targets: [{ leaf: 'apiserver-etcd-client', certPath: ext.certFile, keyPath: ext.keyFile }], caFile: ext.caFile };
}


/**
 * The guide's "copy from any etcd node to the first control plane": the etcd CA certificate and an
 * apiserver-etcd-client certificate signed by it, at the etcd.external paths — and nothing else (no etcd CA
 * key, no member certificates). The other control planes get them from kubeadm-certs or the manual copy.
 */
export const etcdClientCerts = defineHostStep<ClusterFile, ClusterContext>({
  id: 'etcd/client-certs',
  title: 'Give the first control plane its etcd client certificate',
  needs: ['etcd/cluster'],
  hosts: (c) => (c.spec.topology === 'external' ? [firstControlPlane(c)] : []),
  concurrency: () => 1,
  done: async (ctx, host) => {
    const name = host;
    const ca = await firstMemberEtcdCa(ctx).catch(() => undefined);
    if (!ca) return false;
    const c = config(ctx, name);
    const t = targets(c);
    return (await missingLeafFiles(await ctx.hosts.get(name), ca, pkiInputs(c), t.targets, t.caFile)).length === 0;
  },
  run: async (ctx, name) => {
    const host = await ctx.hosts.get(name);
    const ca = await firstMemberEtcdCa(ctx);
    const c = config(ctx, name);
    const t = targets(c);
    await doing('writing the etcd CA certificate and apiserver-etcd-client', name, async () => {
      const files = await missingLeafFiles(host, ca, pkiInputs(c), t.targets, t.caFile);
      if (files.length > 0) await host.writeFiles(files);
    });
  },
});
