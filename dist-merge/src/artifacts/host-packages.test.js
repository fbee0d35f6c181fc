import { test } from 'node:test';
import assert from 'node:assert/strict';
import { missingPackages } from './host-packages.js';
test('packages that are not fully installed count as missing', () => {
    const out = 'gcc install ok installed\nlibc6-dev:amd64 install ok installed\numoci deinstall ok config-files\n';
    assert.deepEqual(missingPackages(['gcc', 'libc6-dev', 'umoci', 'skopeo'], out), ['umoci', 'skopeo']);
});
//# sourceMappingURL=host-packages.test.js.map