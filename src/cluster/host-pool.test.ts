import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { loadCluster } from '../config/cluster.js';
import { InputError } from '../errors.js';
import { expandHome, parseProxyJump, sshConnector } from './host-pool.js';
import { ed25519Pair } from '../transport/ed25519-pair.test-helper.js';

test('key and known_hosts paths: ~ is the home directory, other paths stay', () => {
  assert.equal(expandHome('~/.ssh/id_ed25519'), join(homedir(), '.ssh', 'id_ed25519'));
  assert.equal(expandHome('~'), homedir());
  assert.equal(expandHome('/etc/ssh/key'), '/etc/ssh/key');
  assert.equal(expandHome('~other/key'), '~other/key');
});

test("proxyJump is OpenSSH's [user@]host[:port]", () => {
  assert.deepEqual(parseProxyJump('lb1'), { host: 'lb1' });
  assert.deepEqual(parseProxyJump('admin@bastion.example.com:2222'), { user: 'admin', host: 'bastion.example.com', port: 2222 });
  assert.deepEqual(parseProxyJump('root@[fd00::1]:22'), { user: 'root', host: 'fd00::1', port: 22 });
  assert.equal(parseProxyJump('none'), undefined);
  for (const bad of ['a,b', 'u@', ':22', 'h:port', 'a b']) {
    assert.throws(() => loadCluster(cluster({ ssh: { proxyJump: bad } }), 'c.yaml'), InputError, bad);
  }
});

function cluster(spec: { ssh?: object; hostSsh?: Record<string, object> }): string {
  const hosts = [
    ['lb1', '10.0.0.10', 'load-balancer'],
    ['cp1', '10.0.0.11', 'control-plane'],
    ['w1', '10.0.0.21', 'worker'],
  ].map(([name, address, role]) => ({ name, address, role, ...(spec.hostSsh?.[name!] ? { ssh: spec.hostSsh[name!] } : {}) }));
  return JSON.stringify({ apiVersion: 'kubeha.dev/v1alpha1', kind: 'Cluster', metadata: { name: 'c' }, spec: { ssh: spec.ssh ?? {}, hosts } });
}

async function keyFiles(t: { after(fn: () => Promise<void>): void }) {
  const dir = await mkdtemp(join(tmpdir(), 'kubeha-keys-'));
  t.after(() => rm(dir, { recursive: true, force: true }));
  const pair = ed25519Pair();
  const files = { dir, good: join(dir, 'id_ed25519'), pub: join(dir, 'id_ed25519.pub'), garbage: join(dir, 'garbage'), encrypted: join(dir, 'id_encrypted'), missing: join(dir, 'missing') };
  await writeFile(files.good, pair.private, { mode: 0o600 });
  await writeFile(files.pub, `${pair.public}\n`);
  await writeFile(files.garbage, 'not a key\n');
  const encrypted = ed25519Pair({ passphrase: 'secret-passphrase', cipher: 'aes256-ctr', rounds: 2 });
  await writeFile(files.encrypted, encrypted.private, { mode: 0o600 });
  return { ...files, privateText: pair.private };
}

test('a bad key file is one InputError (exit 2) naming the file and the field, before any host is contacted', async (t) => {
  const k = await keyFiles(t);
  const cases: [string, RegExp][] = [
    [k.missing, /cannot be read \(no such file\)/],
    [k.pub, /is a public key; name the private key/],
    [k.garbage, /is not a private key kubeha can read \(Unsupported key format\)/],
    [k.encrypted, /is encrypted, and kubeha takes no passphrases: add it to an SSH agent/],
  ];
  if (process.getuid?.() !== 0) cases.push([k.dir, /cannot be read/]);
  for (const [file, why] of cases) {
    const loaded = loadCluster(cluster({ ssh: { privateKeyFile: file } }), 'c.yaml');
    const err = await sshConnector(loaded.cluster, {}).then(() => undefined, (e: unknown) => e);
    assert.ok(err instanceof InputError, String(err));
    assert.equal(err.exitCode, 2);
    // One issue for the three hosts that share the file.
    assert.equal(err.context.issues?.length, 1, JSON.stringify(err.context.issues));
    assert.equal(err.context.issues![0]!.path, 'spec.ssh.privateKeyFile');
    assert.ok(err.context.issues![0]!.message.startsWith(file), err.message);
    assert.match(err.message, why);
    assert.ok(!JSON.stringify(err.context).includes('secret-passphrase') && !err.message.includes('PRIVATE KEY'));
  }
});

test("a host's own key file is named by its own field; every bad file once", async (t) => {
  const k = await keyFiles(t);
  const loaded = loadCluster(cluster({ ssh: { privateKeyFile: k.pub }, hostSsh: { cp1: { privateKeyFile: k.garbage }, w1: { privateKeyFile: k.good } } }), 'c.yaml');
  const err = await sshConnector(loaded.cluster, {}).then(() => undefined, (e: unknown) => e);
  assert.ok(err instanceof InputError);
  assert.deepEqual(err.context.issues?.map((i) => i.path), ['spec.ssh.privateKeyFile', 'spec.hosts[1].ssh.privateKeyFile']);
});

test('without privateKeyFile the agent is used when SSH_AUTH_SOCK is set, else the default key must be readable', async (t) => {
  const k = await keyFiles(t);
  const loaded = loadCluster(cluster({}), 'c.yaml');
  assert.equal(typeof (await sshConnector(loaded.cluster, { SSH_AUTH_SOCK: join(k.dir, 'agent.sock') })), 'function');
  const withKey = loadCluster(cluster({ ssh: { privateKeyFile: k.good } }), 'c.yaml');
  assert.equal(typeof (await sshConnector(withKey.cluster, { SSH_AUTH_SOCK: join(k.dir, 'agent.sock') })), 'function');
  if (spawnSync('test', ['-r', expandHome('~/.ssh/id_ed25519')]).status === 0) return;
  const err = await sshConnector(loaded.cluster, {}).then(() => undefined, (e: unknown) => e);
  assert.ok(err instanceof InputError);
  assert.match(err.message, /^spec\.ssh\.privateKeyFile: not set, SSH_AUTH_SOCK is not set either, and the default .*id_ed25519 cannot be read/);
});
