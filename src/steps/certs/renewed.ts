import { X509Certificate } from 'node:crypto';
import { posix } from 'node:path';
import { parse } from 'yaml';
import { runningSince } from '../../cluster/static-pods.js';
import { certList, type PkiInputs } from '../../kubeadm/pki/certlist.js';
import { KUBERNETES_DIR } from '../../kubeadm/pki/expiration.js';
import { certPath } from '../../kubeadm/pki/pki.js';
import { RENEWED_KUBECONFIGS } from '../../kubeadm/pki/renew.js';
import type { Host } from '../../transport/host.js';

/** Read-only probes of a renewal's effects, shared by the control planes' and the etcd members' steps. */

/**
 * Slack for whole seconds and the clocks of the admin machine and the hosts: a certificate counts as renewed by this
 * run when it ends this close to the run's start + validity. Small: with 2 minutes, a cluster whose certificates
 * were made 90 s before a renewal counted as renewed already, and nothing was renewed (external-etcd e2e).
 */
const SLACK_MS = 30_000;

/** When the certificate (or the kubeconfig's client certificate) ends; undefined when the host lacks the file. */
async function notAfter(host: Host, pki: PkiInputs, certName: string, path?: string): Promise<number | undefined> {
  if ((RENEWED_KUBECONFIGS as readonly string[]).includes(certName)) {
    const text = (await host.readFile(posix.join(KUBERNETES_DIR, certName)))?.toString('utf8');
    const doc = text === undefined ? undefined : (parse(text) as { users?: { user?: Record<string, string> }[] });
    const pem = doc?.users?.[0]?.user?.['client-certificate-data'];
    return pem ? Date.parse(new X509Certificate(Buffer.from(pem, 'base64')).validTo) : undefined;
  }
  const spec = certList(pki).find((s) => s.name === certName);
  const file = path ?? (spec ? certPath(pki.certificatesDir, spec.baseName) : undefined);
  const data = file ? await host.readFile(file) : undefined;
  return data ? Date.parse(new X509Certificate(data).validTo) : undefined;
}

/**
 * Every named certificate the host has ends at `since` + validity or later: it was renewed by this run. `paths`:
 * where a certificate is when not at kubeadm's path (etcd.external's certFile).
 */
export async function renewedSince(host: Host, pki: PkiInputs, names: readonly string[], since: Date, paths: Record<string, string> = {}): Promise<boolean> {
  for (const n of names) {
    const end = await notAfter(host, pki, n, paths[n]);
    // A file the host does not have (super-admin.conf where init did not run) is not renewed, as by kubeadm.
    if (end !== undefined && end < since.getTime() + pki.certificateValidityPeriod - SLACK_MS) return false;
  }
  return true;
}

/** Each of these static pods runs a container started at `since` or later. */
export async function restartedSince(host: Host, components: readonly string[], since: Date): Promise<boolean> {
  for (const component of components) {
    const started = await runningSince(host, component);
    if (started === undefined || started.getTime() < since.getTime() - SLACK_MS) return false;
  }
  return true;
}
