import { test } from 'node:test';
import assert from 'node:assert/strict';
import { redact } from './redact.js';
test('token secrets, certificate keys and private keys are withheld; CA pins stay', () => {
    const pin = `sha256:${'ab'.repeat(32)}`;
    const key = 'cd'.repeat(32);
    const text = `kubeadm join lb:6443 --token abcdef.0123456789abcdef --discovery-token-ca-cert-hash ${pin} --certificate-key ${key}\n-----BEGIN RSA PRIVATE KEY-----\nMIIE\n-----END RSA PRIVATE KEY-----`;
    const out = redact(text);
    assert.ok(!out.includes('0123456789abcdef'));
    assert.ok(!out.includes(key));
    assert.ok(!out.includes('MIIE'));
    assert.ok(out.includes(pin));
    assert.ok(out.includes('abcdef.<withheld>'));
});
//# sourceMappingURL=redact.test.js.map