import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { hostKeysFor } from './known-hosts.js';
test('known_hosts entries match by name or address, comments and markers skipped', () => {
    const text = [
        '# comment',
        'cp1,10.250.7.11 ssh-ed25519 AAAAC3Nza1 root@cp1',
        '[10.250.7.12]:22 ssh-ed25519 AAAAC3Nza2',
        '@cert-authority cp1 ssh-rsa AAAAB3',
        'other ssh-rsa AAAAB3x',
    ].join('\n');
    assert.deepEqual(hostKeysFor(text, ['10.250.7.11']), ['ssh-ed25519 AAAAC3Nza1']);
    assert.deepEqual(hostKeysFor(text, ['cp2', '10.250.7.12']), ['ssh-ed25519 AAAAC3Nza2']);
    assert.deepEqual(hostKeysFor(text, ['nobody']), []);
});
const hashed = (name, salt = Buffer.from('0123456789abcdefghij')) => `|1|${salt.toString('base64')}|${createHmac('sha1', salt).update(name).digest('base64')}`;
test('hashed entries (HashKnownHosts yes) match the name they hash, on its port', () => {
    const text = [
        `${hashed('10.0.0.11')} ssh-ed25519 AAAAkey11`,
        `${hashed('[10.0.0.12]:2222')} ssh-ed25519 AAAAkey12`,
        `${hashed('cp3', Buffer.from('another salt'))} ssh-ed25519 AAAAkey13`,
    ].join('\n');
    assert.deepEqual(hostKeysFor(text, ['cp1', '10.0.0.11']), ['ssh-ed25519 AAAAkey11']);
    assert.deepEqual(hostKeysFor(text, ['10.0.0.11'], 2222), []);
    assert.deepEqual(hostKeysFor(text, ['10.0.0.12'], 2222), ['ssh-ed25519 AAAAkey12']);
    assert.deepEqual(hostKeysFor(text, ['10.0.0.12']), []);
    assert.deepEqual(hostKeysFor(text, ['CP3']), ['ssh-ed25519 AAAAkey13']);
});
test('[host]:port entries match only that port; a bare name only port 22', () => {
    const text = ['[bastion]:2222,[10.0.0.5]:2222 ssh-ed25519 AAAAjump', 'bastion ssh-ed25519 AAAAjump22'].join('\n');
    assert.deepEqual(hostKeysFor(text, ['bastion'], 2222), ['ssh-ed25519 AAAAjump']);
    assert.deepEqual(hostKeysFor(text, ['10.0.0.5'], 2222), ['ssh-ed25519 AAAAjump']);
    assert.deepEqual(hostKeysFor(text, ['bastion']), ['ssh-ed25519 AAAAjump22']);
    assert.deepEqual(hostKeysFor(text, ['bastion'], 2200), []);
});
test('wildcards, negation and revoked keys, as OpenSSH reads them', () => {
    const text = ['10.0.0.*,!10.0.0.9 ssh-ed25519 AAAAwild', 'cp? ssh-ed25519 AAAAq', '@revoked * ssh-ed25519 AAAAq'].join('\n');
    assert.deepEqual(hostKeysFor(text, ['10.0.0.7']), ['ssh-ed25519 AAAAwild']);
    assert.deepEqual(hostKeysFor(text, ['10.0.0.9']), []);
    assert.deepEqual(hostKeysFor(text, ['cp1']), []);
});
test("ssh-keygen's own hashed known_hosts (ssh-keygen -H) is read", async (t) => {
    if (spawnSync('ssh-keygen', ['-?']).error)
        return t.skip('no ssh-keygen');
    const dir = await mkdtemp(join(tmpdir(), 'kubeha-kh-'));
    t.after(() => rm(dir, { recursive: true, force: true }));
    const file = join(dir, 'known_hosts');
    await writeFile(file, 'cp1,10.0.0.11 ssh-ed25519 AAAAkey11\n[10.0.0.12]:2222 ssh-ed25519 AAAAkey12\n');
    assert.equal(spawnSync('ssh-keygen', ['-H', '-f', file]).status, 0);
    const text = await readFile(file, 'utf8');
    assert.ok(!text.includes('10.0.0.11'), text);
    assert.deepEqual(hostKeysFor(text, ['10.0.0.11']), ['ssh-ed25519 AAAAkey11']);
    assert.deepEqual(hostKeysFor(text, ['cp1']), ['ssh-ed25519 AAAAkey11']);
    assert.deepEqual(hostKeysFor(text, ['10.0.0.12'], 2222), ['ssh-ed25519 AAAAkey12']);
});
//# sourceMappingURL=known-hosts.test.js.map