import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkPrimeSync, generatePrimeSync, randomBytes } from 'node:crypto';
import { isProbablePrime, jwkInteger, millerRabinRounds, randomPrime } from './primes.js';

test('Miller-Rabin agrees with OpenSSL on random odd numbers, small primes and products of two primes', () => {
  for (let i = 0; i < 300; i++) {
    const w = BigInt(`0x${randomBytes(8).toString('hex')}`) | 1n;
    assert.equal(isProbablePrime(w, 27), checkPrimeSync(w), `${w}`);
  }
  for (const p of [5n, 7n, 65537n, 2147483647n, (1n << 127n) - 1n]) assert.ok(isProbablePrime(p, 27), `${p}`);
  const p = generatePrimeSync(512, { bigint: true });
  const q = generatePrimeSync(512, { bigint: true });
  assert.ok(isProbablePrime(p, 6) && isProbablePrime(q, 6));
  assert.equal(isProbablePrime(p * q, 1), false);
  assert.equal(isProbablePrime(p * p, 1), false);
});

test('Carmichael numbers and strong pseudoprimes to small bases are composite', () => {
  // 3215031751 passes Miller-Rabin for the bases 2, 3, 5 and 7. The last is Chernick's (6k + 1)(12k + 1)(18k + 1) for
  // k = 2^40 + 980, all three prime: a Carmichael number of 131 bits that fools Fermat's test for every coprime base.
  const pseudoprimes = [561n, 1105n, 41041n, 825265n, 321197185n, 3215031751n, 2152302898747n, 3474749660383n, 1722679487144027224942814568581450379409n];
  for (const w of pseudoprimes) assert.equal(isProbablePrime(w, 20), false, `${w}`);
});

test('edge cases: even numbers, 1, 2 and 3', () => {
  assert.equal(isProbablePrime(1n, 5), false);
  assert.equal(isProbablePrime(2n, 5), true);
  assert.equal(isProbablePrime(3n, 5), true);
  assert.equal(isProbablePrime(4n, 5), false);
  assert.equal(isProbablePrime((1n << 1024n) + 2n, 5), false);
});

test('randomPrime: exactly the bits asked for, the top two set, prime by OpenSSL, never twice the same', () => {
  const seen = new Set<bigint>();
  for (const bits of [1024, 1024, 1024, 1536, 2048]) {
    const p = randomPrime(bits);
    assert.equal(p.toString(2).length, bits);
    assert.equal(p >> BigInt(bits - 2), 3n);
    assert.ok(checkPrimeSync(p, { checks: 64 }));
    assert.ok(!seen.has(p));
    seen.add(p);
  }
  assert.throws(() => randomPrime(32), /32 bits is not supported/);
});

test('rounds as Go and BoringSSL choose them for RSA primes', () => {
  assert.equal(millerRabinRounds(1024), 5);
  assert.equal(millerRabinRounds(1536), 4);
  assert.equal(millerRabinRounds(2048), 4);
  assert.equal(millerRabinRounds(4096), 3);
});

test('JWK integers: unsigned big-endian bytes, base64url, no leading zero byte', () => {
  assert.equal(jwkInteger(65537n), 'AQAB');
  assert.equal(jwkInteger(255n), '_w');
  assert.equal(jwkInteger(256n), 'AQA');
});
