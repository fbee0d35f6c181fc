import { hostsWithRole, type ClusterFile } from '../../config/cluster.js';
import type { ClusterContext } from '../../cluster/context.js';
import { restartStaticPod } from '../../cluster/static-pods.js';
import { pkiInputs } from '../../engines/native/node-config.js';
import { KubehaError } from '../../errors.js';
import { KUBERNETES_DIR } from '../../kubeadm/pki/expiration.js';
import { etcdClientURL } from '../../kubeadm/manifests/index.js';
import { readersOf, renewCertificates } from '../../kubeadm/pki/renew.js';
import { defineHostStep, type HostStep } from '../../plan/step.js';
import { waitFor } from '../../util/wait.js';
import { endpointsHealthy, etcdMemberConfig, firstMemberEtcdCa } from '../etcd-cluster.js';
import { renewedSince, restartedSince } from './renewed.js';

/**
 * External etcd: `kubeadm certs renew` of the member certificates on each etcd host in turn (the companion guide's
 * hosts are kubeadm-managed), signed by the etcd CA of the first etcd host, then the member restarted so that it
 * serves them, healthy before the next one (one member down at a time keeps quorum). Done on a host when the named
 * certificates were renewed at or after `since` and, if it reads them, etcd started after that.
 */
export function renewEtcdMembersStep(names: readonly string[], since: Date): HostStep<ClusterFile, ClusterContext> {
  const restart = readersOf(names);
  return defineHostStep<ClusterFile, ClusterContext>({
    id: 'certs/etcd-members',
    title: 'Renew the external etcd members\' certificates and restart each member, one at a time',
    needs: [],
    hosts: (c) => (c.spec.topology === 'external' && names.length > 0 ? hostsWithRole(c, 'etcd').map((h) => h.name) : []),
    concurrency: () => 1,
    rolling: true,
    done: async (ctx, name) => {
      const host = await ctx.hosts.get(name);
      return (await renewedSince(host, pkiInputs(etcdMemberConfig(ctx, name)), names, since)) && (await restartedSince(host, restart, since));
    },
    run: async (ctx, name) => {
      const host = await ctx.hosts.get(name);
      const c = etcdMemberConfig(ctx, name);
      const pki = pkiInputs(c);
      if (!(await renewedSince(host, pki, names, since))) {
        const ca = await firstMemberEtcdCa(ctx);
        await renewCertificates(host, { pki, kubeconfigDir: KUBERNETES_DIR, issuers: new Map([['etcd-ca', ca]]) }, names);
      }
      if (restart.length === 0) return;
      await restartStaticPod(host, 'etcd');
      const own = [etcdClientURL(c.advertiseAddress)];
      await waitFor('the etcd member to be healthy', () => endpointsHealthy(host, c.cluster, own), 180_000, { host: name, intervalMs: 1000 }).catch((err: Error) => {
        throw new KubehaError(err.message, { doing: 'restarting etcd', host: name }, { cause: err });
      });
    },
  });
}
