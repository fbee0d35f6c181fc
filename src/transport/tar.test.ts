import { test } from 'node:test';
import assert from 'node:assert/strict';
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Transform } from 'node:stream';
import { finished } from 'node:stream/promises';
import { KubehaError } from '../errors.js';
import { run } from '../util/process.js';
import { stagedSuffix, tarStream, untarArgv } from './tar.js';

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
  await run(untarArgv(files.map((f) => f.path), suffix), { stdin: tarStream(files, suffix) });
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
  const put = async (data: string) => {
    const files = [{ path: join(dir, 'f'), data: Buffer.alloc(4 << 20, data), mode: 0o644 }];
    const suffix = stagedSuffix();
    return run(untarArgv(files.map((f) => f.path), suffix), { stdin: tarStream(files, suffix) });
  };
  const results = await Promise.allSettled([put('a'), put('b'), put('c')]);
  assert.deepEqual(results.map((r) => r.status), ['fulfilled', 'fulfilled', 'fulfilled']);
  assert.match((await readFile(join(dir, 'f'), 'utf8')).slice(0, 1), /^[abc]$/);
});

const MiB = 1 << 20;

test('64 MiB source files stream through tar -x to four hosts at once, the process growing by less than one file', async (t) => {
  const dir = await mkdtemp(join(tmpdir(), 'kubeha-tar-'));
  t.after(() => rm(dir, { recursive: true, force: true }));
  const size = 64 * MiB;
  const source = join(dir, 'kubelet');
  // Made and compared by other processes: garbage of this one's own would blur what the transfers take.
  await run(['sh', '-c', 'head -c "$1" /dev/urandom > "$2"', 'sh', String(size), source]);
  const before = process.memoryUsage.rss();
  let peak = before;
  const send = async (host: string) => {
    const files = [
      { path: join(dir, host, 'bin/kubelet'), source: { file: source, size }, mode: 0o755 },
      { path: join(dir, host, 'etc/after-the-big-one.conf'), data: 'small\n', mode: 0o600 },
    ];
    const suffix = stagedSuffix();
    // Sampled on every chunk on its way to tar: the peak is what matters when dozens of hosts are sent to.
    const sampled = tarStream(files, suffix).pipe(
      new Transform({
        transform(chunk: Buffer, _encoding, done) {
          peak = Math.max(peak, process.memoryUsage.rss());
          done(null, chunk);
        },
      }),
    );
    await run(untarArgv(files.map((f) => f.path), suffix), { stdin: sampled });
  };
  const hosts = ['h1', 'h2', 'h3', 'h4'];
  await Promise.all(hosts.map(send));
  const growth = peak - before;
  for (const host of hosts) {
    await run(['cmp', '--', source, join(dir, host, 'bin/kubelet')]);
    assert.equal((await stat(join(dir, host, 'bin/kubelet'))).mode & 0o777, 0o755);
    assert.equal(await readFile(join(dir, host, 'etc/after-the-big-one.conf'), 'utf8'), 'small\n');
  }
  // Holding the files would take 4 × 64 MiB at least. What remains is the streams' buffers and garbage the
  // collector has not yet taken back (~30 MiB, about the same for one transfer or eight).
  t.diagnostic(`peak RSS growth sending a 64 MiB file to 4 hosts at once: ${(growth / MiB).toFixed(1)} MiB`);
  assert.ok(growth < size, `RSS grew by ${(growth / MiB).toFixed(1)} MiB`);
});

test('reading the source keeps pace with the consumer: a stalled reader stops the reads a few buffers ahead', async (t) => {
  // The source is a FIFO fed here, so how far the archive reads ahead is counted exactly: what the feeder got
  // written minus what the consumer took. Holding the file in memory would read all 64 MiB regardless.
  const dir = await mkdtemp(join(tmpdir(), 'kubeha-tar-'));
  t.after(() => rm(dir, { recursive: true, force: true }));
  const fifo = join(dir, 'fifo');
  await run(['mkfifo', fifo]);
  const size = 64 * MiB;
  let fed = 0;
  const feeder = createWriteStream(fifo);
  t.after(() => feeder.destroy());
  const feeding = (async () => {
    const chunk = Buffer.alloc(64 * 1024, 'k');
    while (fed < size) {
      const ok = feeder.write(chunk);
      fed += chunk.length;
      if (!ok) await once(feeder, 'drain');
    }
    feeder.end();
    await finished(feeder);
  })();
  const archive = tarStream([{ path: '/var/cache/x', source: { file: fifo, size }, mode: 0o644 }], stagedSuffix());
  t.after(() => archive.destroy());
  let consumed = 0;
  let stalled = false;
  archive.on('data', (chunk: Buffer) => {
    consumed += chunk.length;
    if (consumed >= 2 * MiB && !stalled) {
      stalled = true;
      archive.pause();
    }
  });
  // Once the consumer stalls, the feeder fills every buffer between it and the consumer, then waits on them.
  let last = -1;
  for (let i = 0; i < 100 && (fed !== last || !archive.isPaused()); i++) {
    last = fed;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  const ahead = fed - consumed;
  t.diagnostic(`read ahead of a stalled consumer: ${(ahead / 1024).toFixed(0)} KiB`);
  assert.ok(ahead < 4 * MiB, `${(ahead / MiB).toFixed(1)} MiB read ahead of the consumer`);
  // Stalled, not broken: the rest follows once the consumer reads again.
  archive.resume();
  await Promise.all([finished(archive), feeding]);
  assert.equal(consumed, 512 + size + 1024, 'the header, the whole file and the end of the archive');
});

test('a source file of another size than declared fails the transfer, naming the file, and nothing lands', async (t) => {
  const dir = await mkdtemp(join(tmpdir(), 'kubeha-tar-'));
  t.after(() => rm(dir, { recursive: true, force: true }));
  const source = join(dir, 'image.tar');
  await writeFile(source, Buffer.alloc(100_000, 'i'));
  for (const [size, message] of [
    [200_000, /image\.tar has 100000 bytes, not its declared 200000/],
    [1000, /image\.tar is larger than its declared 1000 bytes/],
  ] as const) {
    const files = [{ path: join(dir, 'out/image.tar'), source: { file: source, size }, mode: 0o644 }];
    const suffix = stagedSuffix();
    const err = await run(untarArgv(files.map((f) => f.path), suffix), { stdin: tarStream(files, suffix), host: 'h1', doing: 'writing 1 file(s)' }).then(
      () => assert.fail('the transfer succeeded'),
      (e: unknown) => e,
    );
    assert.ok(err instanceof KubehaError, String(err));
    assert.match(err.message, message);
    assert.deepEqual([err.context.host, err.context.doing], ['h1', 'writing 1 file(s)']);
    await assert.rejects(stat(join(dir, 'out/image.tar')), { code: 'ENOENT' });
  }
  const missing = [{ path: join(dir, 'out/x'), source: { file: join(dir, 'missing'), size: 1 }, mode: 0o644 }];
  await assert.rejects(run(untarArgv([missing[0]!.path], 's'), { stdin: tarStream(missing, 's') }), /could not send the standard input: ENOENT/);
});
