import { createHash, createPrivateKey, createPublicKey, generateKeyPair, type JsonWebKey, type KeyObject } from 'node:crypto';
import { availableParallelism } from 'node:os';
import { promisify } from 'node:util';
import { Piscina } from 'piscina';

/** kubeadm's `ClusterConfiguration.encryptionAlgorithm` values. */
export type EncryptionAlgorithm = 'RSA-2048' | 'RSA-3072' | 'RSA-4096' | 'ECDSA-P256' | 'ECDSA-P384';

export const encryptionAlgorithms: readonly EncryptionAlgorithm[] = ['RSA-2048', 'RSA-3072', 'RSA-4096', 'ECDSA-P256', 'ECDSA-P384'];

const generate = promisify(generateKeyPair);

export async function generatePrivateKey(algorithm: EncryptionAlgorithm): Promise<KeyObject> {
  switch (algorithm) {
    case 'ECDSA-P256':
      return (await generate('ec', { namedCurve: 'prime256v1' })).privateKey;
    case 'ECDSA-P384':
      return (await generate('ec', { namedCurve: 'secp384r1' })).privateKey;
    default:
      return createPrivateKey({ format: 'jwk', key: await rsaPool().run({ bits: Number(algorithm.slice(4)) }) });
  }
}

let pool: Piscina<{ bits: number }, JsonWebKey> | undefined;

/**
 * RSA keys come from our own prime search (primes.ts) on worker threads, one per CPU. Not generateKeyPair: for
 * e = 65537 and ≥ 2048 bits OpenSSL 3.0 takes its SP 800-56B path, measured here at ~195 ms of CPU per RSA-2048 key,
 * against ~90 ms for two generatePrime calls, ~79 ms for Go 1.26's rsa.GenerateKey (kubeadm's) and ~30 ms for two
 * randomPrime calls. Idle threads hold no reference, so the pool never keeps the process alive.
 */
function rsaPool(): Piscina<{ bits: number }, JsonWebKey> {
  const threads = availableParallelism();
  pool ??= new Piscina({ filename: new URL('./rsa-worker.js', import.meta.url).href, minThreads: threads, maxThreads: threads, idleTimeout: 5000 });
  return pool;
}

/** PEM the way kubeadm writes keys: RSA → PKCS#1 `RSA PRIVATE KEY`, ECDSA → SEC1 `EC PRIVATE KEY`. */
export function privateKeyPem(key: KeyObject): string {
  const type = key.asymmetricKeyType === 'rsa' ? 'pkcs1' : 'sec1';
  return key.export({ type, format: 'pem' }).toString();
}

/** PKIX `PUBLIC KEY` PEM (sa.pub). */
export function publicKeyPem(key: KeyObject): string {
  return createPublicKey(key).export({ type: 'spki', format: 'pem' }).toString();
}

/** Loads an RSA or ECDSA private key PEM (PKCS#1, SEC1 or PKCS#8); anything else is rejected like kubeadm does. */
export function parsePrivateKey(pem: string | Buffer): KeyObject {
  const key = createPrivateKey(pem);
  if (key.asymmetricKeyType !== 'rsa' && key.asymmetricKeyType !== 'ec') {
    throw new Error(`unsupported private key type ${key.asymmetricKeyType ?? 'unknown'}`);
  }
  return key;
}

/** Which of kubeadm's algorithms a key is, or undefined for anything else. */
export function algorithmOf(key: KeyObject): EncryptionAlgorithm | undefined {
  const details = key.asymmetricKeyDetails ?? {};
  if (key.asymmetricKeyType === 'rsa') {
    const name = `RSA-${details.modulusLength ?? 0}`;
    return (encryptionAlgorithms as readonly string[]).includes(name) ? (name as EncryptionAlgorithm) : undefined;
  }
  if (details.namedCurve === 'prime256v1') return 'ECDSA-P256';
  if (details.namedCurve === 'secp384r1') return 'ECDSA-P384';
  return undefined;
}

export function publicKeyDer(key: KeyObject): Buffer {
  return createPublicKey(key).export({ type: 'spki', format: 'der' });
}

/**
 * Subject key identifier as Go ≥1.25 computes it (and so kubeadm v1.37): the first 160 bits of SHA-256
 * over the subjectPublicKey BIT STRING contents (RFC 7093 method 1).
 */
export function subjectKeyId(key: KeyObject): Buffer {
  return createHash('sha256').update(subjectPublicKeyBits(publicKeyDer(key))).digest().subarray(0, 20);
}

/** The BIT STRING payload (without the unused-bits byte) of a DER SubjectPublicKeyInfo. */
function subjectPublicKeyBits(spki: Buffer): Buffer {
  const header = (offset: number): { start: number; end: number } => {
    let length = spki[offset + 1]!;
    let size = 2;
    if (length & 0x80) {
      const n = length & 0x7f;
      length = 0;
      for (let i = 0; i < n; i++) length = length * 256 + spki[offset + 2 + i]!;
      size += n;
    }
    return { start: offset + size, end: offset + size + length };
  };
  const outer = header(0);
  const algorithm = header(outer.start);
  const bits = header(algorithm.end);
  return spki.subarray(bits.start + 1, bits.end);
}
