// A containerd of a test's own (CRI off, its own root, state and socket), stopped and removed after the test.
import { spawn, type ChildProcess } from 'node:child_process';
import { access, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestContext } from 'node:test';
import { run } from '../../src/util/process.js';
import type { ExecResult } from '../../src/transport/host.js';
import { waitFor } from '../../src/util/wait.js';

/** `ctr -n k8s.io …` against that containerd. */
export type Ctr = (args: string[], timeoutMs?: number) => Promise<ExecResult>;

export async function scratchContainerd(t: TestContext): Promise<Ctr> {
  const dir = await mkdtemp(join(tmpdir(), 'kubeha-containerd-'));
  const socket = join(dir, 'containerd.sock');
  await writeFile(
    join(dir, 'config.toml'),
    [
      'version = 2',
      `root = "${join(dir, 'root')}"`,
      `state = "${join(dir, 'state')}"`,
      'disabled_plugins = ["io.containerd.grpc.v1.cri"]',
      '[grpc]',
      `  address = "${socket}"`,
      '[ttrpc]',
      `  address = "${socket}.ttrpc"`,
      '',
    ].join('\n'),
  );
  const containerd: ChildProcess = spawn('containerd', ['--config', join(dir, 'config.toml')], { stdio: 'ignore' });
  t.after(async () => {
    if (containerd.exitCode === null && containerd.pid !== undefined) {
      const exited = new Promise((r) => containerd.once('exit', r));
      process.kill(containerd.pid, 'SIGTERM');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
    }
    // Unmount anything containerd left below its root before removing it.
    const mounts = (await readFile('/proc/self/mountinfo', 'utf8')).split('\n').map((l) => l.split(' ')[4] ?? '');
    for (const m of mounts.filter((p) => p.startsWith(dir)).reverse()) await run(['umount', '-l', m], { allowFailure: true });
    await rm(dir, { recursive: true, force: true });
  });
  await waitFor(`${socket} to appear`, () => access(socket).then(() => true), 20_000, { intervalMs: 100 });
  return (args, timeoutMs = 120_000) => run(['ctr', '--address', socket, '-n', 'k8s.io', ...args], { doing: `ctr ${args[0]}`, timeoutMs });
}
