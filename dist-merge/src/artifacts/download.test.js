import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseSha256File, releaseUrl } from './download.js';
test('release URLs follow dl.k8s.io', () => {
    assert.equal(releaseUrl('https://dl.k8s.io/release/', 'v1.37.2', 'kubeadm'), 'https://dl.k8s.io/release/v1.37.2/bin/linux/amd64/kubeadm');
});
test('sha256 files may carry a file name', () => {
    const digest = 'a'.repeat(64);
    assert.equal(parseSha256File(`${digest}\n`), digest);
    assert.equal(parseSha256File(`${digest.toUpperCase()}  kubeadm\n`), digest);
    assert.equal(parseSha256File('not found'), undefined);
});
//# sourceMappingURL=download.test.js.map