// SshHost against ssh2 servers on loopback that run each command in a real `sh`, with a stand-in `sudo` first on
// PATH (it checks `-n --` and runs the rest, or refuses as sudo does when it would need a password). Handshakes
// get 60 s: the unit tests run two at a time on a loaded 2-core machine.
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { chmod, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { connect as tcpConnect, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, type TestContext } from 'node:test';
import ssh2 from 'ssh2';
import { KubehaError, PreconditionError } from '../errors.js';
import { pollUntil } from '../util/wait.js';
import { SshHost, sudoArgv } from './ssh.js';
import { ed25519Pair } from './ed25519-pair.test-helper.js';

const FAKE_SUDO = `#!/bin/sh
if [ -n "$SUDO_REFUSES" ]; then echo "sudo: a password is required" >&2; exit 1; fi
[ "$1" = -n ] && [ "$2" = -- ] || { echo "fake sudo: expected -n --" >&2; exit 99; }
shift 2
echo "$*" >> "$SUDO_LOG"
exec "$@"
`;

interface FakeServer {
  port: number;
  hostKey: string;
  /** Every command string received, every login (user, key fingerprint as base64), every forwarded target. */
  commands: string[];
  logins: string[];
  attempts: string[];
  forwards: string[];
}

const pub = (k: string) => k.split(' ').slice(0, 2).join(' ');

async function fakeServer(t: TestContext, authorized: { user: string; publicKey: string }, env: Record<string, string>): Promise<FakeServer> {
  const hostKeys = ed25519Pair();
  const allowed = ssh2.utils.parseKey(authorized.publicKey) as ssh2.ParsedKey;
  const s: FakeServer = { port: 0, hostKey: pub(hostKeys.public), commands: [], logins: [], attempts: [], forwards: [] };
  const clients = new Set<ssh2.Connection>();
  const server = new ssh2.Server({ hostKeys: [hostKeys.private] }, (client) => {
    clients.add(client);
    client.on('close', () => clients.delete(client));
    client.on('error', () => {});
    client.on('authentication', (ctx) => {
      if (ctx.method !== 'publickey') return ctx.reject(['publickey']);
      if (ctx.signature === undefined) s.attempts.push(ctx.key.data.toString('base64'));
      const ok = ctx.username === authorized.user && ctx.key.algo === allowed.type && ctx.key.data.equals(allowed.getPublicSSH());
      if (!ok || (ctx.signature !== undefined && allowed.verify(ctx.blob!, ctx.signature, ctx.hashAlgo) !== true)) return ctx.reject(['publickey']);
      if (ctx.signature !== undefined) s.logins.push(ctx.username);
      ctx.accept();
    });
    client.on('ready', () => {
      client.on('session', (acceptSession) => {
        const session = acceptSession();
        const sessionEnv: Record<string, string> = {};
        session.on('env', (accept, _reject, info) => {
          sessionEnv[info.key] = info.val;
          accept?.();
        });
        session.on('exec', (accept, _reject, info) => {
          const stream = accept();
          s.commands.push(info.command);
          const child = spawn('sh', ['-c', info.command], { env: { ...process.env, ...env, ...sessionEnv } });
          stream.pipe(child.stdin);
          child.stdout.pipe(stream, { end: false });
          child.stderr.pipe(stream.stderr, { end: false });
          child.on('close', (code) => {
            stream.exit(code ?? 1);
            stream.end();
          });
        });
      });
      client.on('tcpip', (accept, reject, info) => {
        s.forwards.push(`${info.destIP}:${info.destPort}`);
        const socket = tcpConnect(info.destPort, info.destIP, () => {
          const channel = accept();
          channel.pipe(socket).pipe(channel);
        });
        socket.on('error', () => reject());
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  s.port = (server.address() as AddressInfo).port;
  // after() hooks run in order: the server's (registered first) ends what a test left open.
  t.after(
    () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        for (const c of clients) c.end();
      }),
  );
  return s;
}

async function setup(t: TestContext, user: string, extraEnv: Record<string, string> = {}) {
  const dir = await mkdtemp(join(tmpdir(), 'kubeha-ssh-'));
  t.after(() => rm(dir, { recursive: true, force: true }));
  await writeFile(join(dir, 'sudo'), FAKE_SUDO);
  await chmod(join(dir, 'sudo'), 0o755);
  const client = ed25519Pair();
  const env = { PATH: `${dir}:${process.env['PATH']}`, SUDO_LOG: join(dir, 'sudo.log'), ...extraEnv };
  const server = await fakeServer(t, { user, publicKey: client.public }, env);
  return { dir, client, server };
}

test('sudoArgv: sudo -n, the environment on the command line', () => {
  assert.deepEqual(sudoArgv(['apt-get', 'install', 'x']), ['sudo', '-n', '--', 'apt-get', 'install', 'x']);
  assert.deepEqual(sudoArgv(['apt-get'], { DEBIAN_FRONTEND: 'noninteractive' }), ['sudo', '-n', '--', 'env', 'DEBIAN_FRONTEND=noninteractive', 'apt-get']);
});

test('as root: commands as they are, the environment through the session', async (t) => {
  const { client, server } = await setup(t, 'root');
  const host = await SshHost.connect({ name: 'h1', address: '127.0.0.1', port: server.port, privateKey: client.private, knownHostKeys: [server.hostKey], readyTimeoutMs: 60_000 });
  t.after(() => host.close());
  const r = await host.exec(['sh', '-c', 'echo "$0 $X"', 'a b'], { env: { X: 'y' } });
  assert.equal(r.stdout, 'a b y\n');
  assert.deepEqual(server.commands, ["sh -c 'echo \"$0 $X\"' 'a b'"]);
});

test('as a sudoer: every command, file reads and writes too, through sudo -n; checked once at connect', async (t) => {
  const { dir, client, server } = await setup(t, 'debian');
  const host = await SshHost.connect({ name: 'h1', address: '127.0.0.1', port: server.port, user: 'debian', privateKey: client.private, knownHostKeys: [server.hostKey], readyTimeoutMs: 60_000 });
  t.after(() => host.close());
  assert.deepEqual(server.commands, ['sudo -n -- true']);
  const r = await host.exec(['sh', '-c', 'echo "$0 $X"', "it's"], { env: { X: 'y z' } });
  assert.equal(r.stdout, "it's y z\n");
  const file = join(dir, 'etc', "a file");
  await host.writeFiles([{ path: file, data: 'secret\n', mode: 0o600 }]);
  assert.equal(await readFile(file, 'utf8'), 'secret\n');
  assert.equal((await stat(file)).mode & 0o777, 0o600);
  assert.equal((await host.readFile(file))?.toString(), 'secret\n');
  assert.equal(await host.readFile(join(dir, 'missing')), undefined);
  assert.ok(server.commands.every((c) => c.startsWith('sudo -n -- ')), server.commands.join('\n'));
  assert.equal((await readFile(join(dir, 'sudo.log'), 'utf8')).trim().split('\n').length, server.commands.length);
});

test('a source file streams through the channel; one of another size than declared fails the write and nothing lands', async (t) => {
  const { dir, client, server } = await setup(t, 'root');
  const host = await SshHost.connect({ name: 'h1', address: '127.0.0.1', port: server.port, privateKey: client.private, knownHostKeys: [server.hostKey], readyTimeoutMs: 60_000 });
  t.after(() => host.close());
  // Larger than the channel's window and buffers (2 MiB each), so the transfer has to wait for the far side.
  const bytes = randomBytes(9 << 20);
  const source = join(dir, 'kubelet');
  await writeFile(source, bytes);
  const [binary, conf] = [join(dir, 'usr/bin/kubelet'), join(dir, 'etc/kubelet.conf')];
  await host.writeFiles([
    { path: binary, source: { file: source, size: bytes.length }, mode: 0o755 },
    { path: conf, data: 'after the binary\n', mode: 0o600 },
  ]);
  assert.ok((await readFile(binary)).equals(bytes));
  assert.equal((await stat(binary)).mode & 0o777, 0o755);
  assert.equal(await readFile(conf, 'utf8'), 'after the binary\n');

  const elsewhere = join(dir, 'usr/bin/kubelet-2');
  const err = await host.writeFiles([{ path: elsewhere, source: { file: source, size: bytes.length + 1 }, mode: 0o755 }]).then(
    () => assert.fail('the write succeeded'),
    (e: unknown) => e,
  );
  assert.ok(err instanceof KubehaError, String(err));
  assert.match(err.message, /^could not send the standard input: .*kubelet has 9437184 bytes, not its declared 9437185/);
  assert.deepEqual([err.context.host, err.context.doing], ['h1', 'writing 1 file(s)']);
  await assert.rejects(stat(elsewhere), { code: 'ENOENT' });
  // A stream that fails before the channel is even open (the file is missing): the same kind of error, no crash.
  await assert.rejects(host.exec(['cat'], { stdin: createReadStream(join(dir, 'missing')), doing: 'feeding cat' }), (e: unknown) => {
    assert.ok(e instanceof KubehaError && e.context.doing === 'feeding cat' && e.context.host === 'h1', String(e));
    assert.match(e.message, /^could not send the standard input: ENOENT/);
    return true;
  });
  assert.equal((await host.exec(['echo', 'still usable'])).stdout, 'still usable\n', 'the connection outlives the failed writes');
});

test('sudo that wants a password: a PreconditionError naming the host and the user, at connect', async (t) => {
  const { client, server } = await setup(t, 'debian', { SUDO_REFUSES: '1' });
  const err = await SshHost.connect({ name: 'cp2', address: '127.0.0.1', port: server.port, user: 'debian', privateKey: client.private, knownHostKeys: [server.hostKey], readyTimeoutMs: 60_000 }).then(
    () => assert.fail('connected'),
    (e: unknown) => e,
  );
  assert.ok(err instanceof PreconditionError, String(err));
  assert.equal(err.context.host, 'cp2');
  assert.match(err.message, /^debian cannot run commands as root without a password \(sudo -n true: sudo: a password is required\)/);
});

test('through a jump host: a channel from the jump host to the target, both host keys verified', async (t) => {
  const { client, server: target } = await setup(t, 'root');
  const jump = await fakeServer(t, { user: 'admin', publicKey: client.public }, {});
  const connect = (jumpKey: string, targetKey: string) =>
    SshHost.connect({
      name: 'w1',
      address: '127.0.0.1',
      port: target.port,
      privateKey: client.private,
      knownHostKeys: [targetKey],
      readyTimeoutMs: 60_000,
      jump: { name: 'bastion', address: '127.0.0.1', port: jump.port, user: 'admin', knownHostKeys: [jumpKey] },
    });
  const host = await connect(jump.hostKey, target.hostKey);
  assert.equal((await host.exec(['echo', 'hi'])).stdout, 'hi\n');
  await host.close();
  assert.deepEqual(jump.forwards, [`127.0.0.1:${target.port}`]);
  assert.deepEqual(jump.logins, ['admin']);
  assert.deepEqual(target.logins, ['root']);

  const wrongJump = (await connect(target.hostKey, target.hostKey).then(() => new Error("connected"), (e: unknown) => e)) as Error;
  assert.match(wrongJump.message, /host key does not match/);
  assert.match(String((wrongJump as { context?: { doing?: string } }).context?.doing), /jump host bastion/);
  const wrongTarget = (await connect(jump.hostKey, jump.hostKey).then(() => new Error("connected"), (e: unknown) => e)) as Error;
  assert.match(wrongTarget.message, /host key does not match/);
  assert.equal(jump.forwards.length, 2, 'the target key is checked through the jump');
});

test("the key file first, then the agent's keys", async (t) => {
  if (spawnSync('ssh-agent', ['-h']).error) return t.skip('no ssh-agent');
  const { dir, client, server } = await setup(t, 'root');
  const sock = join(dir, 'agent.sock');
  const agent = spawn('ssh-agent', ['-D', '-a', sock], { stdio: 'ignore' });
  t.after(() => {
    agent.kill('SIGTERM');
  });
  assert.ok(await pollUntil(async () => stat(sock).then(() => true, () => false), 5000, 20), 'ssh-agent started');
  await writeFile(join(dir, 'id'), client.private, { mode: 0o600 });
  assert.equal(spawnSync('ssh-add', ['-q', join(dir, 'id')], { env: { ...process.env, SSH_AUTH_SOCK: sock } }).status, 0);
  const other = ed25519Pair();

  const viaAgent = await SshHost.connect({ name: 'h1', address: '127.0.0.1', port: server.port, agent: sock, knownHostKeys: [server.hostKey], readyTimeoutMs: 60_000 });
  await viaAgent.close();
  const both = await SshHost.connect({ name: 'h1', address: '127.0.0.1', port: server.port, privateKey: other.private, agent: sock, knownHostKeys: [server.hostKey], readyTimeoutMs: 60_000 });
  await both.close();
  const blob = (k: string) => k.split(' ')[1]!;
  assert.deepEqual(server.attempts, [blob(client.public), blob(other.public), blob(client.public)]);
  assert.deepEqual(server.logins, ['root', 'root']);
});
