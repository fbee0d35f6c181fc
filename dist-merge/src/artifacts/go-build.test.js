import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { proxyOnly } from './go-build.js';
test("GOPROXY is Go's own setting without direct (no VCS fallback); nothing left is off", () => {
    assert.equal(proxyOnly('https://proxy.golang.org,direct\n'), 'https://proxy.golang.org');
    assert.equal(proxyOnly('https://goproxy.example.com|https://proxy.golang.org,direct'), 'https://goproxy.example.com|https://proxy.golang.org');
    assert.equal(proxyOnly('direct,https://mirror.example.com'), 'https://mirror.example.com');
    assert.equal(proxyOnly('file:///srv/goproxy'), 'file:///srv/goproxy');
    assert.equal(proxyOnly('direct'), 'off');
    assert.equal(proxyOnly('off'), 'off');
    assert.equal(proxyOnly(''), 'off');
});
test('the artifacts builder names no module proxy of its own', async () => {
    const source = await readFile(new URL('../../../src/artifacts/go-build.ts', import.meta.url), 'utf8');
    assert.doesNotMatch(source, /proxy\.golang\.org/);
});
//# sourceMappingURL=go-build.test.js.map