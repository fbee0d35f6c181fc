import { constants, createPublicKey, publicEncrypt, randomFillSync } from 'node:crypto';

/**
 * Random probable primes for RSA keys, found faster than node:crypto's generatePrime. OpenSSL 3 clamps its
 * Miller-Rabin rounds to 64 for every prime it returns (measured: `checkPrimeSync(p, {checks})` costs the same
 * ~19 ms for 1 and for 64 checks, of ~30 ms per 1024-bit prime). For random candidates in RSA key generation, FIPS
 * 186-5 B.3 allows far fewer; Go (and so kubeadm) uses BoringSSL's counts, as here.
 */
export function millerRabinRounds(bits: number): number {
  if (bits >= 3747) return 3;
  if (bits >= 1345) return 4;
  if (bits >= 476) return 5;
  if (bits >= 400) return 6;
  if (bits >= 347) return 7;
  if (bits >= 308) return 8;
  if (bits >= 55) return 27;
  return 34;
}

const SIEVE_LIMIT = 1 << 16;
/** Candidates tried from one random start: ~2.5 primes expected among 2 × 8192 numbers of 1024 bits. */
const WINDOW = 1 << 13;

/** The odd primes below 2^16 in groups whose product stays below 2^53, so one BigInt division serves each group. */
const sieveGroups: readonly { primes: readonly number[]; product: bigint }[] = (() => {
  const composite = new Uint8Array(SIEVE_LIMIT);
  const groups: { primes: number[]; product: bigint }[] = [];
  let primes: number[] = [];
  let product = 1;
  for (let i = 3; i < SIEVE_LIMIT; i += 2) {
    if (composite[i]) continue;
    for (let j = i * i; j < SIEVE_LIMIT; j += 2 * i) composite[j] = 1;
    if (product * i > Number.MAX_SAFE_INTEGER) {
      groups.push({ primes, product: BigInt(product) });
      [primes, product] = [[], 1];
    }
    primes.push(i);
    product *= i;
  }
  groups.push({ primes, product: BigInt(product) });
  return groups;
})();

const fromBytes = (bytes: Buffer): bigint => BigInt(`0x${bytes.toString('hex')}`);
const toBytes = (value: bigint, length: number): Buffer => Buffer.from(value.toString(16).padStart(length * 2, '0'), 'hex');
/** A non-negative integer as a JWK writes it (RFC 7518 §2: unsigned big-endian bytes, base64url). */
export const jwkInteger = (value: bigint): string => toBytes(value, Math.ceil(value.toString(16).length / 2)).toString('base64url');

/**
 * Miller-Rabin (FIPS 186-5 B.3.1) with `rounds` random bases. The modular exponentiation is OpenSSL's: a raw RSA
 * public operation with the exponent m (0.48 ms for 1024 bits, measured, against ~19 ms for checkPrimeSync). Not
 * createDiffieHellman: its constructor tests the modulus for primality itself.
 */
export function isProbablePrime(w: bigint, rounds: number): boolean {
  if (w < 5n || (w & 1n) === 0n) return w === 2n || w === 3n;
  const minusOne = w - 1n;
  let m = minusOne;
  let a = 0;
  while ((m & 1n) === 0n) {
    m >>= 1n;
    a++;
  }
  const length = Math.ceil(w.toString(16).length / 2);
  const key = createPublicKey({ format: 'jwk', key: { kty: 'RSA', n: jwkInteger(w), e: jwkInteger(m) } });
  const random = Buffer.alloc(length);
  for (let round = 0; round < rounds; ) {
    const b = fromBytes(randomFillSync(random)) % w;
    if (b <= 1n || b >= minusOne) continue;
    round++;
    let z = fromBytes(publicEncrypt({ key, padding: constants.RSA_NO_PADDING }, toBytes(b, length)));
    if (z === 1n || z === minusOne) continue;
    let possiblyPrime = false;
    for (let i = 1; i < a; i++) {
      z = (z * z) % w;
      if (z === minusOne) {
        possiblyPrime = true;
        break;
      }
      if (z === 1n) break;
    }
    if (!possiblyPrime) return false;
  }
  return true;
}

/**
 * A random prime of exactly `bits` bits with the top two bits set (so that a product of two has 2 × bits bits).
 * Incremental search: a CSPRNG start, the odd numbers of a window after it sieved by the primes below 2^16, then
 * Miller-Rabin on each survivor in order; the first that passes is returned, and a window without one starts over.
 */
export function randomPrime(bits: number): bigint {
  if (!Number.isInteger(bits) || bits < 64) throw new Error(`a prime of ${bits} bits is not supported`);
  const length = Math.ceil(bits / 8);
  const excess = length * 8 - bits;
  const limit = 1n << BigInt(bits);
  const rounds = millerRabinRounds(bits);
  const start = Buffer.alloc(length);
  const sieved = new Uint8Array(WINDOW);
  for (;;) {
    randomFillSync(start);
    start[0] = (start[0]! & (0xff >> excess)) | (0xc0 >> excess);
    start[length - 1]! |= 1;
    const base = fromBytes(start);
    // sieved[k] = 1 when base + 2k has a small factor.
    sieved.fill(0);
    for (const { primes, product } of sieveGroups) {
      const residue = Number(base % product);
      for (const q of primes) {
        const r = residue % q;
        // The first k with base + 2k ≡ 0 (mod q): 2k ≡ q − r, and q − r is even or q − r + q is.
        for (let k = r === 0 ? 0 : ((q - r) % 2 === 0 ? q - r : 2 * q - r) / 2; k < WINDOW; k += q) sieved[k] = 1;
      }
    }
    for (let k = 0; k < WINDOW; k++) {
      if (sieved[k]) continue;
      const candidate = base + 2n * BigInt(k);
      if (candidate >= limit) break;
      if (isProbablePrime(candidate, rounds)) return candidate;
    }
  }
}
