import type { ClusterFile } from '../../config/cluster.js';
import { engineFor, namesWithRole, type ClusterContext } from '../../cluster/context.js';
import { missingLeafFiles } from '../../cluster/etcd-pki.js';
import { probeConfig } from '../../cluster/joined.js';
import { restartAndWait } from '../../cluster/static-pods.js';
import { pkiInputs } from '../../engines/native/node-config.js';
import { readersOf } from '../../kubeadm/pki/renew.js';
import { defineHostStep, type HostStep } from '../../plan/step.js';
import { backInRotation, outOfRotation, takeOutOfRotation } from '../load-balancer/rotation.js';
import { firstMemberEtcdCa } from '../etcd-cluster.js';
import { renewedSince, restartedSince } from './renewed.js';

/**
 * With external etcd, kubeadm renews no etcd certificate (its CA is not on the control planes), yet the apiserver's
 * etcd client certificate expires like the others: kubeha signs a new one with the etcd CA of the first etcd host,
 * at the etcd.external paths, for both engines.
 */
function externalEtcdClient(ctx: ClusterContext, name: string, names: readonly string[]): { certFile: string; keyFile: string; caFile: string } | undefined {
  const ext = probeConfig(ctx, name).cluster.etcd.external;
  return ext !== undefined && names.includes('apiserver-etcd-client') ? ext : undefined;
}

async function renewExternalEtcdClient(ctx: ClusterContext, name: string, ext: { certFile: string; keyFile: string; caFile: string }): Promise<void> {
  const ca = await firstMemberEtcdCa(ctx);
  const host = await ctx.hosts.get(name);
  const files = await missingLeafFiles(host, ca, pkiInputs(probeConfig(ctx, name)), [{ leaf: 'apiserver-etcd-client', certPath: ext.certFile, keyPath: ext.keyFile }], ext.caFile, true);
  await host.writeFiles(files);
}

/** The static pods of this control plane that read the renewed files, etcd first (the apiserver is its client). */
function components(ctx: ClusterContext, name: string, names: readonly string[]): string[] {
  const local = probeConfig(ctx, name).cluster.etcd.local !== undefined;
  return readersOf(names).filter((c) => c !== 'etcd' || local);
}

/**
 * `kubeadm certs renew` on each control plane in turn, as kubeadm's certificate management documentation says:
 * the certificates renewed, then the static pods that read them restarted, its apiserver out of the load balancers
 * meanwhile. Done on a host when every named certificate was renewed at or after `since` and each of those static
 * pods started after that.
 */
export function renewCertificatesStep(names: readonly string[], since: Date): HostStep<ClusterFile, ClusterContext> {
  const renewedAt = async (ctx: ClusterContext, name: string) => {
    const ext = externalEtcdClient(ctx, name, names);
    return renewedSince(await ctx.hosts.get(name), pkiInputs(probeConfig(ctx, name)), names, since, ext ? { 'apiserver-etcd-client': ext.certFile } : {});
  };
  const restarted = async (ctx: ClusterContext, name: string) => restartedSince(await ctx.hosts.get(name), components(ctx, name, names), since);
  return defineHostStep<ClusterFile, ClusterContext>({
    id: 'certs/renew',
    title: 'Renew the certificates and restart the control plane (kubeadm certs renew), one control plane at a time',
    // After the etcd members (external etcd): one thing restarted in the cluster at a time.
    needs: ['certs/etcd-members'],
    hosts: (c) => namesWithRole(c, 'control-plane'),
    concurrency: () => 1,
    rolling: true,
    shows: { engine: true },
    done: async (ctx, name) => (await renewedAt(ctx, name)) && (await restarted(ctx, name)) && !(await outOfRotation(ctx, name)),
    run: async (ctx, name) => {
      if (!(await renewedAt(ctx, name))) {
        const ext = externalEtcdClient(ctx, name, names);
        const byEngine = ext ? names.filter((n) => n !== 'apiserver-etcd-client') : names;
        if (byEngine.length > 0) await engineFor(ctx, name).renewCertificates(ctx, name, byEngine);
        if (ext) await renewExternalEtcdClient(ctx, name, ext);
      }
      const restart = components(ctx, name, names);
      // The apiserver is out of the load balancers while it or its local etcd restarts.
      const drain = restart.includes('kube-apiserver') || restart.includes('etcd');
      if (drain) await takeOutOfRotation(ctx, name);
      if (restart.length > 0) await restartAndWait(ctx, name, restart);
      if (drain) await backInRotation(ctx, name);
    },
  });
}
