import { X509Certificate } from 'node:crypto';
import type { ClusterFile } from '../../config/cluster.js';
import { engineFor, namesWithRole, type ClusterContext } from '../../cluster/context.js';
import { probeConfig } from '../../cluster/joined.js';
import { pkiInputs } from '../../engines/native/node-config.js';
import { KubehaError } from '../../errors.js';
import { CERTIFICATE_BACKDATE_MS, certList } from '../../kubeadm/pki/certlist.js';
import { certPath } from '../../kubeadm/pki/pki.js';
import { missingSans } from '../../kubeadm/pki/renew.js';
import { defineHostStep } from '../../plan/step.js';
import { backInRotation, outOfRotation, takeOutOfRotation } from '../load-balancer/rotation.js';
import { restartAndWait, runningSince } from '../../cluster/static-pods.js';

/** The SANs the cluster file asks for now that this control plane's apiserver certificate lacks (read-only). */
async function lacking(ctx: ClusterContext, name: string): Promise<{ missing: string[]; cert?: X509Certificate }> {
  const c = probeConfig(ctx, name);
  const data = await (await ctx.hosts.get(name)).readFile(certPath(c.cluster.certificatesDir, 'apiserver'));
  if (data === undefined) return { missing: [] };
  const cert = new X509Certificate(data);
  return { missing: missingSans(cert, certList(pkiInputs(c)).find((s) => s.name === 'apiserver')!), cert };
}

/** Read-only: the running apiserver started after its certificate file was issued (so it serves that one). */
async function servesCurrentCertificate(ctx: ClusterContext, name: string, cert: X509Certificate): Promise<boolean> {
  const since = await runningSince(await ctx.hosts.get(name), 'kube-apiserver');
  return since !== undefined && since.getTime() >= Date.parse(cert.validFrom) + CERTIFICATE_BACKDATE_MS - 1000;
}

/**
 * SANs added after init (apiServer.certSANs, a new endpoint): each control plane whose apiserver certificate lacks
 * one gets a new certificate, then its apiserver restarts while the load balancers have it drained; one at a time.
 */
export const apiserverSans = defineHostStep<ClusterFile, ClusterContext>({
  id: 'certs/apiserver-sans',
  title: "Issue the apiserver certificate again where it lacks a SAN of the cluster file (one control plane at a time)",
  needs: ['load-balancer/backends'],
  hosts: (c) => namesWithRole(c, 'control-plane'),
  concurrency: () => 1,
  rolling: true,
  shows: { engine: true },
  done: async (ctx, name) => {
    const { missing, cert } = await lacking(ctx, name);
    return missing.length === 0 && (cert === undefined || (await servesCurrentCertificate(ctx, name, cert))) && !(await outOfRotation(ctx, name));
  },
  describe: async (ctx, name) => {
    const { missing } = await lacking(ctx, name);
    return missing.length > 0 ? `lacks ${missing.join(', ')}` : undefined;
  },
  run: async (ctx, name) => {
    const { missing } = await lacking(ctx, name);
    if (missing.length > 0) await engineFor(ctx, name).reissueApiserverCertificate(ctx, name);
    const after = await lacking(ctx, name);
    if (after.missing.length > 0) {
      throw new KubehaError(`the new apiserver certificate still lacks ${after.missing.join(', ')}`, { doing: 'adding SANs to the apiserver certificate', host: name });
    }
    if (after.cert && !(await servesCurrentCertificate(ctx, name, after.cert))) {
      await takeOutOfRotation(ctx, name);
      await restartAndWait(ctx, name, ['kube-apiserver']);
    }
    await backInRotation(ctx, name);
  },
});
