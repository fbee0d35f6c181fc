import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from '../util/process.js';
import { stagedSuffix, tarFiles, untarArgv } from './tar.js';
test('one archive writes every file with its mode, replacing existing ones, odd names included', async (t) => {
    const dir = await mkdtemp(join(tmpdir(), 'kubeha-tar-'));
    t.after(() => rm(dir, { recursive: true, force: true }));
    await writeFile(join(dir, 'old.conf'), 'old');
    const files = [
        { path: join(dir, 'pki/ca.key'), data: 'secret', mode: 0o600 },
        { path: join(dir, 'pki/etcd/ca.crt'), data: Buffer.from('cert'), mode: 0o644 },
        { path: join(dir, "it's a name"), data: 'x', mode: 0o644 },
        { path: join(dir, 'old.conf'), data: 'new', mode: 0o600 },
    ];
    const suffix = stagedSuffix();
    await run(untarArgv(files.map((f) => f.path), suffix), { stdin: await tarFiles(files, suffix) });
    assert.equal(await readFile(join(dir, 'pki/ca.key'), 'utf8'), 'secret');
    assert.equal((await stat(join(dir, 'pki/ca.key'))).mode & 0o777, 0o600);
    assert.equal((await stat(join(dir, 'pki/etcd/ca.crt'))).mode & 0o777, 0o644);
    assert.equal(await readFile(join(dir, "it's a name"), 'utf8'), 'x');
    assert.equal(await readFile(join(dir, 'old.conf'), 'utf8'), 'new');
    const r = await run(['ls', '-A', join(dir, 'pki')]);
    assert.ok(!r.stdout.includes('kubeha-new'));
});
test('two transfers of the same file at once both land (a killed run may still be unpacking)', async (t) => {
    const dir = await mkdtemp(join(tmpdir(), 'kubeha-tar-'));
    t.after(() => rm(dir, { recursive: true, force: true }));
    const put = async (data) => {
        const files = [{ path: join(dir, 'f'), data: Buffer.alloc(4 << 20, data), mode: 0o644 }];
        const suffix = stagedSuffix();
        return run(untarArgv(files.map((f) => f.path), suffix), { stdin: await tarFiles(files, suffix) });
    };
    const results = await Promise.allSettled([put('a'), put('b'), put('c')]);
    assert.deepEqual(results.map((r) => r.status), ['fulfilled', 'fulfilled', 'fulfilled']);
    assert.match((await readFile(join(dir, 'f'), 'utf8')).slice(0, 1), /^[abc]$/);
});
//# sourceMappingURL=tar.test.js.map