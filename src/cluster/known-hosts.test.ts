import { test } from 'node:test';
import assert from 'node:assert/strict';
import { hostKeysFor } from './known-hosts.js';

test('known_hosts entries match by name or address, comments and markers skipped', () => {
  const text = [
    '# comment',
    'cp1,10.250.7.11 ssh-ed25519 AAAAC3Nza1 root@cp1',
    '[10.250.7.12]:22 ssh-ed25519 AAAAC3Nza2',
    '@revoked cp1 ssh-rsa AAAAB3',
    'other ssh-rsa AAAAB3x',
  ].join('\n');
  assert.deepEqual(hostKeysFor(text, ['10.250.7.11']), ['ssh-ed25519 AAAAC3Nza1']);
  assert.deepEqual(hostKeysFor(text, ['cp2', '10.250.7.12']), ['ssh-ed25519 AAAAC3Nza2']);
  assert.deepEqual(hostKeysFor(text, ['nobody']), []);
});
