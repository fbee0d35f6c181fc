import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { chmod, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, type TestContext } from 'node:test';
import type { FileToWrite } from './host.js';
import { LocalHost } from './local.js';
import { findContent, provideContent, type Content, type ContentStores } from './content.js';

/** A LocalHost that records what is sent to it. */
class RecordingHost extends LocalHost {
  sent: string[] = [];
  writes: FileToWrite[] = [];
  override async writeFiles(files: readonly FileToWrite[]): Promise<void> {
    this.sent.push(...files.map((f) => f.path));
    this.writes.push(...files);
    return super.writeFiles(files);
  }
}

async function content(dir: string, name: string, data: string): Promise<Content> {
  const file = join(dir, name);
  await writeFile(file, data);
  return { sha256: createHash('sha256').update(data).digest('hex'), size: data.length, file };
}

test('content is sent only when the host has no verified copy: its cache, then the shared store', async (t) => {
  const dir = await mkdtemp(join(tmpdir(), 'kubeha-content-'));
  t.after(() => rm(dir, { recursive: true, force: true }));
  const stores: ContentStores = { cache: join(dir, 'host/cache'), shared: join(dir, 'host/shared'), incoming: join(dir, 'host/incoming') };
  await mkdir(join(dir, 'admin'));
  const [a, b, c, d] = await Promise.all(['a', 'b', 'c', 'd'].map((n) => content(join(dir, 'admin'), n, `content ${n}\n`)));
  // b is shared (read-only), c is in the host's cache, d is in the shared store but damaged.
  await mkdir(stores.shared, { recursive: true });
  await mkdir(stores.cache, { recursive: true });
  await writeFile(join(stores.shared, b!.sha256), 'content b\n');
  await chmod(join(stores.shared, b!.sha256), 0o444);
  await writeFile(join(stores.cache, c!.sha256), 'content c\n');
  await writeFile(join(stores.shared, d!.sha256), 'content D\n');
  const host = new RecordingHost('h1');

  const provided = await provideContent(host, [a!, b!, c!, d!], stores);
  assert.deepEqual(provided.sent.map((x) => x.file), [a!.file, d!.file], 'only what the host lacks, or has damaged, is sent');
  assert.deepEqual(host.sent, [join(stores.incoming, a!.sha256), join(stores.incoming, d!.sha256)]);
  assert.deepEqual(
    host.writes.map((w) => [w.source, w.data]),
    [a!, d!].map((x) => [{ file: x.file, size: x.size }, undefined]),
    'streamed from the admin machine\'s file, never read into memory',
  );
  assert.equal(provided.paths.get(b!.sha256), join(stores.shared, b!.sha256));
  assert.equal(provided.paths.get(c!.sha256), join(stores.cache, c!.sha256));
  assert.equal(await readFile(provided.paths.get(d!.sha256)!, 'utf8'), 'content d\n', 'the damaged shared copy is not used');

  // A second run sends nothing: everything is verified on the host.
  host.sent = [];
  const again = await provideContent(host, [a!, b!, c!, d!], stores);
  assert.deepEqual([again.sent, host.sent], [[], []]);
  assert.equal((await findContent(host, [a!, b!, c!, d!], stores)).size, 4);
});

/** A scratch directory, removed after the test, with a host's stores in it. */
async function scratchStores(t: TestContext): Promise<{ dir: string; stores: ContentStores }> {
  const dir = await mkdtemp(join(tmpdir(), 'kubeha-content-'));
  t.after(() => rm(dir, { recursive: true, force: true }));
  return { dir, stores: { cache: join(dir, 'cache'), shared: join(dir, 'shared'), incoming: join(dir, 'incoming') } };
}

test('a transfer that does not match its sha256 is refused and not kept', async (t) => {
  const { dir, stores } = await scratchStores(t);
  const item = await content(dir, 'x', 'the real bytes');
  await writeFile(item.file, 'the fake bytes');
  await assert.rejects(provideContent(new LocalHost('h1'), [item], stores), /does not match its sha256/);
  assert.equal((await findContent(new LocalHost('h1'), [item], stores)).size, 0);
});

test('content whose file changed size since it was hashed fails its transfer, naming the file', async (t) => {
  const { dir, stores } = await scratchStores(t);
  const item = await content(dir, 'x', 'the real bytes');
  await writeFile(item.file, 'changed since it was hashed');
  await assert.rejects(provideContent(new LocalHost('h1'), [item], stores), new RegExp(`${item.file} is larger than its declared 14 bytes`));
  assert.equal((await findContent(new LocalHost('h1'), [item], stores)).size, 0);
});
