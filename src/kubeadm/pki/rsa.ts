import type { JsonWebKey } from 'node:crypto';
import { jwkInteger, randomPrime } from './primes.js';

const E = 65537n;

function modInverse(a: bigint, m: bigint): bigint {
  let [r0, r1, s0, s1] = [a % m, m, 1n, 0n];
  while (r1 !== 0n) {
    const q = r0 / r1;
    [r0, r1] = [r1, r0 - q * r1];
    [s0, s1] = [s1, s0 - q * s1];
  }
  if (r0 !== 1n) throw new Error('not invertible');
  return ((s0 % m) + m) % m;
}

const gcd = (a: bigint, b: bigint): bigint => (b === 0n ? a : gcd(b, a % b));

/** A prime of `bits` bits (top two set) with gcd(p − 1, e) = 1. */
function rsaPrime(bits: number): bigint {
  for (;;) {
    const p = randomPrime(bits);
    if ((p - 1n) % E !== 0n) return p;
  }
}

/**
 * An RSA private key (e = 65537) of `bits` bits as a JWK, with FIPS 186-5 A.1.3's checks: n of exactly `bits` bits,
 * |p − q| > 2^(bits/2 − 100) and d > 2^(bits/2). CPU-bound: it runs on a worker thread (rsa-worker.ts).
 */
export function rsaPrivateJwk(bits: number): JsonWebKey {
  const half = bits / 2;
  for (;;) {
    const p = rsaPrime(half);
    const q = rsaPrime(half);
    const n = p * q;
    const diff = p > q ? p - q : q - p;
    if (n.toString(2).length !== bits || diff <= 1n << BigInt(half - 100)) continue;
    const lambda = ((p - 1n) * (q - 1n)) / gcd(p - 1n, q - 1n);
    const d = modInverse(E, lambda);
    if (d <= 1n << BigInt(half)) continue;
    return {
      kty: 'RSA',
      n: jwkInteger(n),
      e: jwkInteger(E),
      d: jwkInteger(d),
      p: jwkInteger(p),
      q: jwkInteger(q),
      dp: jwkInteger(d % (p - 1n)),
      dq: jwkInteger(d % (q - 1n)),
      qi: jwkInteger(modInverse(q, p)),
    };
  }
}
