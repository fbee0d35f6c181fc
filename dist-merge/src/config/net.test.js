import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cidrsOverlap, nthAddress, parseCidr, parseEndpoint } from './net.js';
test('CIDRs', () => {
    assert.ok(parseCidr('10.96.0.0/12'));
    assert.equal(parseCidr('10.96.0.0/33'), undefined);
    assert.equal(parseCidr('10.96.0/12'), undefined);
    assert.ok(cidrsOverlap('10.96.0.0/12', '10.100.0.0/16'));
    assert.ok(!cidrsOverlap('10.96.0.0/12', '10.244.0.0/16'));
    assert.equal(nthAddress('10.96.0.0/12', 1), '10.96.0.1');
    assert.equal(nthAddress('10.96.0.0/12', 10), '10.96.0.10');
    assert.equal(nthAddress('fd00:10:96::/112', 1), 'fd00:10:96::1');
});
test('endpoints', () => {
    assert.deepEqual(parseEndpoint('lb.example.com:6443'), { host: 'lb.example.com', port: 6443 });
    assert.deepEqual(parseEndpoint('10.0.0.1'), { host: '10.0.0.1', port: undefined });
    assert.deepEqual(parseEndpoint('[fd00::1]:443'), { host: 'fd00::1', port: 443 });
    assert.equal(parseEndpoint('https://x:1'), undefined);
    assert.equal(parseEndpoint('x:70000'), undefined);
});
//# sourceMappingURL=net.test.js.map