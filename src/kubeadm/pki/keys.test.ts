import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createPublicKey, sign, verify } from 'node:crypto';
import { algorithmOf, generatePrivateKey, parsePrivateKey, privateKeyPem } from './keys.js';

test('an RSA-2048 key from two primes is a whole, usable key (PKCS#1, e = 65537, signs and verifies)', async () => {
  const key = await generatePrivateKey('RSA-2048');
  assert.equal(algorithmOf(key), 'RSA-2048');
  assert.equal(key.asymmetricKeyDetails?.publicExponent, 65537n);
  const pem = privateKeyPem(key);
  assert.match(pem, /^-----BEGIN RSA PRIVATE KEY-----\n/);
  const again = parsePrivateKey(pem);
  const jwk = again.export({ format: 'jwk' });
  for (const field of ['n', 'e', 'd', 'p', 'q', 'dp', 'dq', 'qi'] as const) assert.ok(jwk[field], field);
  const data = Buffer.from('kubeha');
  assert.ok(verify('sha256', data, createPublicKey(again), sign('sha256', data, again)));
});

test('ECDSA keys keep their curves', async () => {
  assert.equal(algorithmOf(await generatePrivateKey('ECDSA-P256')), 'ECDSA-P256');
  assert.equal(algorithmOf(await generatePrivateKey('ECDSA-P384')), 'ECDSA-P384');
});

test('RSA-3072 and RSA-4096 keys have their sizes', async () => {
  assert.equal(algorithmOf(await generatePrivateKey('RSA-3072')), 'RSA-3072');
  assert.equal(algorithmOf(await generatePrivateKey('RSA-4096')), 'RSA-4096');
});

test('the RSA worker threads let the process exit once its keys are made', () => {
  const keys = new URL('./keys.js', import.meta.url).href;
  const script = `import { generatePrivateKey } from '${keys}'; await Promise.all([1, 2, 3].map(() => generatePrivateKey('RSA-2048'))); console.log('made');`;
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', timeout: 120_000 });
  assert.equal(r.signal, null, 'still running after 120 s: an idle worker kept it alive');
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stdout, 'made\n');
});
