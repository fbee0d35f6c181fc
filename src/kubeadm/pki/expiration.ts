import { X509Certificate } from 'node:crypto';
import { posix } from 'node:path';
import type { Host } from '../../transport/host.js';
import { certList, pkiDefaults, type PkiInputs } from './certlist.js';
import { certPath } from './pki.js';

export interface CertExpiration {
  name: string;
  path: string;
  isCA: boolean;
  /** undefined when the file does not exist. */
  notAfter?: Date;
  residualMs?: number;
  signedBy?: string;
}

/** Expiry of every certificate of kubeadm's list under a directory (as `kubeadm certs check-expiration`). */
export async function checkExpiration(host: Host, certificatesDir: string, now = new Date()): Promise<CertExpiration[]> {
  const inputs: PkiInputs = { ...pkiDefaults, nodeName: 'n', advertiseAddress: '127.0.0.1', certSANs: [], etcdServerSANs: [], etcdPeerSANs: [], externalEtcd: false, certificatesDir };
  const out: CertExpiration[] = [];
  for (const spec of certList(inputs)) {
    const path = certPath(certificatesDir, spec.baseName);
    const data = await host.readFile(path);
    const entry: CertExpiration = { name: spec.name, path: posix.normalize(path), isCA: spec.ca === undefined, ...(spec.ca ? { signedBy: spec.ca } : {}) };
    if (data) {
      const notAfter = new Date(new X509Certificate(data).validTo);
      entry.notAfter = notAfter;
      entry.residualMs = notAfter.getTime() - now.getTime();
    }
    out.push(entry);
  }
  return out;
}
