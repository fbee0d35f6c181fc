// The load balancer of the guide on a real haproxy (Debian), on loopback: the TCP health check takes a dead
// apiserver out and brings it back, and the guide's `nc -zv` reachability check tells the cases apart.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { haproxyConfig, parseServersState } from '../../src/steps/load-balancer/haproxy-config.js';
import { probeTcp } from '../../src/steps/load-balancer/reachability.js';
import { run } from '../../src/util/process.js';

function listen(server: Server, port = 0): Promise<number> {
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve((server.address() as { port: number }).port)));
}

async function freePort(): Promise<number> {
  const s = createServer();
  const port = await listen(s);
  await new Promise((r) => s.close(r));
  return port;
}

async function until(what: string, fn: () => Promise<boolean>, timeoutMs = 5000): Promise<number> {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    if (await fn()) return Date.now() - started;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`timed out waiting for ${what}`);
}

test('haproxy marks a dead apiserver down and back up; reachability cases', async (t) => {
  const dir = await mkdtemp(join(tmpdir(), 'kubeha-lb-'));
  t.after(() => rm(dir, { recursive: true, force: true }));
  const apiserver = createServer((socket) => socket.on('error', () => {}));
  const backendPort = await listen(apiserver);
  const lbPort = await freePort();
  const admin = join(dir, 'admin.sock');
  const cfg = join(dir, 'haproxy.cfg');
  await writeFile(
    cfg,
    haproxyConfig({
      bind: { address: '127.0.0.1', port: lbPort },
      backends: [{ name: 'cp1', address: '127.0.0.1', port: backendPort }],
      adminSocket: admin,
      pidFile: join(dir, 'haproxy.pid'),
    }),
  );
  await run(['haproxy', '-c', '-f', cfg]);

  assert.equal(await probeTcp('127.0.0.1', lbPort), 'refused', 'no LB listening yet');
  const lb = spawn('haproxy', ['-W', '-db', '-f', cfg], { stdio: 'ignore' });
  t.after(() => {
    lb.kill('SIGKILL');
    apiserver.close();
  });
  const state = async () =>
    parseServersState((await run(['sh', '-c', 'echo "show servers state" | socat - "UNIX-CONNECT:$1"', 'sh', admin], { allowFailure: true })).stdout);
  await until('haproxy admin socket', async () => (await state()).size === 1);
  await until('cp1 up', async () => (await state()).get('cp1')?.up === true);
  assert.equal(await probeTcp('127.0.0.1', lbPort), 'open');

  apiserver.close();
  const downMs = await until('cp1 marked down', async () => (await state()).get('cp1')?.up === false);
  assert.equal(await probeTcp('127.0.0.1', lbPort), 'refused', 'LB up, no healthy backend: refused, not a timeout');

  await listen(apiserver, backendPort);
  const upMs = await until('cp1 back up', async () => (await state()).get('cp1')?.up === true);
  assert.equal(await probeTcp('127.0.0.1', lbPort), 'open');
  t.diagnostic(`marked down in ${downMs} ms, back up in ${upMs} ms`);
});
