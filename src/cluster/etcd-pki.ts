import { X509Certificate } from 'node:crypto';
import { KubehaError } from '../errors.js';
import type { FileToWrite, Host } from '../transport/host.js';
import { normalizeAltNames } from '../kubeadm/pki/alt-names.js';
import { CERTIFICATE_BACKDATE_MS, certList, type CertSpec, type PkiInputs } from '../kubeadm/pki/certlist.js';
import { certificatePem, createCertificate, truncateToSeconds, type Issuer } from '../kubeadm/pki/certificate.js';
import { generatePrivateKey, privateKeyPem } from '../kubeadm/pki/keys.js';
import { CERT_FILE_MODE, KEY_FILE_MODE, ensurePki, loadPair } from '../kubeadm/pki/pki.js';

/**
 * External etcd's PKI as the companion guide "Set up a High Availability etcd cluster with kubeadm" builds it:
 * one etcd CA, created once on the first etcd host (its key never leaves it), and per-host leaf certificates
 * signed with it — the members' server/peer/healthcheck-client and the apiserver-etcd-client of the first
 * control plane. kubeha signs the leafs itself and writes them to the host that uses them.
 */

export type EtcdLeaf = 'etcd-server' | 'etcd-peer' | 'etcd-healthcheck-client' | 'apiserver-etcd-client';

/** Where a leaf goes: kubeadm's path under the certificates dir, or an explicit one (etcd.external files). */
export interface LeafTarget {
  leaf: EtcdLeaf;
  certPath: string;
  keyPath: string;
}

/** Creates the etcd CA on the first etcd host if it is missing (reused untouched otherwise), and returns it. */
export async function ensureEtcdCa(first: Host, inputs: PkiInputs): Promise<Issuer> {
  await ensurePki(first, { ...inputs, externalEtcd: false }, { only: ['etcd-ca'] });
  const pair = await loadPair(first, inputs.certificatesDir, 'etcd/ca');
  if (!pair) throw new KubehaError('the etcd CA is missing after creating it', { doing: 'creating the etcd CA', host: first.name });
  return pair;
}

/** The etcd CA as the first etcd host holds it; a step that needs it runs after etcd/cluster. */
export async function readEtcdCa(first: Host, certificatesDir: string): Promise<Issuer> {
  const pair = await loadPair(first, certificatesDir, 'etcd/ca');
  if (!pair) {
    throw new KubehaError(`${certificatesDir}/etcd/ca.crt or ca.key is missing`, { doing: 'reading the etcd CA', host: first.name });
  }
  return pair;
}

function valid(cert: X509Certificate, issuer: Issuer, spec: CertSpec): boolean {
  if (!cert.verify(issuer.cert.publicKey)) return false;
  if (Date.parse(cert.validTo) < Date.now()) return false;
  const wanted = normalizeAltNames(spec.altNames);
  return (
    wanted.dnsNames.every((d) => cert.checkHost(d, { wildcards: false, subject: 'never' }) !== undefined) &&
    wanted.ips.every((ip) => cert.checkIP(ip) !== undefined)
  );
}

/** What leaf files (and the CA certificate) this host lacks or holds wrongly; nothing when all hold. */
export async function missingLeafFiles(
  host: Host,
  issuer: Issuer,
  inputs: PkiInputs,
  targets: readonly LeafTarget[],
  caCertPath: string,
  /** Every target anew (new keys, a new validity), however valid the old files are: a renewal. */
  renew = false,
): Promise<FileToWrite[]> {
  const specs = certList({ ...inputs, externalEtcd: false });
  const now = truncateToSeconds(new Date());
  const files: FileToWrite[] = [];
  const caPem = certificatePem(issuer.cert);
  if ((await host.readFile(caCertPath))?.toString() !== caPem) files.push({ path: caCertPath, data: caPem, mode: CERT_FILE_MODE });
  for (const t of targets) {
    const spec = specs.find((s) => s.name === t.leaf)!;
    const [certData, keyData] = await Promise.all([host.readFile(t.certPath), host.readFile(t.keyPath)]);
    if (!renew && certData !== undefined && keyData !== undefined && valid(new X509Certificate(certData), issuer, spec)) continue;
    const key = await generatePrivateKey(inputs.encryptionAlgorithm);
    const cert = await createCertificate(
      {
        commonName: spec.commonName,
        organization: spec.organization,
        usages: spec.usages,
        altNames: spec.altNames,
        isCA: false,
        notBefore: new Date(now.getTime() - CERTIFICATE_BACKDATE_MS),
        notAfter: new Date(now.getTime() + inputs.certificateValidityPeriod),
      },
      key,
      issuer,
    );
    files.push(
      { path: t.certPath, data: certificatePem(cert), mode: CERT_FILE_MODE },
      { path: t.keyPath, data: privateKeyPem(key), mode: KEY_FILE_MODE },
    );
  }
  return files;
}

/** Writes what missingLeafFiles finds, in one transfer. */
export async function ensureLeafs(
  host: Host,
  issuer: Issuer,
  inputs: PkiInputs,
  targets: readonly LeafTarget[],
  caCertPath: string,
): Promise<void> {
  const files = await missingLeafFiles(host, issuer, inputs, targets, caCertPath);
  if (files.length > 0) await host.writeFiles(files);
}

/** A member's three leafs at kubeadm's paths. */
export function memberLeafTargets(certificatesDir: string): LeafTarget[] {
  return (['server', 'peer', 'healthcheck-client'] as const).map((n) => ({
    leaf: `etcd-${n}` as EtcdLeaf,
    certPath: `${certificatesDir}/etcd/${n}.crt`,
    keyPath: `${certificatesDir}/etcd/${n}.key`,
  }));
}
