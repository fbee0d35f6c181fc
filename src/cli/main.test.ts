import assert from 'node:assert/strict';
import { test } from 'node:test';
import { main } from './main.js';

async function run(argv: string[]): Promise<{ code: number; stderr: string }> {
  const write = process.stderr.write.bind(process.stderr);
  let stderr = '';
  process.stderr.write = ((chunk: string | Uint8Array) => {
    stderr += chunk.toString();
    return true;
  }) as typeof process.stderr.write;
  try {
    return { code: await main(argv), stderr };
  } finally {
    process.stderr.write = write;
  }
}

test('a cluster file larger than 1 MiB is refused after reading 1 MiB, with exit code 2 and the file named', async () => {
  const started = Date.now();
  const r = await run(['plan', '-f', '/dev/zero']);
  assert.equal(r.code, 2);
  assert.match(r.stderr, /\/dev\/zero: larger than 1048576 bytes: not a cluster file/);
  assert.ok(Date.now() - started < 5000);
});

test('a missing cluster file: exit code 2, the file named', async () => {
  const r = await run(['status', '-f', '/nonexistent/cluster.yaml']);
  assert.equal(r.code, 2);
  assert.match(r.stderr, /\/nonexistent\/cluster\.yaml: no such file/);
});
