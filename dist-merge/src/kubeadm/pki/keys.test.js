import { test } from 'node:test';
import assert from 'node:assert/strict';
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
    for (const field of ['n', 'e', 'd', 'p', 'q', 'dp', 'dq', 'qi'])
        assert.ok(jwk[field], field);
    const data = Buffer.from('kubeha');
    assert.ok(verify('sha256', data, createPublicKey(again), sign('sha256', data, again)));
});
test('ECDSA keys keep their curves', async () => {
    assert.equal(algorithmOf(await generatePrivateKey('ECDSA-P256')), 'ECDSA-P256');
    assert.equal(algorithmOf(await generatePrivateKey('ECDSA-P384')), 'ECDSA-P384');
});
//# sourceMappingURL=keys.test.js.map