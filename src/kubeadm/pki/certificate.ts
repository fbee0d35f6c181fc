import { randomBytes, X509Certificate as NodeX509, type KeyObject } from 'node:crypto';
import * as x509 from './x509.js';
import { normalizeAltNames, type AltNames } from './alt-names.js';
import { publicKeyDer, signingParams, subjectKeyId, toSigningCryptoKey } from './keys.js';
import type { ExtKeyUsage } from './certlist.js';

export interface CertificateRequest {
  commonName: string;
  organization: readonly string[];
  usages: readonly ExtKeyUsage[];
  altNames: AltNames;
  isCA: boolean;
  notBefore: Date;
  notAfter: Date;
}

export interface Issuer {
  cert: NodeX509;
  key: KeyObject;
}

const EKU_OID: Record<ExtKeyUsage, string> = { serverAuth: '1.3.6.1.5.5.7.3.1', clientAuth: '1.3.6.1.5.5.7.3.2' };

/** A random serial in [1, 2^63−1), as kubeadm picks them; hex with an even number of digits. */
function randomSerial(): string {
  const max = (1n << 63n) - 1n;
  let value: bigint;
  do value = randomBytes(8).readBigUInt64BE() & ((1n << 63n) - 1n);
  while (value >= max - 1n);
  const hex = (value + 1n).toString(16);
  return hex.length % 2 === 0 ? hex : `0${hex}`;
}

/** Go encodes names as PrintableString when it can, UTF8String otherwise; kubeadm's DNs are O then CN. */
function distinguishedName(commonName: string, organization: readonly string[]): x509.Name {
  const value = (text: string) => (x509.Name.isPrintableString(text) ? { printableString: text } : { utf8String: text });
  return new x509.Name([
    ...organization.map((o) => ({ '2.5.4.10': [value(o)] })),
    { '2.5.4.3': [value(commonName)] },
  ]);
}

/**
 * Creates a certificate with the extensions Go's x509 gives kubeadm's templates, in the same order:
 * KeyUsage (critical), ExtKeyUsage, BasicConstraints (critical), SKI (CAs) / AKI (signed certs), SAN.
 * Self-signed when no issuer is given.
 */
export async function createCertificate(request: CertificateRequest, key: KeyObject, issuer?: Issuer): Promise<NodeX509> {
  const signer = issuer?.key ?? key;
  const usages = x509.KeyUsageFlags.digitalSignature | x509.KeyUsageFlags.keyEncipherment | (request.isCA ? x509.KeyUsageFlags.keyCertSign : 0);
  const extensions: x509.Extension[] = [new x509.KeyUsagesExtension(usages, true)];
  if (request.usages.length > 0) extensions.push(new x509.ExtendedKeyUsageExtension(request.usages.map((u) => EKU_OID[u]), false));
  extensions.push(new x509.BasicConstraintsExtension(request.isCA, undefined, true));
  if (request.isCA && !issuer) extensions.push(new x509.SubjectKeyIdentifierExtension(subjectKeyId(key).toString('hex')));
  if (issuer) {
    const parentSki = new x509.X509Certificate(issuer.cert.raw).getExtension(x509.SubjectKeyIdentifierExtension);
    if (parentSki) extensions.push(new x509.AuthorityKeyIdentifierExtension(parentSki.keyId));
  }
  const names = normalizeAltNames(request.altNames);
  if (names.dnsNames.length + names.ips.length > 0) {
    extensions.push(
      new x509.SubjectAlternativeNameExtension([
        ...names.dnsNames.map((value) => ({ type: 'dns' as const, value })),
        ...names.ips.map((value) => ({ type: 'ip' as const, value })),
      ]),
    );
  }
  const subject = distinguishedName(request.commonName, request.organization);
  const cert = await x509.X509CertificateGenerator.create({
    serialNumber: randomSerial(),
    subject,
    issuer: issuer ? new x509.X509Certificate(issuer.cert.raw).subjectName : subject,
    notBefore: request.notBefore,
    notAfter: request.notAfter,
    publicKey: arrayBuffer(publicKeyDer(key)),
    signingKey: await toSigningCryptoKey(signer),
    signingAlgorithm: signingParams(signer).sign,
    extensions,
  });
  return new NodeX509(Buffer.from(cert.rawData));
}

export function certificatePem(cert: NodeX509): string {
  return cert.toString();
}

/** Seconds precision, as certificates store times. */
export function truncateToSeconds(date: Date): Date {
  return new Date(Math.floor(date.getTime() / 1000) * 1000);
}

function arrayBuffer(data: Buffer): ArrayBuffer {
  return data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength) as ArrayBuffer;
}
