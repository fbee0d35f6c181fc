import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compareVersions, parseVersion, skewIssues } from './version-skew.js';
const at = (cp, kubelet = cp) => ({ controlPlanes: [{ name: 'cp1', version: cp }], kubelets: [{ name: 'w1', version: kubelet }] });
test('versions parse and order', () => {
    assert.deepEqual(parseVersion('v1.37.2'), { major: 1, minor: 37, patch: 2 });
    assert.equal(parseVersion('1.37'), undefined);
    assert.ok(compareVersions(parseVersion('v1.37.10'), parseVersion('v1.37.9')) > 0);
});
test('a patch or one minor up is allowed, and so is resuming at the target', () => {
    assert.deepEqual(skewIssues('v1.37.2', at('v1.37.1')), []);
    assert.deepEqual(skewIssues('v1.37.2', at('v1.36.9')), []);
    assert.deepEqual(skewIssues('v1.37.2', at('v1.37.2', 'v1.37.1')), []);
    assert.deepEqual(skewIssues('v1.37.2', at('v1.37.1', 'v1.34.0')), []);
});
test('two minors, a downgrade and a kubelet too old are refused, each naming its host', () => {
    assert.match(skewIssues('v1.37.2', at('v1.35.4'))[0].message, /one minor at a time; upgrade to v1\.36 first/);
    const down = skewIssues('v1.37.1', at('v1.37.2'));
    assert.equal(down[0].path, 'control plane cp1');
    assert.match(down[0].message, /does not downgrade/);
    const old = skewIssues('v1.37.2', at('v1.37.1', 'v1.33.0'));
    assert.deepEqual(old.map((i) => i.path), ['kubelet on w1']);
    assert.equal(skewIssues('1.37', at('v1.37.1'))[0].path, '--to');
});
//# sourceMappingURL=version-skew.test.js.map