import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, mkdir, rm, truncate, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkManifest, MANIFEST_FILE, parseManifest, writeManifest } from './manifest.js';
async function entry(t) {
    const dir = await mkdtemp(join(tmpdir(), 'kubeha-manifest-'));
    t.after(() => rm(dir, { recursive: true, force: true }));
    await mkdir(join(dir, 'bin'));
    await writeFile(join(dir, 'bin', 'a'), 'alpha');
    await writeFile(join(dir, 'bin', 'b'), 'beta');
    await writeFile(join(dir, 'versions.json'), '{}');
    return dir;
}
test('a complete entry checks out', async (t) => {
    const dir = await entry(t);
    const manifest = await writeManifest(dir, 'v1.0.0');
    assert.deepEqual(Object.keys(manifest.files), ['bin/a', 'bin/b', 'versions.json']);
    const check = await checkManifest(dir, 'v1.0.0');
    assert.equal(check.ok, true);
});
test('no manifest means unfinished', async (t) => {
    const dir = await entry(t);
    const check = await checkManifest(dir, 'v1.0.0');
    assert.equal(check.ok, false);
    if (!check.ok)
        assert.deepEqual(check.problems, [`${MANIFEST_FILE} is missing`]);
});
test('a truncated, changed or missing file is found and the rest is intact', async (t) => {
    const dir = await entry(t);
    await writeManifest(dir, 'v1.0.0');
    await truncate(join(dir, 'bin', 'a'), 2);
    await unlink(join(dir, 'versions.json'));
    const check = await checkManifest(dir, 'v1.0.0');
    assert.equal(check.ok, false);
    if (check.ok)
        return;
    assert.equal(check.problems.length, 2);
    assert.deepEqual([...check.intact], ['bin/b']);
    await writeFile(join(dir, 'bin', 'a'), 'alphA');
    const again = await checkManifest(dir, 'v1.0.0');
    assert.equal(again.ok, false);
    if (!again.ok)
        assert.ok(again.problems.includes('bin/a does not match its sha256'));
});
test('a manifest for another version does not count', async (t) => {
    const dir = await entry(t);
    await writeManifest(dir, 'v1.0.0');
    assert.equal((await checkManifest(dir, 'v1.0.1')).ok, false);
    assert.equal(parseManifest('{"version": 1}'), undefined);
});
//# sourceMappingURL=manifest.test.js.map