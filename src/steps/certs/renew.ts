import { X509Certificate } from 'node:crypto';
import { posix } from 'node:path';
import { parse } from 'yaml';
import type { ClusterFile } from '../../config/cluster.js';
import { engineFor, namesWithRole, type ClusterContext } from '../../cluster/context.js';
import { probeConfig } from '../../cluster/joined.js';
import { restartAndWait, runningSince } from '../../cluster/static-pods.js';
import { pkiInputs } from '../../engines/native/node-config.js';
import { certList } from '../../kubeadm/pki/certlist.js';
import { KUBERNETES_DIR } from '../../kubeadm/pki/expiration.js';
import { certPath } from '../../kubeadm/pki/pki.js';
import { RENEWED_KUBECONFIGS } from '../../kubeadm/pki/renew.js';
import { CONTROL_PLANE_COMPONENTS } from '../../kubeadm/node-settings.js';
import { defineHostStep, type HostStep } from '../../plan/step.js';
import { backInRotation, outOfRotation, takeOutOfRotation } from '../load-balancer/rotation.js';

/** Slack for clocks and whole seconds: a certificate counts as renewed by this run when it ends this close to now + validity. */
const SLACK_MS = 120_000;

/** The static pods that read the renewed files, restarted in this order (etcd first: the apiserver is its client). */
function components(ctx: ClusterContext, name: string): string[] {
  return [...(probeConfig(ctx, name).cluster.etcd.local ? ['etcd'] : []), ...CONTROL_PLANE_COMPONENTS];
}

async function notAfter(ctx: ClusterContext, name: string, certName: string): Promise<number | undefined> {
  const host = await ctx.hosts.get(name);
  const c = probeConfig(ctx, name);
  if ((RENEWED_KUBECONFIGS as readonly string[]).includes(certName)) {
    const text = (await host.readFile(posix.join(KUBERNETES_DIR, certName)))?.toString('utf8');
    const doc = text === undefined ? undefined : (parse(text) as { users?: { user?: Record<string, string> }[] });
    const pem = doc?.users?.[0]?.user?.['client-certificate-data'];
    return pem ? Date.parse(new X509Certificate(Buffer.from(pem, 'base64')).validTo) : undefined;
  }
  const spec = certList(pkiInputs(c)).find((s) => s.name === certName);
  const data = spec ? await host.readFile(certPath(c.cluster.certificatesDir, spec.baseName)) : undefined;
  return data ? Date.parse(new X509Certificate(data).validTo) : undefined;
}

/**
 * `kubeadm certs renew` on each control plane in turn, as kubeadm's certificate management documentation says:
 * the certificates renewed, then the control plane's static pods restarted so they read them, its apiserver out
 * of the load balancers meanwhile. Done on a host when every named certificate was renewed at or after `since`
 * and every static pod started after that.
 */
export function renewCertificatesStep(names: readonly string[], since: Date): HostStep<ClusterFile, ClusterContext> {
  const renewedAt = async (ctx: ClusterContext, name: string): Promise<boolean> => {
    const validity = pkiInputs(probeConfig(ctx, name)).certificateValidityPeriod;
    for (const n of names) {
      const end = await notAfter(ctx, name, n);
      // A file the host does not have (super-admin.conf where init did not run) is not renewed, as by kubeadm.
      if (end !== undefined && end < since.getTime() + validity - SLACK_MS) return false;
    }
    return true;
  };
  const restarted = async (ctx: ClusterContext, name: string): Promise<boolean> => {
    const host = await ctx.hosts.get(name);
    for (const component of components(ctx, name)) {
      const started = await runningSince(host, component);
      if (started === undefined || started.getTime() < since.getTime() - SLACK_MS) return false;
    }
    return true;
  };
  return defineHostStep<ClusterFile, ClusterContext>({
    id: 'certs/renew',
    title: 'Renew the certificates and restart the control plane (kubeadm certs renew), one control plane at a time',
    needs: [],
    hosts: (c) => namesWithRole(c, 'control-plane'),
    concurrency: () => 1,
    rolling: true,
    shows: { engine: true },
    done: async (ctx, name) => (await renewedAt(ctx, name)) && (await restarted(ctx, name)) && !(await outOfRotation(ctx, name)),
    run: async (ctx, name) => {
      if (!(await renewedAt(ctx, name))) await engineFor(ctx, name).renewCertificates(ctx, name, names);
      await takeOutOfRotation(ctx, name);
      await restartAndWait(ctx, name, components(ctx, name));
      await backInRotation(ctx, name);
    },
  });
}
