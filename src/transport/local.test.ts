import assert from 'node:assert/strict';
import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { LocalHost } from './local.js';

test('LocalHost writes a source file by streaming it; one of another size than declared leaves nothing behind', async (t) => {
  const dir = await mkdtemp(join(tmpdir(), 'kubeha-local-'));
  t.after(() => rm(dir, { recursive: true, force: true }));
  const bytes = Buffer.alloc(3 << 20, 'd');
  const source = join(dir, 'containerd.deb');
  await writeFile(source, bytes);
  const host = new LocalHost('h1');
  const target = join(dir, 'cache/containerd.deb');
  await host.writeFiles([
    { path: target, source: { file: source, size: bytes.length }, mode: 0o640 },
    { path: join(dir, 'cache/note'), data: 'in memory', mode: 0o600 },
  ]);
  assert.ok((await readFile(target)).equals(bytes));
  assert.equal((await stat(target)).mode & 0o777, 0o640);
  assert.equal(await readFile(join(dir, 'cache/note'), 'utf8'), 'in memory');

  const other = join(dir, 'other/containerd.deb');
  await assert.rejects(host.writeFiles([{ path: other, source: { file: source, size: 10 }, mode: 0o644 }]), /containerd\.deb is larger than its declared 10 bytes/);
  assert.deepEqual(await readdir(join(dir, 'other')), [], 'neither the file nor its staged copy');
});
